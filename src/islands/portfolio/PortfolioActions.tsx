import { ImportField } from '../shared/ImportField.tsx';
import { SavedNote } from '../shared/Notices.tsx';
import type { PortfolioData, PortfolioModel } from './use-portfolio.ts';

/** Where the portfolio is saved, and its share link, exports and import. */
export function PortfolioActions({ pf, data }: { pf: PortfolioModel; data: PortfolioData }) {
  const { lazy, link, w } = pf;
  return (
    <section class="sa-actions" aria-labelledby="pf-actions-h">
      <h2 id="pf-actions-h">{w('portfolio.actions')}</h2>
      <SavedNote note={pf.savedNote}>
        {pf.framed ? data.framed.text : pf.woke && w('portfolio.saved')}
      </SavedNote>
      <p class="sa-buttons">
        <button type="button" onClick={pf.share}>
          {w('widget.copyLink')}
        </button>
        <button type="button" onClick={pf.exportFile}>
          {w('portfolio.exportJson')}
        </button>
        <button type="button" onClick={pf.exportPlan}>
          {w('widget.exportCsv')}
        </button>
      </p>
      {link && lazy && (
        <lazy.LinkField
          id="pf-link"
          link={link}
          copied={w('msg.linkCopied.portfolio')}
          label={w('shared.linkLabel')}
        />
      )}
      <ImportField id="pf-import" label={w('portfolio.import')} take={pf.importFile} />
    </section>
  );
}
