// Here, before the kit: Astro orders a page's stylesheets by where they are first imported, and these must
// follow the layout's, portfolio.css after assessment.css, for their rules to override in that order.
import '../../styles/assessment.css';
import '../../styles/portfolio.css';
import { usePortfolio, type PortfolioData } from './use-portfolio.ts';
import { ContextPicker } from '../shared/ContextPicker.tsx';
import { Notices } from '../shared/Notices.tsx';
import { MarkName } from '../shared/MarkedValue.tsx';
import { AreaAnswers } from './AreaAnswers.tsx';
import { PortfolioActions } from './PortfolioActions.tsx';
import { PortfolioTable } from './PortfolioTable.tsx';
import { TierSummary } from './TierSummary.tsx';
import type { Translate } from '../../text/translate.ts';

/** The pickers' words. */
const pickerWords = (w: Translate) => ({
  pickSituation: w('shared.yourSituation'),
  pickModel: w('picker.model'),
  pickRegion: w('picker.region'),
});

export type { PortfolioCompetency, PortfolioData } from './use-portfolio.ts';

/** Props of the island. */
export interface PortfolioProps {
  data: PortfolioData;
}

/** The portfolio assessment: choose competencies, answer them, see the tier they imply and the next one. */
export default function Portfolio({ data }: PortfolioProps) {
  const pf = usePortfolio(data);
  const { lazy, view, shown, shared, undo, notes, notices, w } = pf;
  return (
    <MarkName name={w('site.markName')}>
      <div class="sa pf">
        {lazy && (
          <lazy.PrintHead
            t={w}
            what={w('portfolio.title')}
            situation={lazy.situationOf(w, data, shown.context)}
          />
        )}
        <div ref={notices}>
          <Notices
            problem={pf.problem || (pf.failed > 0 ? data.unavailable : '')}
            framed={pf.framed && data.framed}
            info={
              notes.length > 0 && (
                <ul>
                  {notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              )
            }
          />
        </div>
        {lazy && <lazy.Announcer watch={view} say={pf.spoken} />}
        {lazy && <lazy.Kept pf={pf} data={data} />}
        {undo && lazy && !shared && (
          <p class="sa-undo">
            <button type="button" onClick={pf.undoLast}>
              {w(undo.file ? 'msg.undo.imported' : 'msg.undo.portfolio')}
            </button>
          </p>
        )}
        {shared && lazy && (
          <lazy.PortfolioBanner w={w} list={lazy.rules} shared={shared} leave={pf.leaveShared} />
        )}
        {lazy && pf.on && !shared && <lazy.DayField prefix="pf" on={pf.on} t={w} pick={pf.pickDay} />}
        <div class="pf-form" onFocusIn={() => void pf.load()}>
          <div class="pf-grid">
            <ContextPicker
              prefix="pf"
              lists={data}
              words={pickerWords(w)}
              context={shown.context}
              onPick={shared ? undefined : pf.setPicker}
            />
            <TierSummary
              view={view}
              chosen={pf.chosenSet}
              titleOf={pf.titleOf}
              hrefs={data.hrefs}
              levels={data.levels}
              w={w}
            />
          </div>
          <PortfolioTable
            areas={pf.areas}
            levels={data.levels}
            view={view}
            chosen={pf.chosenSet}
            disabled={shared !== null}
            choose={pf.choose}
            w={w}
          />
        </div>
        {lazy && <lazy.PrintedPlan groups={pf.plan} w={w} />}
        <AreaAnswers pf={pf} data={data} />
        {!shared && <PortfolioActions pf={pf} data={data} />}
      </div>
    </MarkName>
  );
}
