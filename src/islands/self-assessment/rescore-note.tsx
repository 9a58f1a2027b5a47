/** What changed in the verdicts of answers given under other rules, in words. */
import { titleOf } from '../../domain/wording.ts';
import type { AssessmentContext } from '../../engine/types.ts';
import { rescore, type Verdicts } from '../../engine/versioning.ts';
import { otherRulesNote } from '../../persistence/messages.ts';
import type { Answers } from '../../schemas/answers.ts';
import type { LevelId } from '../../schemas/ids.ts';
import { textOf, type Host } from './host.ts';

type Context = AssessmentContext;

/** Re-scores answers given under other rules; null when the rules are the current ones. */
export function rulesNote(host: Host, version: string, ctx: Context, answers: Answers, verdicts?: Verdicts) {
  if (version === host.rulesVersion) return null;
  const t = textOf(host);
  const { changes, changed } = rescore(
    { rulesHash: version, context: ctx, answers, verdicts },
    host.rules,
    t,
  );
  const levelName = (level: LevelId | null): string => (level ? titleOf(level) : t('verdict.none'));
  const said = changes === null ? null : changed ? t('more.rescore.changed') : t('more.rescore.same');
  return (
    <>
      <p>{said ? t('list.then', { first: otherRulesNote(t), then: said }) : otherRulesNote(t)}</p>
      {changes && changed && (
        <ul>
          {changes.achieved && (
            <li>
              {t('more.rescore.achieved', {
                before: levelName(changes.achieved.before),
                after: levelName(changes.achieved.after),
              })}
            </li>
          )}
          {changes.requirements.map((c) => (
            <li key={`${c.level}-${c.id}`}>
              {t('more.rescore.requirement', {
                requirement: c.label,
                level: titleOf(c.level),
                before: t(`state.${c.before}`),
                after: t(`state.${c.after}`),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
