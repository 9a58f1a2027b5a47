import { beforeAll, describe, expect, test } from 'vitest';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { rulesHash } from '../../src/engine/hash.ts';
import { keepSnapshot, keptNote, snapshotStore } from '../../src/islands/shared/snapshot-keep.ts';
import { takeSnapshot, type Scoring } from '../../src/islands/shared/snapshot-take.ts';
import {
  SNAPSHOTS_KEY,
  readSnapshots,
  snapshotList,
  type SnapshotState,
} from '../../src/persistence/snapshots.ts';
import { memoryStorage, type StorageLike } from '../../src/persistence/storage-access.ts';
import { openGateway } from '../../src/persistence/storage-gateway.ts';
import type { Answers } from '../../src/schemas/answers.ts';
import { translator } from '../../src/text/text.ts';
import { loadRules, loadTiers } from '../helpers/content.ts';

const EN = translator('en');
const LEVELS = { principal: 'Principal', expert: 'Expert' };
const ANSWERS_KEY = 'competency-assessment:archiving';
/** Archiving answers that meet Principal on Integrate in North America. */
const PRINCIPAL: Answers = { 'sales-training': true, 'technical-exam': 1, revenue: 50000, references: 1 };

let scoring: Scoring;

// Each snapshot a minute after the last: the newest is the one taken last, as it is a page's settle apart.
let clock = Date.UTC(2026, 11, 7, 10);
const later = (): Date => new Date((clock += 60_000));

beforeAll(async () => {
  const rules: CompetencyRules[] = await loadRules();
  scoring = {
    rules,
    versions: Object.fromEntries(rules.map((r) => [r.slug, rulesHash(r)])),
    tiers: await loadTiers(),
    models: [
      { id: 'integrate', title: 'Integrate' },
      { id: 'resell', title: 'Resell' },
    ],
    regions: [{ id: 'na', title: 'North America' }],
  };
});

/** Saves Archiving's answers where its page keeps them. */
function saveAnswers(store: StorageLike, answers: Answers): void {
  const envelope = {
    v: 1,
    slug: 'archiving',
    rulesVersion: '',
    context: { model: 'integrate', region: 'na' },
    answers,
    savedAt: '2026-12-07T10:00:00.000Z',
  };
  store.setItem(ANSWERS_KEY, JSON.stringify(envelope));
}

function stored(store: StorageLike): SnapshotState | null {
  const read = readSnapshots(store);
  return read.status === 'ok' ? read.state : null;
}

const whys = (store: StorageLike) => snapshotList(stored(store)).map((s) => s.why);

