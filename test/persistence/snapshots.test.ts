import { describe, expect, test } from 'vitest';
import type { Standing } from '../../src/engine/standing.ts';
import { memoryStorage, type StorageLike } from '../../src/persistence/storage-access.ts';
import { openGateway } from '../../src/persistence/storage-gateway.ts';
import {
  MAX_SNAPSHOTS,
  SNAPSHOTS_KEY,
  readSnapshots,
  snapshotList,
  writeSnapshots,
  type Snapshot,
  type SnapshotState,
} from '../../src/persistence/snapshots.ts';
import { emptyRecord } from '../../src/schemas/record.ts';
import { translator } from '../../src/text/text.ts';

const STANDING: Standing = {
  tier: 'registered',
  competencies: {
    archiving: {
      context: { businessModel: 'integrate', region: 'na' },
      rulesVersion: 'abc',
      answers: { references: 1 },
      verdicts: {
        offered: true,
        achieved: null,
        levels: { principal: { met: false, requirements: { references: { status: 'met', label: 'Refs' } } } },
      },
      readiness: { principal: 50, expert: 20 },
    },
  },
};

let clock = Date.UTC(2026, 11, 1);
function snapshot(id: string, why: Snapshot['why'] = 'manual', extra = ''): Snapshot {
  clock += 60_000;
  const at = new Date(clock).toISOString();
  return {
    id,
    at,
    day: at.slice(0, 10),
    why,
    standing: extra ? { ...STANDING, tier: extra } : STANDING,
    record: emptyRecord(),
  };
}

const ids = (state: SnapshotState | null | undefined): string[] =>
  snapshotList(state ?? null).map((s) => s.id);

function saved(store: StorageLike, known: SnapshotState | null, ...add: Snapshot[]): SnapshotState | null {
  const write = writeSnapshots(store, known, { add });
  if (!write.ok) throw new Error('not written');
  return write.state;
}

describe('readSnapshots and writeSnapshots', () => {
  test('returns what was written, oldest first', () => {
    const store = memoryStorage();

    saved(store, null, snapshot('b'));
    const read = readSnapshots(store);
    const state = read.status === 'ok' ? read.state : null;
    saved(store, state, snapshot('a'));

    const again = readSnapshots(store);
    expect(again.status === 'ok' && ids(again.state)).toEqual(['b', 'a']);
  });

  test('returns empty when nothing is stored, and writes nothing for no change', () => {
    const store = memoryStorage();

    expect(readSnapshots(store)).toEqual({ status: 'empty' });
    writeSnapshots(store, null, {});
    expect(store.getItem(SNAPSHOTS_KEY)).toBeNull();
  });
});

describe('snapshots in two tabs', () => {
  test('keeps a snapshot another tab wrote between this tab reading and writing', () => {
    const store = memoryStorage();
    const first = saved(store, null, snapshot('one'));
    // Both tabs have read `one`; the other tab saves `two`, then this one saves `three` from its stale copy.
    saved(store, first, snapshot('two'));

    const mine = saved(store, first, snapshot('three'));

    expect(ids(mine)).toEqual(['one', 'two', 'three']);
  });

  test('writes back what a stale write of another tab dropped, and never brings back a removed one', () => {
    const store = memoryStorage();
    const both = saved(store, null, snapshot('one'), snapshot('two'));
    // The other tab removes `one`; then a write that knew only `one` and `two` lands over a stale copy.
    const other = writeSnapshots(store, both, { remove: ['one'] });
    const otherState = other.ok ? other.state : null;
    const stale = memoryStorage();
    saved(stale, null, snapshot('one'), snapshot('two'), snapshot('mine'));
    store.setItem(SNAPSHOTS_KEY, stale.getItem(SNAPSHOTS_KEY) ?? '');

    const merged = writeSnapshots(store, otherState);

    expect(merged.ok && ids(merged.state)).toEqual(['two', 'mine']);
    const read = readSnapshots(store);
    expect(read.status === 'ok' && ids(read.state)).toEqual(['two', 'mine']);
  });
});

