/**
 * Whether a word an editor typed is close to a known one, for every "did you mean" of the check. One module
 * decides closeness: a hint is given only when it is likely what was meant, never merely the least far.
 */

/** Edit distance between two short strings, a swap of two neighbouring letters counting as one edit. */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      row[j] = best;
    }
    before = previous;
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** The largest share of a word's letters a typo may change: "alfa" is close to "alpha", "eu" is not to "na". */
const MAX_CHANGED_SHARE = 0.4;

/**
 * How far apart two words are, as a likely typo: 0 for the same word in another case, 1 for a word sharing most
 * of its start ("archive" for "archiving"), else the edit distance; undefined when they are not close, i.e. when
 * more than MAX_CHANGED_SHARE of the longer word would have to change.
 */
function closeness(word: string, known: string): number | undefined {
  const a = word.toLowerCase();
  const b = known.toLowerCase();
  if (a === b) return 0;
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared += 1;
  if (shared >= Math.max(4, 0.75 * Math.min(a.length, b.length))) return 1;
  const distance = editDistance(a, b);
  return distance <= MAX_CHANGED_SHARE * Math.max(a.length, b.length) ? distance : undefined;
}

const SMALL_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'the']);

/**
 * Whether a word abbreviates a name: made of the starts of its words in order, from any word on ("apac" and
 * "emea" for "Asia Pacific", "Europe, Middle East and Africa"; "eu" for "Europe"). Small words may be left out.
 */
export function abbreviates(word: string, name: string): boolean {
  const letters = word.toLowerCase();
  const words = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !SMALL_WORDS.has(w));
  const from = (rest: string, i: number): boolean => {
    if (rest === '') return true;
    const next = words[i];
    if (next === undefined) return false;
    for (let k = Math.min(rest.length, next.length); k >= 1; k -= 1) {
      if (rest.slice(0, k) === next.slice(0, k) && from(rest.slice(k), i + 1)) return true;
    }
    return false;
  };
  return letters.length >= 2 && words.some((_, i) => from(letters, i));
}

/** The known word a misspelt one is closest to, if one is close enough to be a likely typo. */
export function closest(word: string, known: readonly string[]): string | undefined {
  return closestNamed(
    word,
    known.map((id) => ({ id, names: [] })),
  );
}

/** A value with the other names editors may use for it, e.g. region emea: "EMEA", "Europe, Middle East and Africa". */
export interface Named {
  id: string;
  names: readonly string[];
}

/**
 * The id a word stands for, by the id itself or by one of its names (a name, a word of it, or an abbreviation:
 * "EMEA", "Europe" and "eu" give emea); undefined when nothing is close, or when two ids are equally close.
 */
export function closestNamed(word: string, known: readonly Named[]): string | undefined {
  let best: { id: string; distance: number; tie: boolean } | undefined;
  const consider = (id: string, distance: number | undefined) => {
    if (distance === undefined) return;
    if (!best || distance < best.distance) best = { id, distance, tie: false };
    else if (distance === best.distance && best.id !== id) best.tie = true;
  };
  for (const { id, names } of known) {
    const words = names.flatMap((name) => [name, ...name.split(/[^\p{L}\p{N}]+/u)]);
    for (const candidate of [id, ...words].filter((w) => w.length > 0))
      consider(id, closeness(word, candidate));
    if (names.some((name) => abbreviates(word, name))) consider(id, 1);
  }
  return best && !best.tie ? best.id : undefined;
}

/** The words of a hint, the same in every message of the check: `did you mean "emea"?`; a path unquoted. */
export function didYouMean(hint: string, { quote = true }: { quote?: boolean } = {}): string {
  return `did you mean ${quote ? `"${hint}"` : hint}?`;
}
