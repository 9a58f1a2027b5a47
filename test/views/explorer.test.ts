import { beforeAll, describe, expect, test } from 'vitest';
import {
  defaultPanel,
  diffRequirements,
  diffSets,
  explorerGroups,
  explorerPanels,
  panelId,
  requirementSet,
  unavailableReason,
} from '../../src/views/explorer.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { findBySlug, loadRules } from '../helpers/content.ts';
import { kinds, makeRules } from '../helpers/fixtures.ts';
import { LABELS } from '../helpers/labels.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

let all: CompetencyRules[];
const bySlug = (slug: string): CompetencyRules => findBySlug(all, slug);

beforeAll(async () => {
  all = await loadRules();
});

describe('requirementSet', () => {
  test('returns the applied requirements of a choice in matrix order, with carried ones marked', () => {
    const set = requirementSet(
      bySlug('archiving'),
      { model: 'integrate', region: 'na', level: 'expert' },
      LABELS,
      EN,
    );

    expect(set.available).toBe(true);
    expect(set.requirements.map((r) => [r.id, r.carriedFrom])).toEqual([
      ['sales-training', 'principal'],
      ['technical-exam', null],
      ['revenue', null],
      ['growth', null],
      ['references', null],
      ['satisfaction', null],
    ]);
  });

  test('returns an unavailable set with the reason for a region the competency skips, and its note', () => {
    const mobility = requirementSet(
      bySlug('mobility'),
      { model: 'integrate', region: 'latam', level: 'principal' },
      LABELS,
      EN,
    );
    const noted = requirementSet(
      bySlug('mid-market-backup-and-recovery'),
      { model: 'resell', region: 'latam', level: 'principal' },
      LABELS,
      EN,
    );

    expect(mobility).toMatchObject({
      available: false,
      reason: 'Not offered in Latin America',
      requirements: [],
    });
    expect(noted.available).toBe(true);
    expect(noted.note).toMatch(/local currency/);
  });
});

describe('unavailableReason', () => {
  test('returns the most basic reason first: retired, then model, then level, then region', () => {
    const retired = makeRules({ status: 'retired' });
    const integrateOnly = makeRules({
      businessModels: ['integrate'],
      requirements: { principal: { integrate: [kinds.training] } },
    });
    const choice = { model: 'resell', region: 'apj', level: 'expert' } as const;

    expect(unavailableReason(retired, choice, LABELS, EN)).toBe('Retired, no longer awarded');
    expect(unavailableReason(integrateOnly, choice, LABELS, EN)).toBe('Not offered on Resell');
    expect(unavailableReason(integrateOnly, { ...choice, model: 'integrate' }, LABELS, EN)).toBe(
      'No Expert level on Integrate',
    );
    expect(
      unavailableReason(integrateOnly, { ...choice, model: 'integrate', level: 'principal' }, LABELS, EN),
    ).toBe('Not offered in Asia Pacific and Japan');
  });
});

describe('diffSets', () => {
  test('returns what changes on Resell instead of Integrate at Principal, in one sentence', () => {
    const rules = bySlug('archiving');
    const integrate = requirementSet(
      rules,
      { model: 'integrate', region: 'na', level: 'principal' },
      LABELS,
      EN,
    );
    const resell = requirementSet(rules, { model: 'resell', region: 'na', level: 'principal' }, LABELS, EN);

    const diff = diffSets(integrate, resell, LABELS, translator('en'));

    expect(diff.changes.map((c) => c.change)).toEqual(['changed', 'removed', 'changed']);
    expect(diff.text).toMatchInlineSnapshot(
      `"On Resell instead of Integrate: Archiving training: no longer Archiving Solution Positioning; Certified archiving engineers no longer required; Archiving revenue: USD 75,000 instead of USD 50,000 in the trailing 12 months."`,
    );
  });

  test('returns added requirements at Expert instead of Principal', () => {
    const rules = bySlug('archiving');
    const principal = requirementSet(
      rules,
      { model: 'integrate', region: 'na', level: 'principal' },
      LABELS,
      EN,
    );
    const expert = requirementSet(rules, { model: 'integrate', region: 'na', level: 'expert' }, LABELS, EN);

    const diff = diffSets(principal, expert, LABELS, translator('en'));

    expect(diff.heading).toBe('At Expert instead of Principal');
    expect(diff.changes.filter((c) => c.change === 'added').map((c) => c.id)).toEqual([
      'growth',
      'satisfaction',
    ]);
  });

  test('returns the reason when the other choice is not available, and no changes', () => {
    const rules = bySlug('security-monitoring-and-management');
    const integrate = requirementSet(
      rules,
      { model: 'integrate', region: 'na', level: 'principal' },
      LABELS,
      EN,
    );
    const resell = requirementSet(rules, { model: 'resell', region: 'na', level: 'principal' }, LABELS, EN);

    const there = diffSets(integrate, resell, LABELS, translator('en'));
    const back = diffSets(resell, integrate, LABELS, translator('en'));

    expect(there).toMatchObject({
      available: false,
      changes: [],
      text: 'On Resell instead of Integrate: Not offered on Resell.',
    });
    expect(back.text).toMatch(/^On Integrate instead of Resell: available, with \d+ requirements\.$/);
  });

  test('returns "the same requirements" when a region changes nothing but availability', () => {
    const rules = bySlug('archiving');
    const na = requirementSet(rules, { model: 'integrate', region: 'na', level: 'principal' }, LABELS, EN);
    const emea = requirementSet(
      rules,
      { model: 'integrate', region: 'emea', level: 'principal' },
      LABELS,
      EN,
    );

    expect(diffSets(na, emea, LABELS, translator('en')).text).toBe(
      'In Europe, Middle East and Africa instead of North America: the same requirements.',
    );
  });
});