describe('snapshots with hostile storage', () => {
  const EN = translator('en');

  test('returns invalid without throwing when reading throws, and writes nothing', () => {
    const store: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new Error('never called');
      },
      removeItem: () => {},
    };

    expect(readSnapshots(store)).toEqual({ status: 'invalid', why: 'read' });
    const write = writeSnapshots(store, null, { add: [snapshot('x')] });
    expect(write.ok).toBe(false);
  });

  test('returns refused when the browser refuses the write (quota), and the gateway keeps it in the tab', () => {
    const items = new Map<string, string>();
    const full: StorageLike = {
      getItem: (k) => items.get(k) ?? null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (k) => void items.delete(k),
    };
    const said: string[] = [];

    const direct = writeSnapshots(full, null, { add: [snapshot('x')] });
    const gateway = openGateway(
      () => full,
      (m) => said.push(m),
      EN,
    );
    writeSnapshots(gateway, null, { add: [snapshot('y')] });

    expect(direct.ok && direct.refused).toBe(true);
    expect(said).toEqual([EN('msg.storage.write')]);
    const read = readSnapshots(gateway);
    expect(read.status === 'ok' && ids(read.state)).toEqual(['y']);
  });

  test.each([
    ['not JSON', '{"v":1,', 'unreadable'],
    ['not this shape', '{"v":1,"snapshots":[]}', 'unreadable'],
    ['a newer version', '{"v":2,"snapshots":{},"future":true}', 'newer'],
  ])('leaves %s untouched and says why', (_, text, why) => {
    const store = memoryStorage();
    store.setItem(SNAPSHOTS_KEY, text);

    const read = readSnapshots(store);
    const write = writeSnapshots(store, null, { add: [snapshot('x')] });

    expect(read).toEqual({ status: 'invalid', why, text });
    expect(write.ok).toBe(false);
    expect(store.getItem(SNAPSHOTS_KEY)).toBe(text);
  });

  test('leaves out a damaged snapshot, names it, and writes it back as it was', () => {
    const store = memoryStorage();
    saved(store, null, snapshot('good'));
    const raw = JSON.parse(store.getItem(SNAPSHOTS_KEY) ?? '{}') as { snapshots: Record<string, unknown> };
    raw.snapshots['bad'] = { id: 'bad', at: 'yesterday', why: 'whim' };
    store.setItem(SNAPSHOTS_KEY, JSON.stringify(raw));

    const read = readSnapshots(store);
    saved(store, read.status === 'ok' ? read.state : null, snapshot('new'));

    expect(read.status === 'ok' && read.dropped).toEqual(['bad']);
    const stored = JSON.parse(store.getItem(SNAPSHOTS_KEY) ?? '{}') as { snapshots: Record<string, unknown> };
    expect(stored.snapshots['bad']).toEqual({ id: 'bad', at: 'yesterday', why: 'whim' });
    expect(Object.keys(stored.snapshots).sort()).toEqual(['bad', 'good', 'new']);
  });
});

describe('room for snapshots', () => {
  test('drops the oldest automatic snapshots first, never one taken on request', () => {
    const store = memoryStorage();
    let state: SnapshotState | null = saved(store, null, snapshot('manual-0'), snapshot('auto-0', 'level'));
    for (let i = 1; i < MAX_SNAPSHOTS - 1; i++) state = saved(store, state, snapshot(`auto-${i}`, 'level'));

    const write = writeSnapshots(store, state, { add: [snapshot('manual-1')] });

    expect(write.ok && write.dropped).toBe(1);
    const kept = write.ok ? ids(write.state) : [];
    expect(kept).toHaveLength(MAX_SNAPSHOTS);
    expect(kept).toContain('manual-0');
    expect(kept).not.toContain('auto-0');
    expect(kept.at(-1)).toBe('manual-1');
  });

  test('saves nothing and says full when only snapshots taken on request are left', () => {
    const store = memoryStorage();
    let state: SnapshotState | null = null;
    for (let i = 0; i < MAX_SNAPSHOTS; i++) state = saved(store, state, snapshot(`m-${i}`));
    const before = store.getItem(SNAPSHOTS_KEY);

    const manual = writeSnapshots(store, state, { add: [snapshot('one-more')] });
    const automatic = writeSnapshots(store, state, { add: [snapshot('auto', 'tier')] });

    expect(manual.ok && manual.full).toBe(true);
    expect(automatic.ok && automatic.full).toBe(true);
    expect(store.getItem(SNAPSHOTS_KEY)).toBe(before);
  });
});
