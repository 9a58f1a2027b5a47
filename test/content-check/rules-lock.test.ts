import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { rulesHash } from '../../src/engine/hash.ts';
import { canonicalJson } from '../../src/util/canonical-json.ts';
import { checkContent } from '../../src/content-check/check.ts';
import { parseFrontmatter } from '../../src/content-check/frontmatter.ts';
import { readContent } from '../../src/content-check/load.ts';
import { diffRules, lockEntry, parseLock, serializeLock } from '../../src/content-check/rules-lock.ts';
import type { ContentInput } from '../../src/content-check/types.ts';
import { updateLock } from '../../src/content-check/update-lock.ts';
import { toRules } from '../../src/domain/rules.ts';
import { CompetencySchema, type Competency } from '../../src/schemas/competency.ts';

const GOOD = 'test/fixtures/content/good';
const BAD = 'test/fixtures/content/bad';

let good: ContentInput;
let alpha: Competency;

beforeAll(async () => {
  good = await readContent(GOOD);
  alpha = CompetencySchema.parse(good.competencies[0]?.frontmatter.data);
});

function replaceAlpha(file: string): ContentInput {
  const source = readFileSync(file, 'utf8');
  const entry = { id: 'alpha', file, source, frontmatter: parseFrontmatter(source) };
  return { ...good, competencies: good.competencies.map((e) => (e.id === 'alpha' ? entry : e)) };
}

describe('canonicalJson', () => {
  test('returns the same text whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined } })).toBe(
      canonicalJson({ a: { d: [2, 1] }, b: 1 }),
    );
  });
});

describe('lockEntry', () => {
  test('returns the rules hash that saved assessments carry', () => {
    expect(lockEntry('alpha', alpha).hash).toBe(rulesHash(toRules({ id: 'alpha', data: alpha })));
  });

  test('returns the same hash when only wording and provenance change', () => {
    const reworded: Competency = {
      ...alpha,
      requirements: {
        ...alpha.requirements,
        principal: {
          ...alpha.requirements.principal,
          integrate: (alpha.requirements.principal?.integrate ?? []).map((r) => ({
            ...r,
            label: 'Another label',
            evidence: 'Other evidence',
            help: 'Other help.',
            provenance: { threshold: 'source' as const, evidence: 'source' as const },
          })),
        },
      },
    };

    expect(lockEntry('alpha', reworded).hash).toBe(lockEntry('alpha', alpha).hash);
  });

  test('returns the same hash when requirements are reordered', () => {
    const expert = alpha.requirements.expert;
    const reordered: Competency = {
      ...alpha,
      requirements: {
        ...alpha.requirements,
        expert: { ...expert, integrate: [...(expert?.integrate ?? [])].reverse() },
      },
    };

    expect(lockEntry('alpha', reordered).hash).toBe(lockEntry('alpha', alpha).hash);
  });

  test('returns another hash when a threshold changes', () => {
    const changed = CompetencySchema.parse(
      parseFrontmatter(readFileSync(`${BAD}/lock/alpha-changed.mdx`, 'utf8')).data,
    );

    expect(lockEntry('alpha', changed).hash).not.toBe(lockEntry('alpha', alpha).hash);
  });
});

describe('diffRules', () => {
  test('returns the changed field with both values, at its index in the current file', () => {
    const locked = lockEntry('alpha', alpha).rules;
    const integrate = alpha.requirements.expert?.integrate ?? [];
    const current: Competency = {
      ...alpha,
      regions: alpha.regions.filter((r) => r.id === 'na'),
      expertIncludesPrincipal: false,
      requirements: {
        ...alpha.requirements,
        expert: {
          ...alpha.requirements.expert,
          integrate: integrate.map((r) => (r.kind === 'revenue' ? { ...r, amount: 120000 } : r)),
        },
      },
    };

    const differences = diffRules(locked, lockEntry('alpha', current).rules, current);

    expect(differences).toEqual([
      { path: ['expertIncludesPrincipal'], change: 'changed from true to false' },
      { path: ['regions'], change: 'changed from ["emea", "na"] to ["na"]' },
      { path: ['requirements', 'expert', 'integrate', 1, 'amount'], change: 'changed from 100000 to 120000' },
    ]);
  });
});

describe('parseLock', () => {
  test('returns the lock that serializeLock wrote', () => {
    const lock = { alpha: lockEntry('alpha', alpha) };

    expect(parseLock(serializeLock(lock))).toEqual({ lock });
  });

  test('rejects JSON of the wrong shape', () => {
    expect(parseLock('{"alpha": {"version": 1}}')).toEqual({
      error: 'expected a map of competency slugs to { version, hash, rules }',
    });
  });
});

describe('updateLock', () => {
  test('returns the committed lock unchanged for unchanged content', () => {
    const update = updateLock(good);

    expect(update.changed).toBe(false);
    expect(update.text).toBe(good.lockText);
  });

  test('records a raised version, after which the check passes', () => {
    const input = replaceAlpha(`${BAD}/lock/alpha-bumped.mdx`);

    const update = updateLock(input);
    const result = checkContent({ ...input, lockText: update.text });

    expect(update.changes).toEqual(['alpha: recorded version 1.2 (was 1.1)']);
    expect(result.problems).toEqual([]);
  });

  test('keeps the old entry when rules changed under the same version', () => {
    const input = replaceAlpha(`${BAD}/lock/alpha-changed.mdx`);

    const update = updateLock(input);

    expect(update.changed).toBe(false);
    expect(update.changes).toEqual([
      'alpha: not recorded, its rules differ from version 1.1; raise its version first',
    ]);
  });

  test('drops the entry of a competency whose file is gone', () => {
    const update = updateLock({ ...good, competencies: good.competencies.filter((e) => e.id !== 'beta') });

    expect(update.changes).toEqual(['beta: removed, its file no longer exists']);
    expect(Object.keys(update.lock)).toEqual(['alpha']);
  });
});
