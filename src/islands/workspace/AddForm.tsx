import type { ComponentChildren } from 'preact';

/** A choice of a select, or a group of them under a heading (an optgroup). */
export type AddOption = { value: string; text: string } | { group: string; options: AddOption[] };

/** One field of a form that adds an entry: its id, its label, its value and what takes a new one. */
export type AddField = {
  id: string;
  label: ComponentChildren;
  value: string;
  set: (value: string) => void;
} & (
  | { kind: 'text'; decimal?: boolean; invalid?: boolean }
  | { kind: 'date' }
  | { kind: 'select'; choose: string; options: AddOption[] }
);

function Options({ options }: { options: AddOption[] }) {
  return (
    <>
      {options.map((o) =>
        'group' in o ? (
          <optgroup key={o.group} label={o.group}>
            <Options options={o.options} />
          </optgroup>
        ) : (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ),
      )}
    </>
  );
}

/** A field's control, labelled by its label. */
function Control({ field, problemId }: { field: AddField; problemId: string | undefined }) {
  const take = (e: { currentTarget: { value: string } }) => field.set(e.currentTarget.value);
  switch (field.kind) {
    case 'select':
      return (
        <select id={field.id} value={field.value} onChange={take}>
          <option value="">{field.choose}</option>
          <Options options={field.options} />
        </select>
      );
    case 'date':
      return <input id={field.id} type="date" value={field.value} onInput={take} />;
    case 'text':
      return (
        <input
          id={field.id}
          type="text"
          inputMode={field.decimal ? 'decimal' : undefined}
          autocomplete="off"
          value={field.value}
          aria-invalid={field.invalid ? true : undefined}
          aria-describedby={field.invalid ? problemId : undefined}
          onInput={take}
        />
      );
  }
}

/**
 * The form that adds an entry to a section of the record: its fields one after another, each labelled, the
 * button that adds, and why the last try added nothing (`problem`, which the field marked invalid names in
 * its description). Side by side where they fit, stacked on a phone (workspace.css, `.ws-add`).
 */
export function AddForm(props: {
  /** The form's name, when the section holds more than one (e.g. "Add a pass for AK"). */
  label?: string;
  fields: AddField[];
  /** The button's words. */
  submit: string;
  onSubmit: () => void;
  problem?: { id: string; text: string } | undefined;
}) {
  const { label, fields, submit, onSubmit, problem } = props;
  return (
    <form
      class="ws-add"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {fields.map((field) => [
        <label key={`${field.id}-l`} for={field.id}>
          {field.label}
        </label>,
        <Control key={field.id} field={field} problemId={problem?.id} />,
      ])}
      <button type="submit">{submit}</button>
      {problem?.text && (
        <p id={problem.id} class="ws-error">
          {problem.text}
        </p>
      )}
    </form>
  );
}
