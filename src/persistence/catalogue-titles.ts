/**
 * The catalogue's titles file, /competencies/titles/<language>.json (src/pages/competencies/titles/[lang].json.ts):
 * every competency's title by slug, in one language. The self-assessment reads it only when a message must
 * name another competency (an imported file made for it), in the language of its page. One file per
 * language for the site, so no page grows with the catalogue.
 */

/** Where the build writes the titles file of a language (a BCP 47 tag, e.g. "de"), from the site's root. */
export function titlesFile(lang: string): string {
  return `/competencies/titles/${lang}.json`;
}

/** The titles file's text: each competency's title by slug. */
export function titlesJson(rules: readonly { slug: string; title: string }[]): string {
  return JSON.stringify(Object.fromEntries(rules.map((r) => [r.slug, r.title])));
}