describe('keepSnapshot', () => {
  test('keeps a snapshot when a level is reached, and says which level in which competency', () => {
    const store = memoryStorage();
    saveAnswers(store, PRINCIPAL);

    const note = keepSnapshot(store, scoring, EN, LEVELS, later());

    expect(note).toBe('Snapshot kept: Principal in Archiving reached.');
    expect(whys(store)).toEqual(['level']);
  });

  test('keeps none while no level and no tier moved since the newest snapshot', () => {
    const store = memoryStorage();
    saveAnswers(store, PRINCIPAL);
    keepSnapshot(store, scoring, EN, LEVELS, later());
    saveAnswers(store, { ...PRINCIPAL, revenue: 90000 });

    const note = keepSnapshot(store, scoring, EN, LEVELS, later());

    expect(note).toBeNull();
    expect(whys(store)).toEqual(['level']);
  });

  test('keeps none when nothing is followed or no level is held yet', () => {
    const store = memoryStorage();
    expect(keepSnapshot(store, scoring, EN, LEVELS, later())).toBeNull();

    saveAnswers(store, { ...PRINCIPAL, references: 0 });

    expect(keepSnapshot(store, scoring, EN, LEVELS, later())).toBeNull();
    expect(store.getItem(SNAPSHOTS_KEY)).toBeNull();
  });

  test('says the tier changed too, and a level no longer reached', () => {
    const store = memoryStorage();
    saveAnswers(store, { ...PRINCIPAL, references: 0 });
    takeSnapshot(store, null, scoring, EN, 'manual', later());
    saveAnswers(store, PRINCIPAL);

    const reached = keepSnapshot(store, scoring, EN, LEVELS, later());
    saveAnswers(store, { ...PRINCIPAL, references: 0 });
    const left = keepSnapshot(store, scoring, EN, LEVELS, later());

    expect(reached).toBe('Snapshot kept: Principal in Archiving reached; the tier changed too.');
    expect(left).toBe('Snapshot kept: Principal in Archiving no longer reached; the tier changed too.');
    expect(whys(store)).toEqual(['manual', 'tier', 'tier']);
  });

  test('keeps one snapshot between two tabs that see the same change, each reading the newest again', () => {
    const browser = memoryStorage();
    saveAnswers(browser, PRINCIPAL);
    const tab = () =>
      snapshotStore(
        openGateway(
          () => browser,
          () => {},
          EN,
        ),
        () => browser,
      );

    const first = keepSnapshot(tab(), scoring, EN, LEVELS, later());
    const second = keepSnapshot(tab(), scoring, EN, LEVELS, later());

    expect(first).not.toBeNull();
    expect(second).toBeNull();
    expect(whys(browser)).toEqual(['level']);
  });

  test('keeps nothing, says nothing and leaves the answers saved when the browser refuses the write', () => {
    const browser = memoryStorage();
    saveAnswers(browser, PRINCIPAL);
    const answers = browser.getItem(ANSWERS_KEY);
    const said: string[] = [];
    const gateway = openGateway(
      () => browser,
      (m) => said.push(m),
      EN,
    );
    const full: StorageLike = {
      ...browser,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };

    const note = keepSnapshot(
      snapshotStore(gateway, () => full),
      scoring,
      EN,
      LEVELS,
    );

    expect(note).toBeNull();
    expect(browser.getItem(SNAPSHOTS_KEY)).toBeNull();
    expect(browser.getItem(ANSWERS_KEY)).toBe(answers);
    // The page's saves of the answers still reach the browser: the gateway never heard of the refusal.
    expect(gateway.fault).toBeNull();
    expect(said).toEqual([]);
  });

  test('keeps nothing and never throws when reading the browser throws', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    };

    expect(keepSnapshot(throwing, scoring, EN, LEVELS, later())).toBeNull();
  });

  test('leaves snapshots a newer version of the site wrote as they are', () => {
    const store = memoryStorage();
    saveAnswers(store, PRINCIPAL);
    const newer = JSON.stringify({ v: 2, snapshots: {}, future: true });
    store.setItem(SNAPSHOTS_KEY, newer);

    expect(keepSnapshot(store, scoring, EN, LEVELS, later())).toBeNull();
    expect(store.getItem(SNAPSHOTS_KEY)).toBe(newer);
  });

  test('keeps nothing without a store (the browser refuses, or the page is framed)', () => {
    expect(keepSnapshot(null, scoring, EN, LEVELS)).toBeNull();
  });
});

describe('snapshotStore', () => {
  test('returns none once the gateway knows the browser refuses, or before it is open', () => {
    const refusing = openGateway(
      () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      () => {},
      EN,
    );

    expect(snapshotStore(refusing, () => memoryStorage())).toBeNull();
    expect(snapshotStore(null, () => memoryStorage())).toBeNull();
  });

  test('reads through the gateway and writes to the browser', () => {
    const browser = memoryStorage();
    const gateway = openGateway(
      () => browser,
      () => {},
      EN,
    );
    const store = snapshotStore(gateway, () => browser);

    store?.setItem(SNAPSHOTS_KEY, 'x');

    expect(store?.getItem(SNAPSHOTS_KEY)).toBe('x');
    expect(browser.getItem(SNAPSHOTS_KEY)).toBe('x');
  });
});

describe('keptNote', () => {
  test('lists every level that moved, and says when only the tier did', () => {
    const rules = [
      { slug: 'archiving', title: 'Archiving' },
      { slug: 'gateway-security', title: 'Gateway Security' },
    ];
    const held = (achieved: 'principal' | 'expert' | null) => ({
      context: { businessModel: 'integrate' as const, region: 'na' },
      rulesVersion: 'v',
      answers: {},
      verdicts: { offered: true, achieved, levels: {} },
      readiness: {},
    });
    const before = {
      tier: 'silver',
      competencies: { archiving: held('principal'), 'gateway-security': held(null) },
    };
    const after = {
      tier: 'gold',
      competencies: { archiving: held('principal'), 'gateway-security': held('expert') },
    };

    expect(keptNote(EN, before, after, rules, LEVELS)).toBe(
      'Snapshot kept: Expert in Gateway Security reached; the tier changed too.',
    );
    expect(keptNote(EN, { ...after, tier: 'silver' }, after, rules, LEVELS)).toBe(
      'Snapshot kept: the tier changed.',
    );
  });
});
