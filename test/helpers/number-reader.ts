import type { NumberReader } from '../../src/domain/number-words.ts';
import { NUMBER_WAYS, type DecimalMark } from '../../src/domain/read-number.ts';
import { translator, type Lang } from '../../src/text/text.ts';

/** How a page in `lang` reads and words figures. */
export const readerIn = (lang: Lang): NumberReader => ({ way: NUMBER_WAYS[lang], t: translator(lang) });

/** How an English page reads figures for a browser whose language writes `decimal`. */
export const englishReader = (decimal: DecimalMark = '.'): NumberReader => ({
  way: { ...NUMBER_WAYS.en, decimal },
  t: translator('en'),
});
