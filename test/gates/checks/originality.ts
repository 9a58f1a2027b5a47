/** Text folded for comparison: lower case, straight quotes, single spaces. */
function fold(text: string): string {
  return text.replaceAll('\u2019', "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The visible text of an HTML page: scripts, styles and tags dropped, common entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&amp;', '&');
}

/**
 * Passages of `source` that reappear in `text`: every sentence of at least `minWords` words, and every run of
 * `runWords` consecutive words. Used to prove the site words its facts anew rather than copying them.
 */
export function copiedPassages(source: string, text: string, minWords = 6, runWords = 8): string[] {
  const haystack = fold(text);
  const sentences = source
    .split(/(?<=[.!?:])\s+|\n+/)
    .map(fold)
    .filter((s) => s.split(' ').length >= minWords);
  const words = fold(source).split(' ');
  const runs = new Set<string>();
  for (let i = 0; i + runWords <= words.length; i += 1) runs.add(words.slice(i, i + runWords).join(' '));
  return [...new Set([...sentences, ...runs])].filter((passage) => haystack.includes(passage));
}
