import { readFileSync } from 'node:fs';
import { checkContent } from '../../src/content-check/check.ts';
import { parseFrontmatter } from '../../src/content-check/frontmatter.ts';
import { readContent } from '../../src/content-check/load.ts';
import { formatProblem } from '../../src/content-check/report.ts';
import type { RuleName } from '../../src/content-check/rule-names.ts';
import type { CheckResult, ContentInput, RawEntry } from '../../src/content-check/types.ts';

/** Fixture trees of the content check: one without problems, and single bad files to add to it. */
export const GOOD = 'test/fixtures/content/good';
export const BAD = 'test/fixtures/content/bad';

/** The good fixture tree, read as the check reads content. */
export function readGood(): Promise<ContentInput> {
  return readContent(GOOD);
}

/** Reads one fixture file as the loader would, optionally under another id. */
export function entry(file: string, id = file.replace(/^.*\//, '').replace(/\.mdx$/, '')): RawEntry {
  const source = readFileSync(file, 'utf8');
  return { id, file, source, frontmatter: parseFrontmatter(source) };
}

/** The good tree plus one bad competency (replacing the good one with the same id). */
export function withCompetency(good: ContentInput, file: string, id?: string): CheckResult {
  const bad = entry(file, id);
  return checkContent({ ...good, competencies: [...good.competencies.filter((e) => e.id !== bad.id), bad] });
}

/** The good tree plus one reference profile. */
export function withProfile(good: ContentInput, file: string): CheckResult {
  return checkContent({ ...good, profiles: [...good.profiles, entry(file)] });
}

/** The good tree plus one bad tier. */
export function withTier(good: ContentInput, file: string): CheckResult {
  return checkContent({ ...good, tiers: [...good.tiers, entry(file)] });
}

/** The problems one rule found, as the check prints them. */
export function found(result: CheckResult, rule: RuleName): string[] {
  return result.problems.filter((p) => p.rule === rule).map(formatProblem);
}
