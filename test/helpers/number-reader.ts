import type { NumberReader } from '../../src/domain/number-words.ts';
import { numberWayOf, type DecimalMark } from '../../src/domain/read-number.ts';
import { translator, type Lang } from '../../src/text/text.ts';

/** How a page in `lang` reads figures. */
export const wayIn = (lang: Lang) => numberWayOf(lang, translator(lang).formats.decimal);

/** How a page in `lang` reads and words figures. */
export const readerIn = (lang: Lang): NumberReader => ({ way: wayIn(lang), t: translator(lang) });

/** How an English page reads figures for a browser whose language writes `decimal`. */
export const englishReader = (decimal: DecimalMark = '.'): NumberReader => ({
  way: numberWayOf('en', decimal),
  t: translator('en'),
});
