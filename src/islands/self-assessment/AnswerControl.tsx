import type { FunctionComponent } from 'preact';
import type { AnswerField } from '../../engine/answer-fields.ts';
import type { FieldProblem } from '../../engine/answers.ts';
import type { AnswerValue } from '../../schemas/answers.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';

/** What a field's control needs: the field, its value and what the partner typed, and where an edit goes. */
export interface ControlProps {
  field: AnswerField;
  /** Prefix of the element ids, unique on the page, e.g. "sa". */
  prefix: string;
  value: AnswerValue | undefined;
  /** What the partner typed, when it differs from the saved value. */
  text: string | undefined;
  /** Why the text is not an answer, or the question it asks. */
  error: FieldProblem | undefined;
  onChange: (id: string, value: string | boolean) => void;
  /** Ids of further elements that describe the field, e.g. its help. */
  described?: string;
  /**
   * What a field says under it (FieldNote: a number box's mistake, its question or the figure as read;
   * the record's figure under any field), from the lazy code: absent until it is loaded, which every
   * mistake and question waits for anyway.
   */
  Note?: FunctionComponent<ControlProps> | undefined;
}

/** The control of one answer: a checkbox or a number box with its unit, and what it says under it. */
export function AnswerControl(props: ControlProps) {
  const { field, prefix, value, text, error, onChange, described = '', Note } = props;
  const id = `${prefix}-${field.id}`;
  // The note follows either control: a number box's reading, and what the page adds under any field.
  return (
    <>
      {field.control === 'checkbox' ? (
        <input
          type="checkbox"
          id={id}
          checked={value === true}
          aria-describedby={described || undefined}
          onChange={(e) => onChange(field.id, e.currentTarget.checked)}
        />
      ) : (
        <span class="sa-box">
          <input
            type="text"
            id={id}
            inputMode={field.whole ? 'numeric' : 'decimal'}
            autoComplete="off"
            spellcheck={false}
            value={text ?? (typeof value === 'number' ? String(value) : '')}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`${id}-e ${id}-u ${described}`}
            onInput={(e) => onChange(field.id, e.currentTarget.value)}
          />
          <span id={`${id}-u`} class="sa-unit">
            {field.unit}
          </span>
        </span>
      )}
      {Note && <Note {...props} />}
    </>
  );
}

/** A field's help, how a partner record counts toward it and the evidence it asks for, each marked when it is an example. */
export function FieldHelp({ field }: { field: AnswerField }) {
  return field.notes.map((note) => (
    <p>
      {note.lead} <MarkedValue text={note.text} illustrative={note.illustrative} />
    </p>
  ));
}
