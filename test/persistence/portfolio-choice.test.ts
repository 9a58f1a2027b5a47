import { beforeAll, describe, expect, test } from 'vitest';
import { describeNextTier, type RollUpTier } from '../../src/engine/rollup.ts';
import {
  decodePortfolioShare,
  encodePortfolioShare,
  PORTFOLIO_FILE_FORMAT,
  writePortfolioFile,
} from '../../src/persistence/portfolio-file.ts';
import {
  levelHeld,
  PORTFOLIO_KEY,
  portfolioRollUp,
  readPortfolioChoice,
  writePortfolioChoice,
} from '../../src/persistence/portfolio-choice.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { encodeShare } from '../../src/persistence/share-link.ts';
import { memoryStorage, type StorageLike } from '../../src/persistence/storage-access.ts';
import type { Answers } from '../../src/schemas/answers.ts';
import { loadRules, loadTiers } from '../helpers/content.ts';

let all: CompetencyRules[];
let tiers: RollUpTier[];
const NA_INTEGRATE = { businessModel: 'integrate', region: 'na' } as const;

/** Archiving answers that meet Principal on Integrate, and those that meet Expert too. */
const PRINCIPAL: Answers = { 'sales-training': true, 'technical-exam': 1, revenue: 50000, references: 1 };
const EXPERT: Answers = {
  ...PRINCIPAL,
  'technical-exam': 3,
  revenue: 250000,
  growth: 12,
  references: 3,
  satisfaction: 9,
};

beforeAll(async () => {
  all = await loadRules();
  tiers = await loadTiers();
});

describe('portfolioRollUp', () => {
  test('returns Silver for one Principal level, naming what Gold needs and the closest competency', () => {
    const { rollUp } = portfolioRollUp(
      all,
      NA_INTEGRATE,
      new Set(['archiving']),
      { archiving: PRINCIPAL },
      tiers,
    );

    expect(rollUp.tier?.title).toBe('Silver');
    expect(rollUp.held).toEqual({ principal: ['archiving'], expert: [] });
    expect(rollUp.next && describeNextTier(rollUp.next)).toMatch(
      /^Gold needs Expert in 1 more competency\. Closest: Archiving \(Expert, \d+% ready\)\.$/,
    );
  });

  test('returns Gold for one Expert level, and counts answers only for competencies chosen', () => {
    const chosen = portfolioRollUp(all, NA_INTEGRATE, new Set(['archiving']), { archiving: EXPERT }, tiers);
    const unchosen = portfolioRollUp(all, NA_INTEGRATE, new Set(), { archiving: EXPERT }, tiers);

    expect(chosen.rollUp.tier?.title).toBe('Gold');
    expect(chosen.rollUp.next && describeNextTier(chosen.rollUp.next)).toMatch(
      /^Platinum needs Expert in 2 more competencies\./,
    );
    expect(unchosen.rollUp.tier?.title).toBe('Registered');
  });

  test('returns Services Expert apart from the tier counts, scored with its own answers', () => {
    const answers = {
      archiving: { ...EXPERT, revenue: 60000 },
      'services-expert': { 'master-specialist': true, 'technical-exam': 3, references: 3, satisfaction: 9 },
    };

    const { rollUp } = portfolioRollUp(all, NA_INTEGRATE, new Set(['archiving']), answers, tiers);

    expect(rollUp.tier?.title).toBe('Silver');
    expect(rollUp.counts.expert).toBe(0);
    expect(rollUp.designations.map((d) => [d.title, d.held, d.areas])).toEqual([
      ['Services Expert', true, ['archiving']],
    ]);
  });

  test('returns a competency not offered for the context as such, and never as held', () => {
    const { assessments, rollUp } = portfolioRollUp(
      all,
      { businessModel: 'resell', region: 'na' },
      new Set(['security-monitoring-and-management']),
      {},
      tiers,
    );

    const smm = assessments.find((a) => a.slug === 'security-monitoring-and-management');
    expect(smm && levelHeld(smm)).toBe('Not offered');
    expect(rollUp.notOffered).toContain('security-monitoring-and-management');
  });
});

