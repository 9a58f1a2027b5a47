import { explainReadiness, READINESS_RULE } from '../../engine/readiness.ts';
import type { CompetencyAssessment } from '../../engine/types.ts';
import { MarkedText } from '../shared/MarkedText.tsx';
import { fillParts } from '../../text/fill-parts.ts';
import { islandTranslator, type IslandWords } from '../../text/translate.ts';

/** How the result bar's figures are worked out: the rule, then the arithmetic for the answers shown. */
export function HowScored({ result, words }: { result: CompetencyAssessment; words: IslandWords }) {
  if (result.status !== 'assessed') return null;
  const t = islandTranslator(words);
  return (
    <>
      {READINESS_RULE.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {result.levels.map((l) => {
        const ex = explainReadiness(l);
        return (
          <div key={l.level} class="sa-how">
            <p>
              <strong>{ex.summary}</strong>
            </p>
            <ul>
              {ex.terms.map((term) => (
                <li key={term.id}>
                  {term.label}:{' '}
                  {term.target === null ? (
                    term.reached
                  ) : (
                    <MarkedText
                      value={fillParts(t.raw('more.of'), {
                        reached: term.reached,
                        target: { text: term.target, illustrative: term.illustrative },
                      })}
                    />
                  )}
                  , {term.counts}
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
