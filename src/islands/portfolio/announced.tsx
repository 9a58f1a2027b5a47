/**
 * A chosen competency's verdict under its announced rules beside the current one, in its fold of the
 * portfolio (compareAnnounced in src/engine/announced.ts). Loaded with the portfolio's tools; nothing for a
 * competency without announced rules.
 */
import { compareAnnounced } from '../../engine/announced.ts';
import { assess } from '../../engine/assess.ts';
import type { PortfolioEntry } from '../../engine/portfolio.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import type { Answers } from '../../schemas/answers.ts';
import { MarkedText } from '../shared/MarkedText.tsx';
import type { Translate } from '../../text/translate.ts';

/** The verdict now and under the announced rules, and what they change for these answers. */
export function AnnouncedVerdict(props: {
  rules: readonly CompetencyRules[];
  slug: string;
  entry: PortfolioEntry;
  answers: Answers | undefined;
  w: Translate;
}) {
  const rules = props.rules.find((r) => r.slug === props.slug);
  if (rules?.announced === undefined) return null;
  const { context } = props.entry;
  const answers = props.answers ?? {};
  const current = assess(rules, context, answers, props.w);
  if (current.status !== 'assessed') return null;
  const cmp = compareAnnounced(rules, current, context, answers, props.w);
  if (cmp === null) return null;
  return (
    <div class="pf-announced">
      <p>
        {`${props.w('more.announced.current')} `}
        <strong>{current.headline.value}</strong>. <MarkedText value={cmp.label} />
        <strong>{cmp.value}</strong>.
      </p>
      {cmp.changes.length > 0 && (
        <ul>
          {cmp.changes.map((c) => (
            <li key={`${c.level}-${c.id}`}>
              <MarkedText value={c.text} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
