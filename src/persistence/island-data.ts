/**
 * Data for an island, delivered in a `<script type="application/json">` next to it instead of its props.
 *
 * Astro writes an island's props into an attribute, every value wrapped and every quote escaped, and hashes
 * and escapes that attribute again for each page: for the self-assessment, whose props are a competency's
 * whole rules and its first verdict, that was a third of each competency page (about 33 kB, 23 kB as JSON)
 * and a second of a 1,000-competency build. The page registers the data in its frontmatter
 * (`provideIslandData`, which returns the JSON), before its template renders the island, and writes the
 * JSON into the script element; the island reads it with `readIslandData`, from
 * that registry on the server and from the script element in the browser, so both render the same thing.
 */

/** Recently provided data by element id. Pages render a few at a time, so a short memory is enough. */
const provided = new Map<string, unknown>();
const REMEMBERED = 64;

/** Registers an island's data for the server render and returns it as the script element's JSON text. */
export function provideIslandData(id: string, data: unknown): string {
  provided.delete(id);
  provided.set(id, data);
  if (provided.size > REMEMBERED) provided.delete(provided.keys().next().value as string);
  return islandDataJson(data);
}

/**
 * JSON for a `<script type="application/json">` element: "<" is written as its escape, so no "</script>"
 * or "<!--" in the data can end or change the element, and JSON.parse reads the same value back.
 */
export function islandDataJson(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

/**
 * The data registered or written under `id`; throws when there is none, naming the id. The browser's build
 * (where `import.meta.env.SSR` is false) keeps only the browser's part.
 */
export function readIslandData<T>(id: string): T {
  if (import.meta.env.SSR && typeof document === 'undefined') {
    if (!provided.has(id)) throw new Error(`No island data was provided for "${id}"`);
    return provided.get(id) as T;
  }
  const text = document.getElementById(id)?.textContent;
  if (text === undefined || text === null) throw new Error(`The page has no island data "${id}"`);
  return JSON.parse(text) as T;
}
