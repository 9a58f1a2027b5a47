import { Fragment } from 'preact';
import type { AssessmentContext } from '../../engine/types.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import type { Choice } from './context.ts';

/** The business model and region pickers ("Your situation") of an island. */
export function ContextPicker(props: {
  /** Prefix of the element ids, unique on the page, e.g. "sa". */
  prefix: string;
  models: readonly Choice<BusinessModelId>[];
  regions: readonly Choice[];
  context: AssessmentContext;
  disabled: boolean;
  /** Called with a business model or region the lists offer; never with anything else. */
  onPick: (key: keyof AssessmentContext, id: string) => void;
}) {
  const { prefix, context, onPick } = props;
  const pickers = [
    { key: 'businessModel', id: `${prefix}-model`, label: 'Business model', choices: props.models },
    { key: 'region', id: `${prefix}-region`, label: 'Region', choices: props.regions },
  ] as const;
  return (
    <fieldset class="sa-context" disabled={props.disabled}>
      <legend>Your situation</legend>
      {pickers.map(({ key, id, label, choices }) => (
        <Fragment key={key}>
          <label for={id}>{label}</label>
          <select
            id={id}
            value={context[key]}
            onChange={(e) => {
              const picked = e.currentTarget.value;
              if (choices.some((c) => c.id === picked)) onPick(key, picked);
            }}
          >
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
                {c.offered === false ? ' (not offered)' : ''}
              </option>
            ))}
          </select>
        </Fragment>
      ))}
    </fieldset>
  );
}
