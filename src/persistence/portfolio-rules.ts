/**
 * The portfolio's rules file, /self-assessment/rules.json (src/pages/self-assessment/rules.json.ts): every
 * competency's rules in catalogue order and each one's rules hash (rulesHash), which saved and shared
 * answers carry. The portfolio fetches it with its scoring code once the partner acts, so its page carries
 * only what the first view shows.
 */
import type { CompetencyRules } from '../domain/rules.ts';
import { fnv1a64, knowRulesHash, rulesHash } from '../engine/hash.ts';
import { withBase } from '../util/base-path.ts';
import { isRecord } from '../util/is-record.ts';

/** The rules file's content. */
export interface PortfolioRules {
  rules: CompetencyRules[];
  versions: Record<string, string>;
}

/** The rules file's text for these competencies, in the order given (the catalogue's). */
export function rulesFileJson(rules: readonly CompetencyRules[]): string {
  const file: PortfolioRules = {
    rules: [...rules],
    versions: Object.fromEntries(rules.map((c) => [c.slug, rulesHash(c)])),
  };
  return JSON.stringify(file);
}

/** Where the build writes the rules file (src/pages/self-assessment/rules.json.ts), from the site's root. */
export const RULES_FILE = '/self-assessment/rules.json';

/**
 * Where the build writes the rules file with the words of a language other than the source's, e.g.
 * "/self-assessment/rules.de.json" (src/pages/self-assessment/rules.[lang].json.ts); RULES_FILE without one.
 */
export function rulesFile(lang?: string): string {
  return lang === undefined ? RULES_FILE : RULES_FILE.replace(/\.json$/, `.${lang}.json`);
}

/**
 * The rules file's address under the site's base path, with a fingerprint of its text: a page asks for the
 * file it was built with, never for one a browser cached from an earlier build.
 */
export function rulesFileHref(base: string, json: string, lang?: string): string {
  return `${withBase(base, rulesFile(lang))}?v=${fnv1a64(json)}`;
}

/**
 * The rules file as fetched, checked for its shape; throws when it is not one (it could not be loaded, or
 * the site changed since the page was). The file is the site's own, built with the page: its rules are
 * not checked again field by field, and each one's hash is the one it carries.
 */
export function checkRulesFile(file: unknown): PortfolioRules {
  if (!isRecord(file) || !Array.isArray(file['rules']) || !isRecord(file['versions']))
    throw new Error('The rules file could not be read');
  const checked = file as unknown as PortfolioRules;
  for (const rules of checked.rules) {
    const hash = checked.versions[rules.slug];
    if (typeof hash === 'string') knowRulesHash(rules, hash);
  }
  return checked;
}
