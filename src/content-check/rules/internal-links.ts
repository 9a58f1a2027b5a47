import { brokenLinkReason, findInternalLinks } from '../links.ts';
import type { Context, Report } from '../types.ts';

/** Rule internal-links: links in MDX bodies point at pages that exist. */
export function checkLinks(ctx: Context, report: Report): void {
  const { input } = ctx;
  for (const entry of [
    ...input.competencies,
    ...input.levels,
    ...input.businessModels,
    ...input.regions,
    ...input.tiers,
  ]) {
    for (const link of findInternalLinks(entry.frontmatter.body, entry.frontmatter.bodyLine)) {
      const reason = brokenLinkReason(link.href, ctx.slugs);
      if (reason) report(entry, ['body'], 'internal-links', `link ${link.href}: ${reason}`, { at: link });
    }
  }
}
