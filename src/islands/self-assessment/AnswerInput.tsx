import { MarkedValue } from '../shared/MarkedValue.tsx';
import { AnswerControl, FieldHelp, type ControlProps } from './AnswerControl.tsx';
import type { Translate } from '../../text/translate.ts';

/** One field of a form: its label, its control, and what it needs at each level with its help and evidence. */
export function AnswerInput(
  props: ControlProps & {
    /** Level titles by id, e.g. { expert: "Expert" }; the id with a capital when left out. */
    levels?: Readonly<Record<string, string>> | undefined;
    /** The page's words: what each level needs, and the punctuation between them. */
    t: Translate;
  },
) {
  const { field, prefix, levels, t } = props;
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
          {t('field.needs')}{' '}
          {field.targets.map((target, i) => (
            <>
              {i > 0 && t('list.clauses')}
              {levels?.[target.level] ?? target.level.charAt(0).toUpperCase() + target.level.slice(1)}
              {t('list.colon')}
              <MarkedValue {...target} />
            </>
          ))}
          {t('list.stop')}
        </p>
        <FieldHelp field={field} />
      </div>
    </div>
  );
}
