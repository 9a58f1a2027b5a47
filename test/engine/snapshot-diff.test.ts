import { beforeAll, describe, expect, test } from 'vitest';
import type { RollUpTier } from '../../src/engine/rollup.ts';
import { diffStandings, recordDiff } from '../../src/engine/snapshot-diff.ts';
import { levelMoves, movedSince, standingOf, type StandingInput } from '../../src/engine/standing.ts';
import { rulesHash } from '../../src/engine/hash.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import type { Answers } from '../../src/schemas/answers.ts';
import { emptyRecord } from '../../src/schemas/record.ts';
import { translator } from '../../src/text/text.ts';
import { loadRules, loadTiers } from '../helpers/content.ts';

const EN = translator('en');
const NA_INTEGRATE = { businessModel: 'integrate', region: 'na' } as const;

/** Archiving answers that meet Principal on Integrate. */
const PRINCIPAL: Answers = { 'sales-training': true, 'technical-exam': 1, revenue: 50000, references: 1 };

let rules: CompetencyRules[];
let tiers: RollUpTier[];

beforeAll(async () => {
  rules = await loadRules();
  tiers = await loadTiers();
});

function input(answers: Record<string, Answers>, followed = Object.keys(answers)): StandingInput {
  return {
    rules,
    versions: Object.fromEntries(rules.map((r) => [r.slug, rulesHash(r)])),
    tiers,
    followed,
    answers,
    own: {},
    context: NA_INTEGRATE,
    record: null,
    day: '2026-12-07',
  };
}

describe('standingOf', () => {
  test('returns each followed competency with its verdicts and readiness, and the tier', () => {
    const standing = standingOf(input({ archiving: PRINCIPAL }), EN);

    expect(Object.keys(standing.competencies)).toEqual(['archiving']);
    const archiving = standing.competencies['archiving'];
    expect(archiving?.verdicts.achieved).toBe('principal');
    expect(archiving?.readiness.principal).toBe(100);
    expect(archiving?.readiness.expert).toBeLessThan(100);
    expect(archiving?.answers).toEqual(PRINCIPAL);
  });
});

describe('movedSince', () => {
  test('returns level when a competency gains a level, tier when the tier changes, else null', () => {
    const none = standingOf(input({ archiving: {} }), EN);
    const held = standingOf(input({ archiving: PRINCIPAL }), EN);
    // The same tier either way, so that only the level moves.
    const principal = { ...held, tier: none.tier };

    expect(movedSince(none, none)).toBeNull();
    expect(movedSince(none, principal)).toBe('level');
    expect(movedSince(principal, none)).toBe('level');
    expect(movedSince(none, held)).toBe('tier');
    expect(movedSince(null, none)).toBeNull();
    expect(movedSince(null, principal)).toBe('level');
    expect(movedSince(null, held)).toBe('level');
  });
});

describe('levelMoves', () => {
  test('returns the level reached, or the level no longer held, of each competency whose level moved', () => {
    const none = standingOf(input({ archiving: {} }), EN);
    const principal = standingOf(input({ archiving: PRINCIPAL }), EN);
    const expert = {
      ...principal,
      competencies: {
        archiving: {
          ...principal.competencies['archiving']!,
          verdicts: { ...principal.competencies['archiving']!.verdicts, achieved: 'expert' as const },
        },
      },
    };

    expect(levelMoves(none, none)).toEqual([]);
    expect(levelMoves(null, none)).toEqual([]);
    expect(levelMoves(null, principal)).toEqual([{ slug: 'archiving', level: 'principal', reached: true }]);
    expect(levelMoves(principal, expert)).toEqual([{ slug: 'archiving', level: 'expert', reached: true }]);
    expect(levelMoves(expert, principal)).toEqual([{ slug: 'archiving', level: 'expert', reached: false }]);
    expect(levelMoves(principal, none)).toEqual([{ slug: 'archiving', level: 'principal', reached: false }]);
    expect(levelMoves(principal, { ...none, competencies: {} })).toEqual([
      { slug: 'archiving', level: 'principal', reached: false },
    ]);
  });
});

