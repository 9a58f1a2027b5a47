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

/**
 * A text split at its placeholders and filled: strings and numbers join the text around them, any other value
 * (a marked value, say) stays a part of its own, so a view can render it with its mark.
 */
export function fillParts<T extends object>(
  text: string,
  params: Readonly<Record<string, string | number | T>>,
): (string | T)[] {
  const parts: (string | T)[] = [];
  text.split(PLACEHOLDER).forEach((piece, i) => {
    const value = i % 2 === 1 ? params[piece] : piece;
    if (value === undefined) throw new Error(`No value for {${piece}} in "${text}"`);
    const last = parts.length - 1;
    if (typeof value === 'object') parts.push(value);
    else if (typeof parts[last] === 'string') parts[last] += String(value);
    else if (value !== '') parts.push(String(value));
  });
  return parts;
}
