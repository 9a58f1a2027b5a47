/**
 * Filling a text's `{name}` placeholders, apart from the dictionaries, so that code running in a browser
 * (a page's own script) can fill the words its page hands it without loading any dictionary.
 */

/** A placeholder in a text: `{name}`. */
export const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders from `params`; a placeholder without a value is a mistake in the caller. */
export function fill(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${text}"`);
    return String(value);
  });
}