describe('diffRequirements', () => {
  test('returns no change between a set and itself', () => {
    const set = requirementSet(
      bySlug('ediscovery'),
      { model: 'resell', region: 'na', level: 'expert' },
      LABELS,
      EN,
    );

    expect(diffRequirements(set.requirements, set.requirements, translator('en'))).toEqual([]);
  });
});

describe('explorerPanels', () => {
  test('returns one panel per model, region and level, each diffed against the other model and level', () => {
    const panels = explorerPanels(bySlug('mobility'), LABELS, translator('en'));

    expect(panels).toHaveLength(2 * 4 * 2);
    expect(new Set(panels.map((p) => p.id)).size).toBe(panels.length);
    const first = panels[0];
    expect(first?.id).toBe(panelId({ model: 'integrate', region: 'na', level: 'principal' }));
    expect(first?.diffs.map((d) => d.heading)).toEqual([
      'On Resell instead of Integrate',
      'At Expert instead of Principal',
    ]);
    expect(first?.unavailableRegions.map((r) => r.reason)).toEqual(['Not offered in Latin America']);
  });

  test('returns no diff that would only repeat why a choice is unavailable', () => {
    const panels = explorerPanels(bySlug('mobility'), LABELS, translator('en'));

    const latam = panels.find((p) => p.id === 'explore-resell-latam-expert');

    expect(latam?.set.reason).toBe('Not offered in Latin America');
    expect(latam?.diffs).toEqual([]);
  });

  test('returns the first available panel as default, even when the first choice is not offered', () => {
    const panels = explorerPanels(bySlug('services-expert'), LABELS, translator('en'));

    expect(defaultPanel(panels)?.id).toBe('explore-integrate-na-expert');
    expect(defaultPanel([])).toBeUndefined();
  });
});

describe('explorerGroups', () => {
  test('returns one group per model and level, with a panel per region in order', () => {
    const groups = explorerGroups(explorerPanels(bySlug('mobility'), LABELS, translator('en')));

    expect(groups.map((g) => g.id)).toEqual([
      'explore-integrate-principal',
      'explore-integrate-expert',
      'explore-resell-principal',
      'explore-resell-expert',
    ]);
    expect(groups[0]?.panels.map((p) => p.set.choice.region)).toEqual(['na', 'latam', 'emea', 'apj']);
    expect(groups[0]?.shared?.id).toBe('explore-integrate-na-principal');
  });

  test('returns a shared panel whose requirements and diffs every offering region repeats', () => {
    for (const rules of all) {
      for (const group of explorerGroups(explorerPanels(rules, LABELS, translator('en')))) {
        const offered = group.panels.filter((p) => p.regionOffered);
        const content = (p: (typeof offered)[number]) => ({
          available: p.set.available,
          reason: p.set.reason,
          requirements: p.set.requirements,
          diffs: p.diffs.map((d) => d.text),
        });

        for (const panel of offered) expect(content(panel)).toEqual(content(group.shared as typeof panel));
      }
    }
  });

  test('returns no shared panel when no region offers the competency', () => {
    const rules = { ...bySlug('mobility'), regions: [] };

    const groups = explorerGroups(explorerPanels(rules, LABELS, translator('en')));

    expect(groups.every((g) => g.shared === undefined)).toBe(true);
    expect(groups.flatMap((g) => g.panels).every((p) => !p.regionOffered)).toBe(true);
  });
});
