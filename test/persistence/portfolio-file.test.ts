import { describe, expect, test } from 'vitest';
import {
  decodePortfolioShare,
  encodePortfolioShare,
  portfolioShareJson,
  readOpenedShare,
  readPortfolioFile,
  writePortfolioFile,
  type PortfolioPayload,
} from '../../src/persistence/portfolio-file.ts';
import { readRecordFile } from '../../src/persistence/record-file.ts';
import { openSealed, seal, sealedFileText } from '../../src/persistence/sealed.ts';
import { encodeSealedShare } from '../../src/persistence/share-link.ts';
import type { PartnerRecord } from '../../src/schemas/record.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');
const FAST = 1_000;

/** Two competencies, Archiving's money figures left out with their verdicts kept. */
const MONEYLESS: PortfolioPayload = {
  context: { model: 'integrate', region: 'na' },
  entries: [
    {
      slug: 'archiving',
      rulesVersion: 'h1',
      answers: { references: 2 },
      withheld: { revenue: { principal: 'met', expert: 'unmet' } },
    },
    { slug: 'mobility', rulesVersion: 'h2', answers: { references: 1 } },
  ],
};
const PLAIN: PortfolioPayload = {
  context: MONEYLESS.context,
  entries: [{ slug: 'archiving', rulesVersion: 'h1', answers: { revenue: 187_500, references: 2 } }],
};
const SUMMARY = { exportedAt: '2026-12-07T10:00:00.000Z', tier: null, levels: {} };
const RECORD = { people: {} } as unknown as PartnerRecord;

/** A file's or link's JSON text, parsed. */
const parsed = (text: string) =>
  JSON.parse(text) as { v: number; record?: unknown; competencies: Record<string, unknown>[] } & unknown[];

describe('portfolio share link', () => {
  test('returns a plain link in format 1 with each competency and no kept verdicts', () => {
    const read = decodePortfolioShare(EN, `#${encodePortfolioShare(PLAIN)}`);

    expect(parsed(portfolioShareJson(PLAIN))[0]).toBe(1);
    expect(read).toEqual({
      ok: true,
      value: {
        context: PLAIN.context,
        entries: [{ slug: 'archiving', rulesVersion: 'h1', answers: { revenue: 187_500, references: 2 } }],
      },
    });
  });

  test('returns a link without money figures in format 2, each competency with the verdicts kept for it', () => {
    const json = portfolioShareJson(MONEYLESS);
    const read = decodePortfolioShare(EN, `#${encodePortfolioShare(MONEYLESS)}`);

    expect(parsed(json)[0]).toBe(2);
    expect(json).not.toContain('187500');
    expect(read.ok && read.value.entries).toEqual([
      {
        slug: 'archiving',
        rulesVersion: 'h1',
        answers: { references: 2 },
        withheld: { revenue: { principal: 'met', expert: 'unmet' } },
      },
      { slug: 'mobility', rulesVersion: 'h2', answers: { references: 1 } },
    ]);
  });

  test('returns the envelope of a protected link, which opens to the portfolio with its passphrase', async () => {
    const envelope = await seal(portfolioShareJson(MONEYLESS), 'blue heron 42', FAST);
    const hash = `#${encodeSealedShare(envelope)}`;

    const read = decodePortfolioShare(EN, hash);
    const sealed = !read.ok ? read.sealed : undefined;
    const opened = await openSealed(sealed, 'blue heron 42');

    expect(read.ok).toBe(false);
    expect(sealed).toEqual(envelope);
    expect(hash).not.toMatch(/187500|revenue|archiving/);
    expect(opened.ok && readOpenedShare(EN, opened.text)).toEqual(
      decodePortfolioShare(EN, `#${encodePortfolioShare(MONEYLESS)}`),
    );
  });

  test('rejects an envelope inside an opened link as damage, and a competency link by its title', () => {
    const envelope = JSON.stringify({ v: 1, alg: 'PBKDF2-SHA256/A256GCM' });
    const single = JSON.stringify([1, 'archiving', 'h1', 'integrate', 'na', {}]);

    expect(readOpenedShare(EN, envelope)).toEqual({ ok: false, message: EN('msg.sealed.damaged') });
    expect(readOpenedShare(EN, single, () => 'Archiving')).toEqual({
      ok: false,
      message: EN('msg.oneCompetencyLink.named', { title: 'Archiving' }),
    });
  });
});

describe('portfolio export file', () => {
  test('returns version 1 with the record, and version 2 without it once money figures are left out', () => {
    const plain = parsed(writePortfolioFile(PLAIN, SUMMARY, RECORD));
    const text = writePortfolioFile(MONEYLESS, SUMMARY, RECORD);
    const moneyless = parsed(text);

    expect(plain).toMatchObject({ v: 1, record: RECORD });
    expect(moneyless.v).toBe(2);
    expect(moneyless).not.toHaveProperty('record');
    expect(moneyless.competencies[0]?.['withheld']).toEqual({
      revenue: { principal: 'met', expert: 'unmet' },
    });
    expect(moneyless.competencies[1]).not.toHaveProperty('withheld');
    expect(readPortfolioFile(EN, text)).toEqual({
      ok: true,
      value: { context: MONEYLESS.context, entries: MONEYLESS.entries },
    });
  });

  test('reads kept verdicts from version 2 only', () => {
    const file = parsed(writePortfolioFile(MONEYLESS, SUMMARY));
    const older = JSON.stringify({ ...file, v: 1 });

    const read = readPortfolioFile(EN, older);

    expect(read.ok && read.value.entries.map((e) => e.withheld)).toEqual([undefined, undefined]);
  });

  test('returns the envelope of a protected export, and refuses an envelope inside one opened', async () => {
    const envelope = await seal(writePortfolioFile(MONEYLESS, SUMMARY), 'blue heron 42', FAST);
    const text = sealedFileText(envelope);

    const read = readPortfolioFile(EN, text);
    const again = readPortfolioFile(EN, text, undefined, true);

    expect(read).toMatchObject({ ok: false, sealed: { format: 'competency-sealed', data: envelope.data } });
    expect(again).toEqual({ ok: false, message: EN('msg.sealed.damaged') });
  });

  test('is named on the record page as holding answers, not a record, when money figures were left out', () => {
    const read = readRecordFile(EN, writePortfolioFile(MONEYLESS, SUMMARY));

    expect(read).toEqual({
      ok: false,
      message: expect.stringContaining('self-assessment answers, not a record'),
    });
  });
});
