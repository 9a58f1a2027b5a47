import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { assess } from '../../src/engine/assess.ts';
import { fnv1a64, rulesHash } from '../../src/engine/hash.ts';
import {
  compareVerdicts,
  diffRules,
  rescore,
  rescoreWithRules,
  verdictsOf,
} from '../../src/engine/versioning.ts';
import { toRules, type CompetencyRules } from '../../src/domain/rules.ts';
import { kinds, makeRules } from '../helpers/fixtures.ts';
import { loadRules } from '../helpers/content.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

const context = { businessModel: 'integrate', region: 'na' } as const;

/** Reverses the key order of every object, deeply. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

describe('rulesHash', () => {
  test('returns 16 hex digits, stable for the same rules', () => {
    const hash = rulesHash(makeRules());

    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(rulesHash(makeRules())).toBe(hash);
  });

  test('returns the same hash whatever the key order or requirement order', () => {
    const rules = makeRules();
    const reordered = reverseKeys(rules) as CompetencyRules;
    const integrate = rules.requirements.expert?.integrate ?? [];
    const shuffled = makeRules({
      requirements: {
        ...rules.requirements,
        expert: { ...rules.requirements.expert, integrate: [...integrate].reverse() },
      },
    });

    expect(rulesHash(reordered)).toBe(rulesHash(rules));
    expect(rulesHash(shuffled)).toBe(rulesHash(rules));
  });

  test('returns the same hash when only wording, body-facing or history fields change', () => {
    const rules = makeRules();
    const reworded = makeRules({
      title: 'Another Title',
      summary: 'A different summary sentence for the same rules.',
      order: 99,
      version: '1.1',
      history: [{ version: '1.1', date: '2026-03-01', summary: 'Reworded help.' }],
      regions: [{ id: 'emea', note: 'Launched later here' }, { id: 'na' }],
      requirements: {
        principal: {
          integrate: [
            { ...kinds.training, label: 'Renamed', help: 'New help.' },
            { ...kinds.references, count: 1 },
          ],
          resell: [{ ...kinds.revenue, amount: 50000, evidence: 'Other proof', illustrative: true }],
        },
        expert: rules.requirements.expert,
      },
    });

    expect(rulesHash(reworded)).toBe(rulesHash(rules));
  });

  test('returns a different hash when a threshold, weight, region or business model changes', () => {
    const base = rulesHash(makeRules());
    const variants = [
      makeRules({
        requirements: {
          ...makeRules().requirements,
          expert: { integrate: [kinds.exam, { ...kinds.references, count: 4 }] },
        },
      }),
      makeRules({
        requirements: {
          ...makeRules().requirements,
          expert: { integrate: [kinds.exam, { ...kinds.references, weight: 2 }] },
        },
      }),
      makeRules({ regions: [{ id: 'na' }] }),
      makeRules({ expertIncludesPrincipal: false }),
      makeRules({ status: 'retired' }),
    ];

    const hashes = new Set(variants.map(rulesHash));

    expect(hashes.size).toBe(variants.length);
    expect(hashes.has(base)).toBe(false);
  });

  test('returns the same hash for the real content read twice, and distinct hashes across competencies', async () => {
    const first = await loadRules();
    const second = await loadRules();

    expect(second.map(rulesHash)).toEqual(first.map(rulesHash));
    expect(new Set(first.map(rulesHash)).size).toBe(first.length);
  });
});

describe('fnv1a64', () => {
  test('returns the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  test('returns the same hash as 64-bit BigInt arithmetic, for any text', () => {
    const reference = (text: string) => {
      let hash = 0xcbf29ce484222325n;
      for (const byte of new TextEncoder().encode(text)) {
        hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
      }
      return hash.toString(16).padStart(16, '0');
    };

    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        (text) => fnv1a64(text) === reference(text),
      ),
      { seed: 20261128, numRuns: 500 },
    );
  });
});

describe('diffRules', () => {
  test('returns no changes and equal hashes for the same rules', () => {
    const diff = diffRules(makeRules(), makeRules({ title: 'Renamed' }), EN);

    expect(diff).toMatchObject({ same: true, availability: [], requirements: [] });
  });

  test('returns thresholds changed, requirements added and removed, per level and business model', () => {
    const before = makeRules();
    const after = makeRules({
      regions: [{ id: 'na' }, { id: 'apj' }],
      requirements: {
        principal: {
          integrate: [kinds.training, { ...kinds.references, count: 2 }],
          resell: [{ ...kinds.revenue, amount: 60000 }],
        },
        expert: { integrate: [kinds.references, kinds.growth], resell: [kinds.revenue, kinds.growth] },
      },
    });

    const diff = diffRules(before, after, EN);

    expect(diff.same).toBe(false);
    expect(diff.availability).toEqual([{ field: 'regions', old: ['emea', 'na'], new: ['apj', 'na'] }]);
    expect(diff.requirements).toMatchInlineSnapshot(`
      [
        {
          "businessModel": "integrate",
          "fields": [
            {
              "field": "count",
              "new": 2,
              "old": 1,
            },
          ],
          "id": "references",
          "label": "Customer references",
          "level": "principal",
          "new": "2 customer references",
          "old": "1 customer reference",
          "type": "changed",
        },
        {
          "businessModel": "resell",
          "fields": [
            {
              "field": "amount",
              "new": 60000,
              "old": 50000,
            },
          ],
          "id": "revenue",
          "label": "Area revenue",
          "level": "principal",
          "new": "USD 60,000 in the trailing 12 months",
          "old": "USD 50,000 in the trailing 12 months",
          "type": "changed",
        },
        {
          "businessModel": "integrate",
          "id": "technical-exam",
          "label": "Certified engineers",
          "level": "expert",
          "threshold": "3 people pass Tech Specialist",
          "type": "removed",
        },
        {
          "businessModel": "integrate",
          "id": "growth",
          "label": "Year-over-year growth",
          "level": "expert",
          "threshold": "10% growth over the trailing 12 months",
          "type": "added",
        },
      ]
    `);
  });

  test('returns availability changes with old and new values', () => {
    const diff = diffRules(
      makeRules(),
      makeRules({ status: 'retired', expertIncludesPrincipal: false, businessModels: ['integrate'] }),
      EN,
    );

    expect(diff.availability.map((c) => [c.field, c.old, c.new])).toEqual([
      ['status', 'active', 'retired'],
      ['businessModels', ['integrate', 'resell'], ['integrate']],
      ['expertIncludesPrincipal', true, false],
    ]);
  });

  test('returns a kind change as changed fields, with null for fields that appear or disappear', () => {
    const before = makeRules({
      businessModels: ['integrate'],
      requirements: { principal: { integrate: [kinds.references] } },
    });
    const after = makeRules({
      businessModels: ['integrate'],
      requirements: { principal: { integrate: [{ ...kinds.exam, id: 'references' }] } },
    });

    const [change] = diffRules(before, after, EN).requirements;

    expect(change).toMatchObject({ type: 'changed', id: 'references', old: '3 customer references' });
    expect(change?.type === 'changed' && change.fields.map((f) => [f.field, f.old, f.new])).toEqual([
      ['count', 3, null],
      ['exam', null, 'Tech Specialist'],
      ['kind', 'references', 'exam'],
      ['people', null, 3],
    ]);
  });
});

describe('rescore', () => {
  test('returns no change for the same rules, and the saved verdicts match', () => {
    const rules = makeRules();
    const answers = { 'sales-training': true, references: 2 };
    const saved = assess(rules, context, answers, EN);

    const result = rescore(
      { rulesHash: saved.rulesHash, context, answers, verdicts: verdictsOf(saved) },
      rules,
      EN,
    );

    expect(result).toMatchObject({ rulesChanged: false, changed: false });
    expect(result.assessment).toEqual(saved);
  });

  test('returns the verdicts that changed when a threshold rises', () => {
    const before = makeRules();
    const after = makeRules({
      requirements: {
        ...before.requirements,
        principal: {
          ...before.requirements.principal,
          integrate: [kinds.training, { ...kinds.references, count: 3 }],
        },
      },
    });

    const result = rescoreWithRules(before, after, context, { 'sales-training': true, references: 2 }, EN);

    expect(result.rulesChanged).toBe(true);
    expect(result.changed).toBe(true);
    expect(result.changes).toMatchInlineSnapshot(`
      {
        "achieved": {
          "after": null,
          "before": "principal",
        },
        "levels": [
          {
            "after": false,
            "before": true,
            "level": "principal",
          },
        ],
        "offered": null,
        "requirements": [
          {
            "after": "partial",
            "before": "met",
            "id": "references",
            "label": "Customer references",
            "level": "principal",
          },
        ],
      }
    `);
    expect(result.diff.requirements.map((c) => [c.type, c.level, c.id])).toEqual([
      ['changed', 'principal', 'references'],
    ]);
  });

  test('returns requirements that appear or disappear as absent on the other side', () => {
    const before = makeRules({
      businessModels: ['integrate'],
      requirements: { principal: { integrate: [kinds.training] } },
    });
    const after = makeRules({
      businessModels: ['integrate'],
      requirements: { principal: { integrate: [kinds.references] } },
    });

    const result = rescoreWithRules(before, after, context, { 'sales-training': true }, EN);

    expect(result.changes?.requirements).toEqual([
      {
        level: 'principal',
        id: 'references',
        label: 'Customer references',
        before: 'absent',
        after: 'unanswered',
      },
      { level: 'principal', id: 'sales-training', label: 'Sales training', before: 'met', after: 'absent' },
    ]);
    expect(result.changes?.achieved).toEqual({ before: 'principal', after: null });
  });

  test('returns the offered change when a region is dropped', () => {
    const before = makeRules();
    const after = makeRules({ regions: [{ id: 'emea' }] });

    const result = rescoreWithRules(before, after, context, { 'sales-training': true, references: 1 }, EN);

    expect(result.changes).toMatchObject({
      offered: { before: true, after: false },
      achieved: { before: 'principal', after: null },
      levels: [
        { level: 'principal', before: true, after: null },
        { level: 'expert', before: false, after: null },
      ],
    });
    expect(verdictsOf(result.assessment)).toEqual({ offered: false, achieved: null, levels: {} });
  });

  test('returns rules changed without verdict changes when the saved assessment kept no verdicts', () => {
    const rules = makeRules();

    const result = rescore({ rulesHash: '0000000000000000', context, answers: {} }, rules, EN);

    expect(result).toMatchObject({
      rulesChanged: true,
      changes: null,
      changed: false,
      from: '0000000000000000',
    });
  });

  test('returns no change in verdicts compared with themselves, even for ids that name Object properties', () => {
    const verdicts = {
      offered: true,
      achieved: null,
      levels: {
        principal: { met: false, requirements: { constructor: { status: 'unmet' as const, label: 'X' } } },
      },
    };

    expect(compareVerdicts(verdicts, verdicts).requirements).toEqual([]);
    expect(compareVerdicts({ ...verdicts, levels: {} }, verdicts).requirements).toEqual([
      { level: 'principal', id: 'constructor', label: 'X', before: 'absent', after: 'unmet' },
    ]);
  });
});

describe('versioning on the real content', () => {
  let all: CompetencyRules[] = [];
  beforeAll(async () => {
    all = await loadRules();
  });

  test('returns no differences between each competency and a copy of itself with keys reordered', () => {
    for (const rules of all) {
      const copy = toRules({
        id: rules.slug,
        data: reverseKeys(rules) as CompetencyRules,
        filePath: rules.file,
      });

      const diff = diffRules(rules, copy, EN);

      expect(diff, rules.slug).toMatchObject({ same: true, availability: [], requirements: [] });
    }
  });
});
