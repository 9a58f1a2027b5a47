/**
 * What the partner typed into a form's fields and the mistakes and questions found in it, by field key, with
 * the edits of each field numbered: reading a field may wait for code still loading, so keystrokes can
 * resume in any order, and only a field's newest edit may show its mistake or change its answer. A field
 * whose text is not an answer has none: its saved answer goes, and its text is kept (FieldKit.keep) so a
 * reload shows it again.
 */
import { useRef, useState } from 'preact/hooks';
import type { FieldProblem, FieldResult } from '../../engine/answers.ts';
import type { AnswerValue } from '../../schemas/answers.ts';
import type { Requirement } from '../../schemas/requirement.ts';

/** Reads one field's input: readFieldInput (src/engine/field-input.ts), once its module is loaded. */
export type FieldReader = (input: string | boolean, req: Requirement) => FieldResult;

/** What a form loads to read its fields: the reader, and where text that is not an answer is kept. */
export interface FieldKit {
  read: FieldReader;
  /** Keeps a field's text that is not an answer, by field key; undefined forgets it. */
  keep(key: string, text: string | undefined): void;
}

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
  /** The mistake in each field, or the question it asks, by field key. */
  errors: Readonly<Record<string, FieldProblem>>;
  /**
   * Takes one edit: shows the text as typed, reads it and, when no newer edit of the field came meanwhile,
   * shows its mistake or clears it and hands the answer to `apply`: undefined for an emptied field or one
   * whose text is not an answer.
   */
  edit(
    key: string,
    input: string | boolean,
    req: Requirement,
    apply: (value: AnswerValue | undefined) => void,
  ): Promise<void>;
  /** Forgets the texts of fields without a mistake, when another tab's answers are shown; mistakes stay. */
  settle(): void;
  /**
   * Forgets every text and mistake, when every answer is replaced or cleared (whoever replaces them
   * forgets the kept text too: forgetPending).
   */
  clear(): void;
  /** Reads again each field's newest edit that waited for a reader that could not be loaded. */
  retry(): void;
}

/** The typed texts, mistakes and edit order of one form; `kit` loads the field reader when needed. */
export function useFieldEdits(kit: () => Promise<FieldKit>): FieldEdits {
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, FieldProblem>>({});
  const edits = useRef<Record<string, number>>({});
  // The mistakes now, for handlers set up by an earlier render (another tab's save).
  const now = useRef(errors);
  now.current = errors;
  // Each field's newest edit whose reader could not be loaded, to read once it loads: nothing typed is lost.
  const waiting = useRef<Record<string, () => void>>({});

  async function edit(
    key: string,
    input: string | boolean,
    req: Requirement,
    apply: (value: AnswerValue | undefined) => void,
  ): Promise<void> {
    const count = (edits.current[key] ?? 0) + 1;
    edits.current[key] = count;
    const loading = kit();
    if (typeof input === 'boolean') {
      // A ticked box needs no reading: it counts at once, so the box never flips back while code loads.
      void loading;
      setErrors((e) => withoutKey(e, key));
      apply(input);
      return;
    }
    setTexts((t) => ({ ...t, [key]: input }));
    delete waiting.current[key];
    const k = await loading.catch((e: unknown) => {
      if (edits.current[key] === count) waiting.current[key] = () => void edit(key, input, req, apply);
      throw e;
    });
    const read = k.read(input, req);
    if (edits.current[key] !== count) return;
    k.keep(key, read.ok ? undefined : input);
    setErrors((e) => (read.ok ? withoutKey(e, key) : { ...e, [key]: read }));
    apply(read.ok ? read.value : undefined);
  }

  return {
    texts,
    errors,
    edit,
    // The texts without those of fields without a mistake.
    settle: () => setTexts((t) => withoutKeys(t, withoutKeys(t, now.current))),
    clear() {
      setTexts({});
      setErrors({});
      waiting.current = {};
    },
    retry() {
      const again = Object.values(waiting.current);
      waiting.current = {};
      for (const edit of again) edit();
    },
  };
}
