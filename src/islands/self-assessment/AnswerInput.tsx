import type { AnswerField } from '../../engine/answer-fields.ts';
import type { AnswerValue } from '../../schemas/answers.ts';
import { evidenceIllustrative } from '../../domain/provenance.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';

/** One field of the self-assessment form: a checkbox, or a number box with its unit, help and evidence. */
export function AnswerInput(props: {
  field: AnswerField;
  /** Prefix of the element ids, unique on the page, e.g. "sa". */
  prefix: string;
  /** Level titles by id, e.g. { expert: "Expert" }; the id with a capital when left out. */
  levels?: Readonly<Record<string, string>> | undefined;
  value: AnswerValue | undefined;
  /** What the partner typed, when it differs from the saved value. */
  text: string | undefined;
  error: string | undefined;
  onChange: (id: string, value: string | boolean) => void;
}) {
  const { field, prefix, levels, value, text, error, onChange } = props;
  const req = field.requirement;
  const id = `${prefix}-${field.id}`;
  const hint = (
    <div id={`${id}-d`} class="sa-hint">
      <p>
        Needs{' '}
        {field.targets.map((t, i) => (
          <>
            {`${i > 0 ? '; ' : ''}${levels?.[t.level] ?? t.level.charAt(0).toUpperCase() + t.level.slice(1)}: `}
            <MarkedValue {...t} />
          </>
        ))}
        .
      </p>
      <p>
        <MarkedValue text={req.help} illustrative={evidenceIllustrative(req)} />
      </p>
      <p>
        Evidence: <MarkedValue text={req.evidence} illustrative={evidenceIllustrative(req)} />
      </p>
    </div>
  );
  if (field.control === 'checkbox') {
    return (
      <div class="sa-field sa-check">
        <input
          type="checkbox"
          id={id}
          checked={value === true}
          aria-describedby={`${id}-d`}
          onChange={(e) => onChange(field.id, e.currentTarget.checked)}
        />
        <label for={id}>{req.label}</label>
        {hint}
      </div>
    );
  }
  const described = error ? `${id}-e ${id}-u ${id}-d` : `${id}-u ${id}-d`;
  return (
    <div class="sa-field">
      <label for={id}>{req.label}</label>
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
          aria-describedby={described}
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
      {hint}
    </div>
  );
}
