import { beforeAll, describe, expect, test } from 'vitest';
import { parseFrontmatter } from '../../src/content-check/frontmatter.ts';
import { readContent } from '../../src/content-check/load.ts';
import { formatEffects, recordEffects, referenceEffects } from '../../src/content-check/profile-effects.ts';
import { lockEntry, parseLock, rulesFromLock, type RulesLock } from '../../src/content-check/rules-lock.ts';
import type { ContentInput } from '../../src/content-check/types.ts';
import { updateLock } from '../../src/content-check/update-lock.ts';
import { CompetencySchema } from '../../src/schemas/competency.ts';
import { readGood } from './fixture-tree.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

/** The good tree with alpha's text changed by `edit`. */
function withAlpha(edit: (source: string) => string): ContentInput {
  return {
    ...good,
    competencies: good.competencies.map((e) => {
      if (e.id !== 'alpha') return e;
      const source = edit(e.source);
      return { ...e, source, frontmatter: parseFrontmatter(source) };
    }),
  };
}

const RAISED = (s: string) => s.replace('        amount: 100000', '        amount: 150000');
const NEW_VERSION = (s: string) =>
  s
    .replace('version: "1.1"\neffective: 2026-03-01', 'version: "1.2"\neffective: 2026-06-01')
    .replace(
      'history:\n',
      'history:\n  - version: "1.2"\n    date: 2026-06-01\n    provenance: illustrative\n    summary: Raised the Expert revenue.\n',
    );

describe('referenceEffects', () => {
  test('returns nothing when the rules are those the lock records', () => {
    expect(referenceEffects(good)).toEqual([]);
  });

  test('returns nothing without a readable lock', () => {
    expect(referenceEffects({ ...withAlpha(RAISED), lockText: undefined })).toEqual([]);
    expect(referenceEffects({ ...withAlpha(RAISED), lockText: '{' })).toEqual([]);
  });

  test('names the large integrator moved from Expert to Principal by a raised threshold', () => {
    const lines = formatEffects(referenceEffects(withAlpha(RAISED)));

    expect(lines).toEqual([
      '',
      'Effect on reference profiles:',
      'The reference profiles are invented examples (illustrative), and so are the tiers; a change that moves one is allowed.',
      '  Alpha (version 1.1, changed)',
      '    Profile           Competency  Level               Tier',
      '    Large integrator  Alpha       Expert → Principal  Gold → Silver',
    ]);
  });

  test('says in one line that no profile moved, and names both versions once the version is raised', () => {
    const lowered = (s: string) => NEW_VERSION(s.replace('        amount: 100000', '        amount: 110000'));

    expect(formatEffects(referenceEffects(withAlpha(lowered))).slice(3)).toEqual([
      '  Alpha (version 1.1 → 1.2)',
      '    no reference profile changes level or tier',
    ]);
  });

  test('leaves out a profile whose file does not fit its schema', () => {
    const input = withAlpha(RAISED);
    const broken = input.profiles.map((p) => ({
      ...p,
      frontmatter: parseFrontmatter(p.source.replace('region: na', 'region: 12')),
    }));

    expect(referenceEffects({ ...input, profiles: broken })).toEqual([
      expect.objectContaining({ slug: 'alpha', moves: [] }),
    ]);
  });
});

describe('rulesFromLock', () => {
  test('gives back rules with the hash the lock records, for every real competency', async () => {
    const content = await readContent('content');
    const parsed = parseLock(content.lockText ?? '');
    const lock: RulesLock = 'lock' in parsed ? parsed.lock : {};

    const differing = content.competencies.flatMap((entry) => {
      const data = CompetencySchema.parse(entry.frontmatter.data);
      const locked = lock[entry.id];
      if (locked === undefined) return [entry.id];
      return lockEntry(entry.id, rulesFromLock(entry.id, locked, data)).hash === locked.hash
        ? []
        : [entry.id];
    });

    expect(Object.keys(lock)).toHaveLength(content.competencies.length);
    expect(differing).toEqual([]);
  });
});

describe('recordEffects', () => {
  test('writes the effects into the newest history entry of a version the lock now records', () => {
    const input = withAlpha((s) => NEW_VERSION(RAISED(s)));
    const effects = referenceEffects(input);

    const recorded = recordEffects(input, effects, updateLock(input).lock);

    expect(recorded.map((r) => r.entry.id)).toEqual(['alpha']);
    const data = CompetencySchema.parse(parseFrontmatter(recorded[0]?.source ?? '').data);
    expect(data.history[0]?.profileEffects).toEqual([
      {
        profile: 'large-integrator',
        before: { level: 'expert', tier: 'gold' },
        after: { level: 'principal', tier: 'silver' },
      },
    ]);
    // Only the new lines: the rest of the file is as it was.
    const before = new Set(input.competencies.find((e) => e.id === 'alpha')?.source.split('\n'));
    expect(recorded[0]?.source.split('\n').filter((line) => !before.has(line))).toEqual([
      '    profileEffects:',
      '      - profile: large-integrator',
      '        before:',
      '          level: expert',
      '          tier: gold',
      '        after:',
      '          level: principal',
      '          tier: silver',
    ]);
  });

  test('records nothing for a version the lock did not record, or a history that does not start with it', () => {
    const unraised = withAlpha(RAISED);
    expect(recordEffects(unraised, referenceEffects(unraised), updateLock(unraised).lock)).toEqual([]);

    const noEntry = withAlpha((s) =>
      RAISED(s).replace('version: "1.1"\neffective: 2026-03-01', 'version: "1.2"\neffective: 2026-06-01'),
    );
    const lock = { ...updateLock(good).lock };
    const alpha = lock['alpha'];
    if (alpha) lock['alpha'] = { ...alpha, version: '1.2' };
    expect(recordEffects(noEntry, referenceEffects(noEntry), lock)).toEqual([]);
  });

  test('records an empty list when no profile moved, so the entry says it was looked at', () => {
    const input = withAlpha((s) =>
      NEW_VERSION(s.replace('        amount: 100000', '        amount: 110000')),
    );

    const recorded = recordEffects(input, referenceEffects(input), updateLock(input).lock);

    expect(recorded[0]?.source).toContain(
      '    summary: Raised the Expert revenue.\n    profileEffects: []\n',
    );
  });
});
