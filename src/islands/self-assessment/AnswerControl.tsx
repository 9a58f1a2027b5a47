import { evidenceIllustrative } from '../../domain/provenance.ts';
import type { AnswerField } from '../../engine/answer-fields.ts';
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
  error: string | undefined;
  onChange: (id: string, value: string | boolean) => void;
  /** Ids of further elements that describe the field, e.g. its help. */
  described?: string;
}

/** The control of one answer: a checkbox, or a number box with its unit and, after a bad figure, its message. */
export function AnswerControl(props: ControlProps) {
  const { field, prefix, value, text, error, onChange, described = '' } = props;
  const id = `${prefix}-${field.id}`;
  if (field.control === 'checkbox') {
    return (
      <input
        type="checkbox"
        id={id}
        checked={value === true}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(field.id, e.currentTarget.checked)}
      />
    );
  }
  return (
    <>
      <span class="sa-box">
        <input
          type="text"
          id={id}
          inputMode={field.whole ? 'numeric' : 'decimal'}
          autoComplete="off"
          spellcheck={false}
          value={text ?? (typeof value === 'number' ? String(value) : '')}
          aria-invalid={error ? 'true' : undefined}
          aria-errormessage={error ? `${id}-e` : undefined}
          aria-describedby={`${error ? `${id}-e ` : ''}${id}-u ${described}`.trim()}
          onInput={(e) => onChange(field.id, e.currentTarget.value)}
        />
        <span id={`${id}-u`} class="sa-unit">
          {field.unit}
        </span>
      </span>
      {error && (
        <p id={`${id}-e`} class="sa-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </>
  );
}

/** A field's help and the evidence it asks for, marked when they are examples: what a form shows beside it. */
export function FieldHelp({ field: { requirement: req } }: { field: AnswerField }) {
  const illustrative = evidenceIllustrative(req);
  return [
    <p>
      <MarkedValue text={req.help} illustrative={illustrative} />
    </p>,
    <p>
      Evidence: <MarkedValue text={req.evidence} illustrative={illustrative} />
    </p>,
  ];
}