describe('levelHeld', () => {
  test('returns the level in words', () => {
    const { assessments } = portfolioRollUp(
      all,
      NA_INTEGRATE,
      new Set(['archiving', 'ediscovery']),
      { archiving: EXPERT },
      tiers,
    );
    const words = (slug: string) => {
      const a = assessments.find((x) => x.slug === slug);
      return a ? levelHeld(a) : '';
    };

    expect(words('archiving')).toBe('Expert');
    expect(words('ediscovery')).toBe('No level yet');
  });
});

describe('readPortfolioChoice and writePortfolioChoice', () => {
  test('returns the competencies saved, known ones only, in catalogue order', () => {
    const store = memoryStorage();
    writePortfolioChoice(store, ['mobility', 'gone', 'archiving']);

    expect(readPortfolioChoice(store, ['archiving', 'ediscovery', 'mobility'])).toEqual([
      'archiving',
      'mobility',
    ]);
  });

  test('returns null for nothing saved, a damaged entry or a newer version, and never throws', () => {
    const store = memoryStorage();
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };

    expect(readPortfolioChoice(store, ['archiving'])).toBeNull();
    store.setItem(PORTFOLIO_KEY, '{not json');
    expect(readPortfolioChoice(store, ['archiving'])).toBeNull();
    store.setItem(PORTFOLIO_KEY, JSON.stringify({ v: 2, slugs: ['archiving'] }));
    expect(readPortfolioChoice(store, ['archiving'])).toBeNull();
    expect(readPortfolioChoice(throwing, ['archiving'])).toBeNull();
    expect(writePortfolioChoice(throwing, ['archiving'])).toBe(false);
  });
});

describe('portfolio share links', () => {
  const payload = {
    context: { model: 'integrate', region: 'emea' },
    entries: [
      { slug: 'archiving', rulesVersion: 'abc', answers: PRINCIPAL },
      { slug: 'services-expert', rulesVersion: 'def', answers: { 'master-specialist': true } },
    ],
  };

  test('returns the same portfolio after a round trip through the fragment', () => {
    const decoded = decodePortfolioShare(`#${encodePortfolioShare(payload)}`);

    expect(decoded).toEqual({ ok: true, value: payload });
  });

  test('rejects a link of one competency and a damaged link with a message', () => {
    const single = encodeShare({
      slug: 'archiving',
      rulesVersion: 'abc',
      context: payload.context,
      answers: {},
    });
    const fragment = encodePortfolioShare(payload);

    expect(decodePortfolioShare(single)).toMatchObject({
      ok: false,
      message: expect.stringContaining('(archiving)'),
    });
    expect(decodePortfolioShare(`${fragment.slice(0, -3)}xyz`).ok).toBe(false);
    expect(
      decodePortfolioShare(
        encodeShare({
          slug: 'portfolio',
          rulesVersion: '1',
          context: payload.context,
          answers: { archiving: 3 },
        }),
      ).ok,
    ).toBe(false);
  });
});

describe('writePortfolioFile', () => {
  test('returns the portfolio as JSON with its format, context, tier and each competency', () => {
    const text = writePortfolioFile(
      {
        context: { model: 'integrate', region: 'na' },
        entries: [{ slug: 'archiving', rulesVersion: 'abc', answers: PRINCIPAL }],
      },
      {
        exportedAt: '2026-11-28T00:00:00.000Z',
        tier: 'Silver',
        levels: { archiving: { title: 'Archiving', achieved: 'principal' } },
      },
    );

    expect(JSON.parse(text)).toEqual({
      format: PORTFOLIO_FILE_FORMAT,
      v: 1,
      context: { model: 'integrate', region: 'na' },
      tier: 'Silver',
      competencies: [
        {
          slug: 'archiving',
          title: 'Archiving',
          achieved: 'principal',
          rulesVersion: 'abc',
          answers: PRINCIPAL,
        },
      ],
      exportedAt: '2026-11-28T00:00:00.000Z',
    });
  });
});
