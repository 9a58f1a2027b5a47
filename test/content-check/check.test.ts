import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  checkContent,
  formatProblem,
  hasErrors,
  summarize,
  type CheckResult,
  type ContentInput,
  type RuleName,
} from '../../src/content-check/check.ts';
import { parseFrontmatter } from '../../src/content-check/frontmatter.ts';
import { readContent, type RawEntry } from '../../src/content-check/load.ts';

const GOOD = 'test/fixtures/content/good';
const BAD = 'test/fixtures/content/bad';

let good: ContentInput;

beforeAll(async () => {
  good = await readContent(GOOD);
});

/** Reads one fixture file as the loader would, optionally under another id. */
function entry(file: string, id = file.replace(/^.*\//, '').replace(/\.mdx$/, '')): RawEntry {
  const source = readFileSync(file, 'utf8');
  return { id, file, source, frontmatter: parseFrontmatter(source) };
}

/** The good tree plus one bad competency (replacing the good one with the same id). */
function withCompetency(file: string, id?: string): CheckResult {
  const bad = entry(file, id);
  return checkContent({ ...good, competencies: [...good.competencies.filter((e) => e.id !== bad.id), bad] });
}

/** The good tree plus one bad tier. */
function withTier(file: string): CheckResult {
  return checkContent({ ...good, tiers: [...good.tiers, entry(file)] });
}

/** The problems one rule found, as the check prints them. */
function found(result: CheckResult, rule: RuleName): string[] {
  return result.problems.filter((p) => p.rule === rule).map(formatProblem);
}

describe('checkContent on good content', () => {
  test('returns no problems for the good fixture tree', () => {
    const result = checkContent(good);

    expect(result.problems).toEqual([]);
  });

  test('returns no problems for the real content', async () => {
    const real = await readContent(process.env['CONTENT_DIR'] ?? 'content');

    const result = checkContent(real);

    expect(result.problems.map(formatProblem)).toEqual([]);
  });
});

describe('checkContent rule yaml', () => {
  test('reports a syntax error at its line', () => {
    const result = withCompetency(`${BAD}/competencies/yaml-syntax.mdx`);

    expect(found(result, 'yaml')[0]).toBe(
      `${BAD}/competencies/yaml-syntax.mdx:10:1  frontmatter  Sequence item without - indicator; check indentation and quoting on this line`,
    );
  });
});

describe('checkContent rule schema', () => {
  test('reports a bad enum value at its key with the expected values and a suggestion', () => {
    const result = withCompetency(`${BAD}/competencies/schema-group.mdx`);

    expect(found(result, 'schema')).toEqual([
      `${BAD}/competencies/schema-group.mdx:4:1  group  expected a group: information-management, security, storage-and-availability, services; found "securty"; did you mean "security"?`,
    ]);
  });
});

describe('checkContent rule unknown-field', () => {
  test('reports a misspelt requirement field that the schema would drop', () => {
    const result = withCompetency(`${BAD}/competencies/unknown-field.mdx`);

    expect(found(result, 'unknown-field')).toEqual([
      `${BAD}/competencies/unknown-field.mdx:17:9  requirements.principal.integrate[0].illustrativ  unknown field "illustrativ"; did you mean "illustrative"?`,
    ]);
  });
});

describe('checkContent rule file-names', () => {
  test('reports a competency file name that is not a slug', () => {
    const result = withCompetency(`${BAD}/competencies/Bad_Name.mdx`);

    expect(found(result, 'file-names')).toEqual([
      `${BAD}/competencies/Bad_Name.mdx:2:1  frontmatter  file name "Bad_Name" is also the page address; expected lower-case words joined by hyphens, e.g. data-security.mdx`,
    ]);
  });
});

describe('checkContent rule expert-at-least-principal', () => {
  test("reports an Expert threshold below Principal's at the Expert field", () => {
    const result = withCompetency(`${BAD}/competencies/expert-below-principal.mdx`);

    expect(found(result, 'expert-at-least-principal')).toEqual([
      `${BAD}/competencies/expert-below-principal.mdx:25:9  requirements.expert.integrate[0].count  Expert asks for 1, less than Principal's 2 (requirements.principal.integrate[0].count); expected at least that, e.g. count: 2`,
    ]);
  });
});

describe('checkContent rule levels-per-business-model', () => {
  test('reports an offered business model without Expert requirements', () => {
    const result = withCompetency(`${BAD}/competencies/missing-level.mdx`);

    expect(found(result, 'levels-per-business-model')).toEqual([
      `${BAD}/competencies/missing-level.mdx:10:1  requirements.expert  businessModels offers integrate, so expected requirements.expert.integrate with the Expert requirements for integrate partners`,
    ]);
  });

  test('reports an interim designation with no requirements at any level', () => {
    const result = withCompetency(`${BAD}/competencies/interim-without-levels.mdx`);

    expect(found(result, 'levels-per-business-model')).toEqual([
      `${BAD}/competencies/interim-without-levels.mdx:10:1  requirements  businessModels offers integrate, so expected requirements for integrate at one level at least, e.g. requirements.expert.integrate`,
    ]);
  });
});

describe('checkContent rule undeclared-business-model', () => {
  test('reports requirements for a business model not in businessModels', () => {
    const result = withCompetency(`${BAD}/competencies/undeclared-model.mdx`);

    expect(found(result, 'undeclared-business-model')).toEqual([
      `${BAD}/competencies/undeclared-model.mdx:20:5  requirements.principal.resell  requirements for resell, but businessModels does not list resell; add it, e.g. businessModels: [integrate, resell], or remove this list`,
    ]);
  });
});

describe('checkContent rule known-references', () => {
  test('reports a region code with no file in regions/', () => {
    const result = withCompetency(`${BAD}/competencies/unknown-region.mdx`);

    expect(found(result, 'known-references')).toEqual([
      `${BAD}/competencies/unknown-region.mdx:10:5  regions[1].id  no region "apac" in ${GOOD}/regions; known regions: emea, na`,
    ]);
  });

  test('reports a level without its file, at the file and at the tiers that need it', () => {
    const result = checkContent({ ...good, levels: good.levels.filter((e) => e.id !== 'expert') });

    expect(found(result, 'known-references')).toEqual([
      `${GOOD}/levels/expert.mdx:1:1  file  missing file: the site describes every level, so levels/expert.mdx must exist (copy a sibling file as a start)`,
      `${GOOD}/tiers/gold.mdx:5:24  needs.expert  level "expert" has no file ${GOOD}/levels/expert.mdx`,
      `${GOOD}/tiers/registered.mdx:5:24  needs.expert  level "expert" has no file ${GOOD}/levels/expert.mdx`,
      `${GOOD}/tiers/silver.mdx:5:24  needs.expert  level "expert" has no file ${GOOD}/levels/expert.mdx`,
    ]);
  });
});

describe('checkContent rule unique-requirement-ids', () => {
  test('reports the second use of an id in one list', () => {
    const result = withCompetency(`${BAD}/competencies/duplicate-id.mdx`);

    expect(found(result, 'unique-requirement-ids')).toEqual([
      `${BAD}/competencies/duplicate-id.mdx:30:9  requirements.expert.integrate[1].id  id "references" is already used by requirements.expert.integrate[0]; expected a different id, e.g. "references-2"`,
    ]);
  });
});

describe('checkContent rule consistent-requirement-kind', () => {
  test('reports an id used with another kind elsewhere in the competency', () => {
    const result = withCompetency(`${BAD}/competencies/inconsistent-kind.mdx`);

    expect(found(result, 'consistent-requirement-kind')).toEqual([
      `${BAD}/competencies/inconsistent-kind.mdx:22:9  requirements.expert.integrate[0].kind  id "references" is a references requirement in requirements.principal.integrate[0]; the same id must have the same kind everywhere, so expected kind: references or another id`,
    ]);
  });
});

describe('checkContent rule tier-thresholds-increase', () => {
  test('reports a tier that needs exactly what the tier below needs', () => {
    const result = withTier(`${BAD}/tiers/flat.mdx`);

    expect(found(result, 'tier-thresholds-increase')).toEqual([
      `${BAD}/tiers/flat.mdx:5:1  needs  Flat needs the same as Gold (rank 2); expected more at one level at least, e.g. expert: 2`,
    ]);
  });

  test('reports a tier that needs fewer at one level than the tier below', () => {
    const result = withTier(`${BAD}/tiers/fewer.mdx`);

    expect(found(result, 'tier-thresholds-increase')).toEqual([
      `${BAD}/tiers/fewer.mdx:6:3  needs.principal  Fewer needs 0 at Principal, fewer than Gold (rank 2) needs; expected at least 1`,
    ]);
  });
});

describe('checkContent rule internal-links', () => {
  test('reports each broken link in the body at its line and column, not links in code', () => {
    const result = withCompetency(`${BAD}/competencies/broken-links.mdx`);

    expect(found(result, 'internal-links')).toEqual([
      `${BAD}/competencies/broken-links.mdx:37:26  body  link /program: expected a trailing slash, e.g. /program/`,
      `${BAD}/competencies/broken-links.mdx:39:23  body  link /competencies/alfa/: no competency has the slug "alfa"; did you mean /competencies/alpha/?`,
      `${BAD}/competencies/broken-links.mdx:39:71  body  link /blog/: no page at /blog/; site pages are /, /competencies/, /program/, /compare/, /self-assessment/, /changes/, /search/ and /competencies/<slug>/`,
    ]);
  });
});

describe('checkContent rule illustrative-figures', () => {
  test('reports a requirement figure not marked illustrative, at the figure', () => {
    const result = withCompetency(`${BAD}/competencies/not-illustrative.mdx`);

    expect(found(result, 'illustrative-figures')).toEqual([
      `${BAD}/competencies/not-illustrative.mdx:25:9  requirements.expert.integrate[0].illustrative  the program publishes no references figure, so count: 3 is an example; expected illustrative: true so the site says so`,
    ]);
  });

  test('reports tier counts not marked illustrative, at needs', () => {
    const result = withTier(`${BAD}/tiers/unmarked.mdx`);

    expect(found(result, 'illustrative-figures')).toEqual([
      `${BAD}/tiers/unmarked.mdx:5:1  illustrative  the tier counts in needs are not published by the program; expected illustrative: true so the site says so`,
    ]);
  });

  test('accepts unmarked figures of kinds the policy leaves out', () => {
    const bad = entry(`${BAD}/competencies/not-illustrative.mdx`);

    const result = checkContent(
      { ...good, competencies: [...good.competencies, bad] },
      { requirementKinds: ['revenue'], tierCounts: false },
    );

    expect(found(result, 'illustrative-figures')).toEqual([]);
  });
});

describe('checkContent rule designation', () => {
  test('reports a designation block on a competency', () => {
    const result = withCompetency(`${BAD}/competencies/designation-on-competency.mdx`);

    expect(found(result, 'designation')).toEqual([
      `${BAD}/competencies/designation-on-competency.mdx:29:1  designation  only kind: interim-designation takes a designation block; remove it, or set kind: interim-designation`,
    ]);
  });

  test('reports an interim designation without a designation block, at kind', () => {
    const result = withCompetency(`${BAD}/competencies/interim-without-designation.mdx`);

    expect(found(result, 'designation')).toEqual([
      `${BAD}/competencies/interim-without-designation.mdx:5:1  kind  an interim designation needs a designation block, e.g. designation: { businessModel: integrate, waives: [revenue], until: "the next program" }`,
    ]);
  });

  test('reports a designation for a business model the designation is not offered on', () => {
    const result = withCompetency(`${BAD}/competencies/designation-model-not-offered.mdx`);

    expect(found(result, 'designation')).toEqual([
      `${BAD}/competencies/designation-model-not-offered.mdx:20:3  designation.businessModel  "resell" is not in businessModels; expected one of: integrate`,
    ]);
  });
});

describe('checkContent rule version-history', () => {
  test('reports a first history entry that is not the current version', () => {
    const result = withCompetency(`${BAD}/competencies/history-mismatch.mdx`);

    expect(found(result, 'version-history')).toEqual([
      `${BAD}/competencies/history-mismatch.mdx:32:5  history[0].version  the first history entry must describe the current version "1.1"; expected version: "1.1" (add a new entry at the top for a new version)`,
    ]);
  });

  test('reports history versions out of order', () => {
    const result = withCompetency(`${BAD}/competencies/history-order.mdx`);

    expect(found(result, 'version-history')).toEqual([
      `${BAD}/competencies/history-order.mdx:38:5  history[2].version  versions go newest first, so expected a version below "1.0" here; found "1.1"`,
    ]);
  });
});

describe('checkContent rule rules-lock', () => {
  test('reports each changed rule under an unchanged version, naming the field', () => {
    const result = withCompetency(`${BAD}/lock/alpha-changed.mdx`, 'alpha');

    expect(found(result, 'rules-lock')).toEqual([
      `${BAD}/lock/alpha-changed.mdx:50:9  requirements.expert.integrate[0].people  changed from 2 to 3 without a new version; raise "version" (e.g. "1.2"), add a history entry, then run npm run content:lock`,
      `${BAD}/lock/alpha-changed.mdx:63:5  requirements.expert.resell  requirement "references" removed without a new version; raise "version" (e.g. "1.2"), add a history entry, then run npm run content:lock`,
      `${BAD}/lock/alpha-changed.mdx:64:9  requirements.expert.resell[0]  requirement "sales-training" added without a new version; raise "version" (e.g. "1.2"), add a history entry, then run npm run content:lock`,
    ]);
  });

  test('accepts wording changes to labels and help under the same version', () => {
    const result = withCompetency(`${BAD}/lock/alpha-reworded.mdx`, 'alpha');

    expect(result.problems).toEqual([]);
  });

  test('reports a raised version that the lock does not record yet', () => {
    const result = withCompetency(`${BAD}/lock/alpha-bumped.mdx`, 'alpha');

    expect(found(result, 'rules-lock')).toEqual([
      `${BAD}/lock/alpha-bumped.mdx:70:1  version  version "1.2" is not recorded yet (the lock has "1.1"); run npm run content:lock and commit ${GOOD}/rules-lock.json`,
    ]);
  });

  test('reports a lock entry whose competency file is gone, at its line in the lock', () => {
    const result = checkContent({ ...good, competencies: good.competencies.filter((e) => e.id !== 'beta') });

    expect(found(result, 'rules-lock')).toEqual([
      `${GOOD}/rules-lock.json:82:1  beta  the lock records "beta" but ${GOOD}/competencies/beta.mdx is gone; to withdraw a competency set status: retired instead, or run npm run content:lock if deleting it is intended`,
    ]);
  });

  test('warns, without failing, about a competency that is not in the lock yet', () => {
    const result = withCompetency(`${BAD}/lock/alpha-bumped.mdx`, 'gamma');

    expect(found(result, 'rules-lock')).toEqual([
      `${BAD}/lock/alpha-bumped.mdx:70:1  version  warning: new competency, not yet in the rules lock; run npm run content:lock once its first version is final`,
    ]);
    expect(hasErrors(result)).toBe(false);
  });

  test('reports a lock file that is not JSON', () => {
    const result = checkContent({ ...good, lockText: '{ "alpha": ' });

    expect(found(result, 'rules-lock')[0]).toMatch(
      /^test\/fixtures\/content\/good\/rules-lock\.json:1:1 {2}file {2}not valid JSON \(.+\); regenerate it with npm run content:lock$/,
    );
  });
});

describe('checkContent rule placeholders', () => {
  test('warns about scaffold text left in a field', () => {
    const result = withCompetency(`${BAD}/competencies/placeholder.mdx`);

    expect(found(result, 'placeholders')).toEqual([
      `${BAD}/competencies/placeholder.mdx:3:1  summary  warning: placeholder text left from the scaffold: "TODO a fixture competency with exactly one problem, for the content check tests."; replace it before publishing`,
    ]);
  });
});

describe('summarize', () => {
  test('returns the counts per collection when there is no error', () => {
    expect(summarize(checkContent(good))).toBe(
      'Content OK: 2 competencies, 2 levels, 2 business models, 2 regions, 3 tiers',
    );
  });

  test('returns the number of problems and files when there are errors', () => {
    const result = withCompetency(`${BAD}/competencies/expert-below-principal.mdx`);

    expect(summarize(result)).toBe('1 problem in 1 file (1 warning)');
  });
});
