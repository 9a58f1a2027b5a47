import { useState } from 'preact/hooks';
import { ImportField } from '../shared/ImportField.tsx';
import { SavedNote } from '../shared/Notices.tsx';
import type { PortfolioData, PortfolioModel } from './use-portfolio.ts';

/** Where the portfolio is saved, and its share link, exports and import. */
export function PortfolioActions({ pf, data }: { pf: PortfolioModel; data: PortfolioData }) {
  const { lazy, link, w } = pf;
  // The pack's scope: '' for the whole portfolio, else a competency's slug.
  const [scope, setScope] = useState('');
  return (
    <section class="sa-actions" aria-labelledby="pf-actions-h">
      <h2 id="pf-actions-h">{w('portfolio.actions')}</h2>
      <SavedNote note={pf.savedNote}>
        {pf.framed ? data.framed.text : pf.woke && w('portfolio.saved')}
      </SavedNote>
      {lazy && <lazy.Forward w={w} />}
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
      {lazy && <lazy.ShareLinkBox w={w} link={link} />}
      <p class="sa-buttons">
        <label for="pf-pack">{w('portfolio.pack.scope')}</label>
        <select id="pf-pack" value={scope} onChange={(e) => setScope(e.currentTarget.value)}>
          <option value="">{w('portfolio.pack.whole')}</option>
          {pf.view.forms.map((f) => (
            <option key={f.slug} value={f.slug}>
              {pf.titleOf(f.slug)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => pf.exportPack('xlsx', scope)}>
          {w('pack.exportXlsx')}
        </button>
        <button type="button" onClick={() => pf.exportPack('json', scope)}>
          {w('pack.exportJson')}
        </button>
      </p>
      <ImportField id="pf-import" label={w('portfolio.import')} take={pf.importFile} />
    </section>
  );
}
