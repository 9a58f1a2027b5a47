import { MarkedValue } from '../shared/MarkedValue.tsx';
import { AnswerControl, FieldHelp, type ControlProps } from './AnswerControl.tsx';

/** One field of a form: its label, its control, and what it needs at each level with its help and evidence. */
export function AnswerInput(
  props: ControlProps & {
    /** Level titles by id, e.g. { expert: "Expert" }; the id with a capital when left out. */
    levels?: Readonly<Record<string, string>> | undefined;
    /** The words beside the field: what each level needs, and the evidence. */
    words: { needs: string; evidence: string };
  },
) {
  const { field, prefix, levels, words } = props;
  const req = field.requirement;
  const id = `${prefix}-${field.id}`;
  const checkbox = field.control === 'checkbox';
  return (
    <div class={checkbox ? 'sa-field sa-check' : 'sa-field'}>
      {checkbox && <AnswerControl {...props} described={`${id}-d`} />}
      <label for={id}>{req.label}</label>
      {!checkbox && <AnswerControl {...props} described={`${id}-d`} />}
      <div id={`${id}-d`} class="sa-hint">
        <p>
          {words.needs}{' '}
          {field.targets.map((t, i) => (
            <>
              {`${i > 0 ? '; ' : ''}${levels?.[t.level] ?? t.level.charAt(0).toUpperCase() + t.level.slice(1)}: `}
              <MarkedValue {...t} />
            </>
          ))}
          .
        </p>
        <FieldHelp field={field} evidence={words.evidence} />
      </div>
    </div>
  );
}
