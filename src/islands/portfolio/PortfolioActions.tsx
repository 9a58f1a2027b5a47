import { ImportField } from '../shared/ImportField.tsx';
import { SavedNote } from '../shared/Notices.tsx';
import type { PortfolioData, PortfolioModel } from './use-portfolio.ts';

/** Where the portfolio is saved, and its share link, exports and import. */
export function PortfolioActions({ pf, data }: { pf: PortfolioModel; data: PortfolioData }) {
  const { lazy, link } = pf;
  return (
    <section class="sa-actions" aria-labelledby="pf-actions-h">
      <h2 id="pf-actions-h">Share and export</h2>
      <SavedNote note={pf.savedNote}>
        {pf.framed
          ? data.framed.text
          : pf.woke &&
            'Saved in this browser only, shared with each competency page. Nothing is sent to a server.'}
      </SavedNote>
      <p class="sa-buttons">
        <button type="button" onClick={pf.share}>
          Copy share link
        </button>
        <button type="button" onClick={pf.exportFile}>
          Export portfolio (JSON)
        </button>
        <button type="button" onClick={pf.exportPlan}>
          Export action plan (CSV)
        </button>
      </p>
      {link && lazy && <lazy.LinkField id="pf-link" link={link} copied={lazy.LINK_COPIED.portfolio} />}
      <ImportField id="pf-import" label="Import a portfolio from a JSON file" take={pf.importFile} />
    </section>
  );
}
