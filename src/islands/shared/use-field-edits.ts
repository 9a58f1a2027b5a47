/**
 * What the partner typed into a form's fields and the mistakes found in it, by field key, with the edits
 * of each field numbered: reading a field may wait for code still loading, so keystrokes can resume in any
 * order, and only a field's newest edit may show its mistake or change its answer.
 */
import { useRef, useState } from 'preact/hooks';
import type { FieldResult } from '../../engine/answers.ts';
import type { AnswerValue } from '../../schemas/answers.ts';
import type { Requirement } from '../../schemas/requirement.ts';

/** Reads one field's input: readFieldInput (src/engine/field-input.ts), once its module is loaded. */
export type FieldReader = (input: string | boolean, req: Requirement) => FieldResult;

/** A record without one key. */
export const withoutKey = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const { [key]: _gone, ...rest } = record;
  return rest;
};

/** A record without the keys of another (the fields with a mistake); the same record when none. */
export const withoutKeys = <T>(record: Readonly<Record<string, T>>, keys: object): Record<string, T> => {
  const gone = Object.keys(keys);
  if (gone.length === 0) return record;
  const rest = { ...record };
  for (const key of gone) delete rest[key];
  return rest;
};

/** The edits of a form, as the hook hands them out. */
export interface FieldEdits {
  /** The text as typed, by field key, where it may differ from the answer. */
  texts: Readonly<Record<string, string>>;
  /** The mistake in each field, by field key. */
  errors: Readonly<Record<string, string>>;
  /**
   * Takes one edit: shows the text as typed, reads it and, when no newer edit of the field came meanwhile,
   * shows its mistake or clears it and hands the answer (undefined for an emptied field) to `apply`.
   */
  edit(
    key: string,
    input: string | boolean,
    req: Requirement,
    apply: (value: AnswerValue | undefined) => void,
  ): Promise<void>;
  /** Forgets the typed texts and mistakes, when every answer is replaced or cleared. */
  clear(): void;
}

/** The typed texts, mistakes and edit order of one form; `reader` loads the field reader when needed. */
export function useFieldEdits(reader: () => Promise<FieldReader>): FieldEdits {
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const edits = useRef<Record<string, number>>({});

  async function edit(
    key: string,
    input: string | boolean,
    req: Requirement,
    apply: (value: AnswerValue | undefined) => void,
  ): Promise<void> {
    const count = (edits.current[key] ?? 0) + 1;
    edits.current[key] = count;
    const loading = reader();
    if (typeof input === 'boolean') {
      // A ticked box needs no reading: it counts at once, so the box never flips back while code loads.
      void loading;
      setErrors((e) => withoutKey(e, key));
      apply(input);
      return;
    }
    setTexts((t) => ({ ...t, [key]: input }));
    const read = (await loading)(input, req);
    if (edits.current[key] !== count) return;
    if (!read.ok) {
      setErrors((e) => ({ ...e, [key]: read.message }));
      return;
    }
    setErrors((e) => withoutKey(e, key));
    apply(read.value);
  }

  function clear(): void {
    setTexts({});
    setErrors({});
  }

  return { texts, errors, edit, clear };
}
