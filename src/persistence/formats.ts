/**
 * The marks that tell the site's links and files apart, in one place, so each reader can say what it was
 * given instead (a portfolio export on a competency page, one competency's link on the portfolio).
 */

/** The `format` field of one competency's export (assessment-file.ts). */
export const FILE_FORMAT = 'competency-self-assessment';
/** The `format` field of a portfolio export (portfolio-file.ts). */
export const PORTFOLIO_FILE_FORMAT = 'competency-portfolio';
/** The slug a portfolio share link carries in place of a competency's. */
export const PORTFOLIO_SHARE_SLUG = 'portfolio';