describe('diffStandings', () => {
  test('returns the answers changed, the verdicts that moved and the level gained between two snapshots', () => {
    const before = standingOf(input({ archiving: { ...PRINCIPAL, references: 0, revenue: 20000 } }), EN);
    const after = standingOf(input({ archiving: PRINCIPAL }), EN);

    const diff = diffStandings({ standing: before, record: null }, { standing: after, record: null });

    expect(diff.same).toBe(false);
    expect(diff.competencies).toHaveLength(1);
    const archiving = diff.competencies[0];
    expect(archiving?.presence).toBe('both');
    expect(archiving?.answers).toEqual([
      { id: 'references', before: 0, after: 1 },
      { id: 'revenue', before: 20000, after: 50000 },
    ]);
    expect(archiving?.verdicts.achieved).toEqual({ before: null, after: 'principal' });
    expect(archiving?.verdicts.levels).toContainEqual({ level: 'principal', before: false, after: true });
    const principalMoves = archiving?.verdicts.requirements
      .filter((r) => r.level === 'principal')
      .map((r) => [r.id, r.before, r.after]);
    expect(principalMoves).toEqual([
      ['revenue', 'partial', 'met'],
      ['references', 'unmet', 'met'],
    ]);
    expect(archiving?.readiness.find((r) => r.level === 'principal')?.after).toBe(100);
  });

  test('returns the same for two equal standings, and a competency followed later as added', () => {
    const one = standingOf(input({ archiving: PRINCIPAL }), EN);
    const two = standingOf(input({ archiving: PRINCIPAL, mobility: {} }), EN);

    expect(diffStandings({ standing: one, record: null }, { standing: one, record: null }).same).toBe(true);
    const diff = diffStandings({ standing: one, record: null }, { standing: two, record: null });
    expect(diff.competencies.map((c) => [c.slug, c.presence])).toEqual([['mobility', 'added']]);
  });

  test('returns the tier before and after when it changed', () => {
    const one = standingOf(input({ archiving: PRINCIPAL }), EN);

    const diff = diffStandings(
      { standing: { ...one, tier: null }, record: null },
      { standing: { ...one, tier: 'silver' }, record: null },
    );

    expect(diff.tier).toEqual({ before: null, after: 'silver' });
    expect(diff.competencies).toEqual([]);
  });
});

describe('diffStandings, more', () => {
  test('returns answers given or taken back, a competency no longer followed, in catalogue order', () => {
    const one = standingOf(input({ mobility: {}, archiving: { 'sales-training': true, revenue: 1 } }), EN);
    const two = standingOf(
      input({ archiving: { 'sales-training': true, references: 1 }, ediscovery: {} }),
      EN,
    );

    const diff = diffStandings({ standing: one, record: null }, { standing: two, record: null }, [
      'archiving',
      'ediscovery',
    ]);

    expect(diff.competencies.map((c) => [c.slug, c.presence])).toEqual([
      ['archiving', 'both'],
      ['ediscovery', 'added'],
      ['mobility', 'removed'],
    ]);
    expect(diff.competencies[0]?.answers).toEqual([
      { id: 'references', before: null, after: 1 },
      { id: 'revenue', before: 1, after: null },
    ]);
  });

  test('scores the record’s figures for what was not typed, on the standing’s day', () => {
    const record = emptyRecord();
    record.bookings = {
      b1: { competency: 'archiving', quarter: '2026-Q1', amount: 30000 },
      b2: { competency: 'archiving', quarter: '2026-Q2', amount: 30000 },
    };

    const standing = standingOf({ ...input({ archiving: { references: 1 } }), record }, EN);

    expect(standing.competencies['archiving']?.answers).toMatchObject({ references: 1, revenue: 60000 });
  });
});

describe('recordDiff', () => {
  test('returns the entries added, removed and changed per section', () => {
    const before = emptyRecord();
    before.people = { p1: { name: 'Ana' }, p2: { name: 'Ben' } } as never;
    const after = emptyRecord();
    after.people = { p1: { name: 'Ana B.' }, p3: { name: 'Cy' } } as never;

    expect(recordDiff(before, after)).toEqual([{ section: 'people', added: 1, removed: 1, changed: 1 }]);
    expect(recordDiff(null, null)).toEqual([]);
  });
});
