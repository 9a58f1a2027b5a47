import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkAnswers, parseAnswers } from '../../src/engine/answers.ts';
import { FILE_FORMAT, readAssessmentFile } from '../../src/persistence/assessment-file.ts';
import {
  decodePortfolioShare,
  encodePortfolioShare,
  PORTFOLIO_FILE_FORMAT,
  readPortfolioFile,
} from '../../src/persistence/portfolio-file.ts';
import { decodeShare, encodeShare } from '../../src/persistence/share-link.ts';
import { kinds, makeRules } from '../helpers/fixtures.ts';

// Every decoder of outside input, fed anything: it either yields answers that pass the current rules'
// field validation, or a message; it never throws, and a message never repeats what the input said.

const rules = makeRules({
  businessModels: ['integrate'],
  requirements: {
    principal: {
      integrate: [kinds.training, kinds.exam, kinds.revenue, kinds.references, kinds.satisfaction],
    },
  },
});

/** Text that marks what came from the input: no message may contain it. */
const MARK = 'QQ';
const planted = fc.string({ maxLength: 12 }).map((s) => `${MARK}${s}`);
const ids = fc.constantFrom(
  'sales-training',
  'technical-exam',
  'revenue',
  'references',
  'satisfaction',
  'gone-since',
);
/** Answers as a hostile link or file may hold them: known and unknown ids, any JSON value. */
const answers = fc.oneof(
  fc.dictionary(fc.oneof(ids, planted), fc.oneof(fc.jsonValue(), fc.boolean(), fc.double())),
  fc.jsonValue(),
);

/** Fails unless answers pass the rules' own answers schema, every id and value. */
function expectValid(value: unknown): void {
  expect(parseAnswers(value, rules)).toMatchObject({ ok: true });
}

const RUNS = { seed: 20261201, numRuns: 300 };

describe('checkAnswers', () => {
  test('returns answers that pass field validation, or null, for any input, never throwing', () => {
    fc.assert(
      fc.property(answers, (input) => {
        const checked = checkAnswers(input, rules);

        if (checked !== null) {
          expectValid(checked.answers);
          expect(checked.refused.join(' ')).not.toContain(MARK);
        }
      }),
      RUNS,
    );
  });
});

describe('decodeShare with checkAnswers', () => {
  test('returns valid answers or a message for any link, whatever rules version it declares', () => {
    const links = fc.oneof(
      fc.string().map((s) => `a=${s}`),
      fc
        .record({ slug: fc.oneof(planted, fc.constant('sample')), rulesVersion: fc.string(), answers })
        .map((p) => encodeShare({ ...p, context: { model: 'integrate', region: 'na' } })),
      fc.json().map((json) =>
        encodeShare({
          slug: 'sample',
          rulesVersion: '',
          context: { model: '', region: '' },
          answers: JSON.parse(json) as unknown,
        }),
      ),
    );
    fc.assert(
      fc.property(links, (link) => {
        const decoded = decodeShare(link);

        if (!decoded.ok) expect(decoded.message).not.toContain(MARK);
        else {
          const checked = checkAnswers(decoded.value.answers, rules);
          if (checked !== null) expectValid(checked.answers);
        }
      }),
      RUNS,
    );
  });
});

describe('readAssessmentFile', () => {
  test('returns valid answers or a message naming nothing from the file, for any text', () => {
    const files = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record({
          format: fc.constantFrom(FILE_FORMAT, 'other'),
          v: fc.constantFrom(1, 0, 2),
          slug: fc.oneof(fc.constant('sample'), planted),
          title: planted,
          rulesVersion: fc.oneof(fc.string(), fc.integer()),
          context: fc.oneof(
            fc.constant({ model: 'integrate', region: 'na' }),
            fc.record({ model: planted, region: planted }),
          ),
          answers,
        })
        .map((file) => JSON.stringify(file)),
    );
    fc.assert(
      fc.property(files, (text) => {
        const read = readAssessmentFile(text, 'sample', 'Sample', rules);

        if (read.ok) {
          expectValid(read.value.answers);
          expect(read.value.leftOut ?? '').not.toContain(MARK);
        } else expect(read.message).not.toContain(MARK);
      }),
      RUNS,
    );
  });
});

describe('portfolio decoders', () => {
  test('return entries or a message for any link or file, never throwing nor repeating what it said', () => {
    const entries = fc.array(
      fc.record({ slug: fc.oneof(planted, fc.constant('sample')), rulesVersion: fc.string(), answers }),
      { maxLength: 5 },
    );
    const inputs = fc.oneof(
      fc.string().map((s) => ({ link: `a=${s}`, file: s })),
      entries.map((list) => ({
        link: encodePortfolioShare({
          context: { model: 'integrate', region: 'na' },
          entries: list.map((e) => ({ ...e, answers: {} })),
        }),
        file: JSON.stringify({
          format: PORTFOLIO_FILE_FORMAT,
          v: 1,
          context: { model: 'integrate', region: 'na' },
          competencies: list,
        }),
      })),
    );
    fc.assert(
      fc.property(inputs, ({ link, file }) => {
        for (const read of [decodePortfolioShare(link), readPortfolioFile(file)]) {
          if (!read.ok) expect(read.message).not.toContain(MARK);
          else {
            for (const entry of read.value.entries) {
              const checked = checkAnswers(entry.answers, rules);
              if (checked !== null) expectValid(checked.answers);
            }
          }
        }
      }),
      RUNS,
    );
  });
});
