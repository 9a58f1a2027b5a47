import { Fragment } from 'preact';
import type { AssessmentContext } from '../../engine/types.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import type { Choice } from './context.ts';

/** The business model and region pickers ("Your situation") of an island. */
export function ContextPicker(props: {
  /** Prefix of the element ids, unique on the page, e.g. "sa". */
  prefix: string;
  /** What the pickers offer: the island's data has both lists. */
  lists: { models: readonly Choice<BusinessModelId>[]; regions: readonly Choice[] };
  context: AssessmentContext;
  /** Called with a business model or region the lists offer, never anything else; none: the pickers are disabled. */
  onPick: ((key: keyof AssessmentContext, id: string) => void) | undefined;
  /** The pickers' words: the legend and a label for each. */
  words: { pickSituation: string; pickModel: string; pickRegion: string };
}) {
  const { prefix, lists, context, onPick, words } = props;
  const pickers = [
    { key: 'businessModel', id: `${prefix}-model`, label: words.pickModel, choices: lists.models },
    { key: 'region', id: `${prefix}-region`, label: words.pickRegion, choices: lists.regions },
  ] as const;
  return (
    <fieldset class="sa-context" disabled={!onPick}>
      <legend>{words.pickSituation}</legend>
      {pickers.map(({ key, id, label, choices }) => (
        <Fragment key={key}>
          <label for={id}>{label}</label>
          <select
            id={id}
            value={context[key]}
            onChange={(e) => {
              const picked = e.currentTarget.value;
              if (choices.some((c) => c.id === picked)) onPick?.(key, picked);
            }}
          >
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
                {c.note}
              </option>
            ))}
          </select>
        </Fragment>
      ))}
    </fieldset>
  );
}
