import { describe, expect, test } from 'vitest';
import { readRecordFile } from '../../src/persistence/record-file.ts';
import { sampleRecord } from '../helpers/record.ts';
import {
  decodePortfolioShare,
  encodePortfolioShare,
  PORTFOLIO_FILE_FORMAT,
  readPortfolioFile,
  writePortfolioFile,
} from '../../src/persistence/portfolio-file.ts';
import {
  PORTFOLIO_KEY,
  readPortfolioChoice,
  writePortfolioChoice,
} from '../../src/persistence/portfolio-choice.ts';
import { encodeShare } from '../../src/persistence/share-link.ts';
import { memoryStorage, type StorageLike } from '../../src/persistence/storage-access.ts';
import type { Answers } from '../../src/schemas/answers.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

/** Archiving answers that meet Principal on Integrate. */
const PRINCIPAL: Answers = { 'sales-training': true, 'technical-exam': 1, revenue: 50000, references: 1 };

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
    const decoded = decodePortfolioShare(EN, `#${encodePortfolioShare(payload)}`);

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

    expect(decodePortfolioShare(EN, single)).toMatchObject({
      ok: false,
      message: expect.stringContaining('answers of one competency'),
    });
    // The slug came with the link: a message never repeats it.
    expect(JSON.stringify(decodePortfolioShare(EN, single))).not.toContain('archiving');
    expect(decodePortfolioShare(EN, `${fragment.slice(0, -3)}xyz`).ok).toBe(false);
    expect(
      decodePortfolioShare(
        EN,
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

describe('readPortfolioFile', () => {
  const payload = {
    context: { model: 'integrate', region: 'na' },
    entries: [{ slug: 'archiving', rulesVersion: 'abc', answers: PRINCIPAL }],
  };
  const summary = { exportedAt: '2026-11-28T00:00:00.000Z', tier: null, levels: {} };

  test('returns what writePortfolioFile wrote, for the answers to be checked', () => {
    expect(readPortfolioFile(EN, writePortfolioFile(payload, summary))).toEqual({ ok: true, value: payload });
  });

  test('carries the partner record when given one, which the record’s reader takes from the file', () => {
    const text = writePortfolioFile(payload, summary, sampleRecord());
    const read = readPortfolioFile(EN, text);

    expect([read, readRecordFile(EN, text)]).toMatchObject([
      { ok: true, value: { ...payload, record: sampleRecord() } },
      { ok: true, record: sampleRecord(), dropped: [] },
    ]);
  });

  test('reads a file without a record, as older exports are, with no record', () => {
    const read = readPortfolioFile(EN, writePortfolioFile(payload, summary));

    expect(read.ok && 'record' in read.value).toBe(false);
    expect(writePortfolioFile(payload, summary)).not.toContain('"record"');
  });

  test.each([
    ['text that is not JSON', '{', 'it is not valid JSON.'],
    ['a competency export', JSON.stringify({ format: 'competency-self-assessment', v: 1 }), 'it is not'],
    ['an export without context', JSON.stringify({ format: PORTFOLIO_FILE_FORMAT, v: 1 }), 'missing'],
  ])('rejects %s with a message', (_, text, why) => {
    expect(readPortfolioFile(EN, text)).toMatchObject({
      ok: false,
      message: expect.stringContaining(why),
    });
  });
});
