import { describe, expect, test } from 'vitest';
import {
  FILE_FORMAT,
  MAX_FILE_BYTES,
  readAssessmentFile,
  writeAssessmentFile,
} from '../../src/persistence/assessment-file.ts';
import type { AnswerRules } from '../../src/engine/answers.ts';
import { notImported } from '../../src/persistence/messages.ts';
import { openSealed, seal, sealedFileText } from '../../src/persistence/sealed.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

const rules: AnswerRules = {
  requirements: {
    principal: {
      integrate: [
        {
          kind: 'references',
          id: 'references',
          label: 'Customer references',
          count: 2,
          evidence: 'Letters',
          help: 'Ask early.',
          weight: 1,
          provenance: { threshold: 'source', evidence: 'source' },
        },
      ],
    },
  },
};

const file = {
  slug: 'archiving',
  title: 'Archiving',
  rulesVersion: 'abc',
  context: { model: 'integrate', region: 'na' },
  answers: { references: 2 },
  exportedAt: '2026-02-01T10:00:00.000Z',
};

const titles: Record<string, string> = { mobility: 'Mobility' };
const read = (text: string) =>
  readAssessmentFile(EN, text, 'archiving', 'Archiving', rules, (slug) => titles[slug]);

describe('readAssessmentFile', () => {
  test('returns what writeAssessmentFile wrote', () => {
    const result = read(writeAssessmentFile(file));

    expect(result).toEqual({
      ok: true,
      value: {
        rulesVersion: 'abc',
        context: file.context,
        answers: file.answers,
        verdicts: undefined,
        leftOut: null,
        designation: undefined,
      },
    });
  });

  test('gives a protected export back as its envelope, to be opened with the passphrase, and opens to the export', async () => {
    const envelope = await seal(writeAssessmentFile(file), 'pass', 1_000);
    const result = read(sealedFileText(envelope));

    expect(result).toEqual({
      ok: false,
      message: notImported(EN, EN('msg.fileRefused.sealed')),
      sealed: { format: 'competency-sealed', ...envelope },
    });
    const opened = await openSealed(!result.ok && result.sealed, 'pass');
    expect(opened.ok && read(opened.text).ok).toBe(true);
  });

  test('returns the kept verdicts of a file without money figures (version 2), checked against the rules', () => {
    const text = writeAssessmentFile({
      ...file,
      withheld: { references: { principal: 'met' } },
    });
    const moneyRules: AnswerRules = {
      requirements: {
        principal: {
          integrate: [
            ...(rules.requirements.principal?.integrate ?? []),
            {
              kind: 'revenue',
              id: 'revenue',
              label: 'Revenue',
              amount: 50000,
              currency: 'USD',
              periodMonths: 12,
              evidence: 'Invoices',
              help: '',
              weight: 1,
              provenance: { threshold: 'illustrative', evidence: 'illustrative' },
            },
          ],
        },
      },
    };
    const money = writeAssessmentFile({
      ...file,
      withheld: { revenue: { principal: 'met' }, references: {} },
    });

    expect(JSON.parse(text)).toMatchObject({ v: 2 });
    expect(read(text)).toMatchObject({ ok: true, value: { withheld: {} } });
    expect(readAssessmentFile(EN, money, 'archiving', 'Archiving', moneyRules)).toMatchObject({
      ok: true,
      value: { withheld: { revenue: { principal: 'met' } } },
    });
    expect(read(writeAssessmentFile(file))).toMatchObject({ ok: true, value: { answers: file.answers } });
    expect(JSON.parse(writeAssessmentFile(file))).toMatchObject({ v: 1 });
  });

  test('returns a storage envelope as well as an export', () => {
    const envelope = {
      v: 1,
      slug: 'archiving',
      rulesVersion: 'abc',
      context: file.context,
      answers: {},
      savedAt: 'x',
    };

    expect(read(JSON.stringify(envelope)).ok).toBe(true);
  });

  test('returns answers of any rules version checked against the current fields, naming what was left out', () => {
    const answers = { references: 2, 'gone-since': 4 };

    const older = read(writeAssessmentFile({ ...file, rulesVersion: 'older', answers }));
    const current = read(writeAssessmentFile({ ...file, answers: { ...answers, references: 2.5 } }));

    expect(older).toMatchObject({
      ok: true,
      value: { answers: { references: 2 }, leftOut: expect.stringContaining('1 answer for requirements') },
    });
    expect(current).toMatchObject({ ok: false, message: expect.stringContaining('Customer references') });
  });

  test('names another competency only by its catalogue title, never by what the file says', () => {
    const planted = { format: FILE_FORMAT, v: 1, slug: 'call-555', title: 'Call 555 now' };

    const result = read(JSON.stringify(planted));

    expect(result).toEqual({
      ok: false,
      message:
        'The file was not imported: it holds answers for another competency, not Archiving. Your answers are unchanged.',
    });
  });

  test('returns the interim designation answers the file carries', () => {
    const designation = { slug: 'services-expert', rulesVersion: 'v', answers: { references: 3 } };

    const result = read(writeAssessmentFile({ ...file, designation }));

    expect(result).toMatchObject({ ok: true, value: { designation } });
  });

  test.each([
    ['text that is not JSON', '{ nope', 'it is not valid JSON.'],
    ['JSON of another kind', '{"hello":1}', 'it is not a self-assessment exported from this site.'],
    [
      'another competency',
      JSON.stringify({ format: FILE_FORMAT, v: 1, slug: 'mobility', title: 'Mobility' }),
      'it holds answers for Mobility, not Archiving.',
    ],
    [
      'a file without a context',
      JSON.stringify({ format: FILE_FORMAT, v: 1, slug: 'archiving', rulesVersion: 'abc', answers: {} }),
      'its business model, region or rules version is missing.',
    ],
    [
      'a file too large',
      ' '.repeat(MAX_FILE_BYTES + 1),
      'it is too large to be an exported self-assessment.',
    ],
  ])('rejects %s with a message', (_, text, why) => {
    expect(read(text)).toEqual({
      ok: false,
      message: `The file was not imported: ${why} Your answers are unchanged.`,
    });
  });

  test('rejects bad answers, naming the requirement', () => {
    const result = read(writeAssessmentFile({ ...file, answers: { references: -1 } }));

    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('Customer references') });
  });
});
