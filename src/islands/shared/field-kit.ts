/**
 * How a form reads its fields once its lazy code is loaded: every figure through the one reader, the way
 * the page's language writes figures (on an English page, with the decimal mark of the browser's
 * languages only to order a question's two readings), worded in the page's words, and text that is not
 * an answer kept in the pending text store (src/persistence/pending-text.ts) so a reload shows it again.
 */
import { decimalMarkOf, numberWayOf } from '../../domain/read-number.ts';
import { readFieldInput } from '../../engine/field-input.ts';
import { keepPending } from '../../persistence/pending-text.ts';
import type { StorageLike } from '../../persistence/storage-access.ts';
import type { FieldKit } from './use-field-edits.ts';
import { islandTranslator, type IslandWords } from '../../text/translate.ts';

/** Where a form writes: the island's storage (IslandStorage, its gateway), or a store wrapped the same way. */
export interface Saves {
  readonly current: StorageLike;
}

/**
 * The field kit of a form in the words its page handed it: its field keys are requirement ids of `slug`,
 * or "<slug>:<id>" when the form holds several competencies (the portfolio) and `slug` is left out.
 */
export function fieldKit(storage: Saves, words: IslandWords, slug?: string): FieldKit {
  const t = islandTranslator(words);
  const way = numberWayOf(words.lang, words.formats.decimal);
  return {
    // On an English page the browser's decimal mark only orders the two readings of a figure with a "." or
    // ",": asked for only then, as the first Intl format of a page loads the browser's locale data (55–90 ms
    // at 4x CPU throttling).
    read: (input, req) =>
      readFieldInput(input, req, {
        t,
        way:
          !way.settles && typeof input === 'string' && /[.,]/.test(input.normalize('NFKC'))
            ? { ...way, decimal: decimalMarkOf(navigator.languages) }
            : way,
      }),
    keep(key, text) {
      const [where = '', id = ''] = slug === undefined ? key.split(':') : [slug, key];
      keepPending(storage.current, where, id, text);
    },
  };
}
