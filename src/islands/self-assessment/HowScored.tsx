import { explainReadiness, READINESS_RULE } from '../../engine/readiness.ts';
import type { CompetencyAssessment } from '../../engine/types.ts';
import { MarkedText } from '../shared/MarkedText.tsx';
import { segmentsOf } from '../../domain/segments.ts';
import { islandTranslator, type IslandWords } from '../../text/translate.ts';

/** How the result bar's figures are worked out: the rule, then the arithmetic for the answers shown. */
export function HowScored({ result, words }: { result: CompetencyAssessment; words: IslandWords }) {
  if (result.status !== 'assessed') return null;
  const t = islandTranslator(words);
  return (
    <>
      {READINESS_RULE.map((p) => (
        <p key={p}>{t(p)}</p>
      ))}
      {result.levels.map((l) => {
        const ex = explainReadiness(l, t);
        return (
          <div key={l.level} class="sa-how">
            <p>
              <strong>{ex.summary}</strong>
            </p>
            <ul>
              {ex.terms.map((term) => (
                <li key={term.id}>
                  <MarkedText
                    value={segmentsOf(t, 'readiness.term', {
                      label: term.label,
                      reached:
                        term.target === null
                          ? term.reached
                          : segmentsOf(t, 'more.of', {
                              reached: term.reached,
                              target: { text: term.target, illustrative: term.illustrative },
                            }),
                      counts: term.counts,
                    })}
                  />
                </li>
              ))}
            </ul>
            <p>{ex.sum}</p>
          </div>
        );
      })}
    </>
  );
}
