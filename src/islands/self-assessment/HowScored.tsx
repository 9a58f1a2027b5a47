import { explainReadiness, READINESS_RULE } from '../../engine/readiness.ts';
import type { CompetencyAssessment } from '../../engine/types.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';

/** How the result bar's figures are worked out: the rule, then the arithmetic for the answers shown. */
export function HowScored({ result }: { result: CompetencyAssessment }) {
  if (result.status !== 'assessed') return null;
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
              {ex.terms.map((t) => (
                <li key={t.id}>
                  {t.label}:{' '}
                  {t.target === null ? (
                    t.reached
                  ) : (
                    <>
                      {t.reached} of <MarkedValue text={t.target} illustrative={t.illustrative} />
                    </>
                  )}
                  , {t.counts}
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
