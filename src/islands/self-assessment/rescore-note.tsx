/** What changed in the verdicts of answers given under other rules, in words. */
import { titleOf } from '../../domain/wording.ts';
import type { AssessmentContext } from '../../engine/types.ts';
import { rescore, type Verdicts } from '../../engine/versioning.ts';
import { otherRulesNote } from '../../persistence/messages.ts';
import type { Answers } from '../../schemas/answers.ts';
import type { LevelId } from '../../schemas/ids.ts';
import type { Host } from './host.ts';

type Context = AssessmentContext;

const levelName = (level: LevelId | null): string => (level ? titleOf(level) : 'None');

const stateWords = {
  met: 'met',
  partial: 'partly met',
  unmet: 'not met',
  unanswered: 'not answered',
  absent: 'not asked',
};

/** Re-scores answers given under other rules; null when the rules are the current ones. */
export function rulesNote(host: Host, version: string, ctx: Context, answers: Answers, verdicts?: Verdicts) {
  if (version === host.rulesVersion) return null;
  const { changes, changed } = rescore({ rulesHash: version, context: ctx, answers, verdicts }, host.rules);
  return (
    <>
      <p>
        {otherRulesNote()}
        {changes === null ? '' : changed ? ' What changed:' : ' No verdict changed.'}
      </p>
      {changes && changed && (
        <ul>
          {changes.achieved && (
            <li>
              Level achieved: {levelName(changes.achieved.before)} → {levelName(changes.achieved.after)}
            </li>
          )}
          {changes.requirements.map((c) => (
            <li key={`${c.level}-${c.id}`}>
              {c.label} at {titleOf(c.level)}: {stateWords[c.before]} → {stateWords[c.after]}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
