import { numberFieldOf } from '../../engine/answers.ts';
import { figureText } from '../../domain/number-words.ts';
import type { ControlProps } from '../self-assessment/AnswerControl.tsx';
import { islandTranslator, type IslandWords, type Translate } from '../../text/translate.ts';

const notes = new WeakMap<IslandWords, (props: ControlProps) => unknown>();

/** FieldNote in the words a page handed its island: one component per island, so it is never remounted. */
export function fieldNoteIn(words: IslandWords) {
  let note = notes.get(words);
  if (note === undefined) {
    const t = islandTranslator(words);
    note = (props: ControlProps) => <FieldNote {...props} t={t} />;
    notes.set(words, note);
  }
  return note as (props: ControlProps) => ReturnType<typeof FieldNote>;
}

/**
 * What a number field says under its box, once the lazy code is loaded: its mistake; the question when its
 * text has two readings, with a button for each; else the figure as the site read it ("= USD 185,000").
 * The box names it in its description (id "<box id>-e"), so a screen reader says it with the field,
 * while only a mistake or a question is announced as it appears.
 */
export function FieldNote(props: ControlProps & { t: Translate }) {
  const { field, prefix, value, error, onChange, t } = props;
  const id = `${prefix}-${field.id}`;
  if (error?.choices) {
    return (
      <div id={`${id}-e`} class="sa-ask" role="group" aria-labelledby={`${id}-q`}>
        <p id={`${id}-q`} role="alert">
          {error.message}
        </p>
        {error.choices.map((c) => (
          <button
            type="button"
            key={c.value}
            onClick={() => {
              // Written without grouping, so the answer reads one way only.
              onChange(field.id, String(c.value));
              document.getElementById(id)?.focus();
            }}
          >
            {c.text}
          </button>
        ))}
      </div>
    );
  }
  if (error) {
    return (
      <p id={`${id}-e`} class="sa-error" role="alert">
        <span aria-hidden="true">⚠ </span>
        {error.message}
      </p>
    );
  }
  return (
    typeof value === 'number' && (
      <p id={`${id}-e`} class="sa-echo">
        <span aria-hidden="true">= </span>
        <span class="visually-hidden">{`${t('shared.readAs')} `}</span>
        {figureText(numberFieldOf(field.requirement, t), value, t)}
      </p>
    )
  );
}
