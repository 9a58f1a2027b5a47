/**
 * The evidence pack's words file, /self-assessment/pack-words/<language>.json
 * (src/pages/self-assessment/pack-words/[lang].json.ts): what the pack's workbook says in one language
 * (PACK_BOOK_WORDS in src/text/island-text.ts), as the islands' words are handed to them (IslandWords). The
 * pack's code fetches it on the click that makes a pack, so that no page carries those words before.
 */
import type { IslandWords } from '../text/translate.ts';
import { isRecord } from '../util/is-record.ts';

/** Where the build writes the words file of a language (a BCP 47 tag, e.g. "de"), from the site's root. */
export function packWordsFile(lang: string): string {
  return `/self-assessment/pack-words/${lang}.json`;
}

/** The words handed to an island with the words file's added; throws when the file is not one. */
export function withPackWords(handed: IslandWords, file: unknown): IslandWords {
  if (!isRecord(file) || file['lang'] !== handed.lang || !isRecord(file['words'])) throw new TypeError();
  const words: Record<string, string> = { ...handed.words };
  for (const [key, value] of Object.entries(file['words'])) if (typeof value === 'string') words[key] = value;
  return { ...handed, words };
}
