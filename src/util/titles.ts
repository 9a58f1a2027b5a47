/**
 * Titles in English alphabetical order, as `a.localeCompare(b, 'en')` sorts them: with one collator made
 * once, since `localeCompare` given a locale makes a new one at every comparison, which a browser on a
 * phone-class CPU feels in every sort of a long list (docs/benchmarks.md, Interaction latency).
 */
let collator: Intl.Collator | undefined;

/** Compares two titles as `a.localeCompare(b, 'en')` does. */
export function compareTitles(a: string, b: string): number {
  collator ??= new Intl.Collator('en');
  return collator.compare(a, b);
}
