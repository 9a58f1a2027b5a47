import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkAnswers, parseAnswers } from '../../src/engine/answers.ts';
import type { Answers } from '../../src/schemas/answers.ts';
import { FILE_FORMAT, readAssessmentFile } from '../../src/persistence/assessment-file.ts';
import {
  decodePortfolioShare,
  encodePortfolioShare,
  PORTFOLIO_FILE_FORMAT,
  readPortfolioFile,
} from '../../src/persistence/portfolio-file.ts';
import { decodeShare, encodeShare } from '../../src/persistence/share-link.ts';
import { saveMerged } from '../../src/persistence/merge-answers.ts';
import { memoryStorage, storageKey } from '../../src/persistence/storage-access.ts';
import { readSaved } from '../../src/persistence/storage.ts';
import { kinds, makeRules } from '../helpers/fixtures.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

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
        const decoded = decodeShare(EN, link);

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
        const read = readAssessmentFile(EN, text, 'sample', 'Sample', rules);

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
        for (const read of [decodePortfolioShare(EN, link), readPortfolioFile(EN, file)]) {
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

describe('readSaved and saveMerged', () => {
  /** Any time a stored entry may carry, out of the Date range and not numbers included. */
  const times = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constant(1e20),
    fc.constant(-8.64e15 - 1),
    fc.jsonValue(),
  );
  /** Stored entries of every shape the site wrote and odd ones: version 0, version 1, damaged, anything. */
  const stored = fc.oneof(
    fc.string(),
    fc.json(),
    fc
      .record({
        model: fc.oneof(fc.constant('integrate'), fc.jsonValue()),
        region: fc.oneof(fc.constant('na'), fc.jsonValue()),
        rules: fc.oneof(fc.string(), fc.jsonValue()),
        answers: fc.oneof(answers, fc.dictionary(ids, fc.oneof(fc.string(), fc.constant('40,000')))),
        t: times,
      })
      .map((v0) => JSON.stringify(v0)),
    fc
      .record({
        v: fc.oneof(fc.constant(1), fc.jsonValue()),
        slug: fc.constantFrom('sample', 'other'),
        rulesVersion: fc.oneof(fc.string(), fc.jsonValue()),
        context: fc.oneof(fc.constant({ model: 'integrate', region: 'na' }), fc.jsonValue()),
        answers,
        verdicts: fc.jsonValue(),
        savedAt: fc.oneof(fc.string(), times),
        changed: fc.oneof(fc.dictionary(fc.oneof(ids, planted), times), fc.jsonValue()),
      })
      .map((v1) => JSON.stringify(v1)),
  );
  const competency = { slug: 'sample', rulesVersion: 'r', parse: parseAnswers, fit: (a: Answers) => a };

  test('read any stored text without throwing, and either save over it or leave it as it was', () => {
    fc.assert(
      fc.property(stored, answers, (text, typed) => {
        const store = memoryStorage();
        store.setItem(storageKey('sample'), text);

        const read = readSaved(store, 'sample', parseAnswers);
        const draft = {
          answers: checkAnswers(typed, rules)?.answers ?? {},
          context: { model: 'integrate', region: 'na' },
        };
        const saved = saveMerged(store, competency, null, draft);

        if (read.status === 'ok') expect(parseAnswers(read.envelope.answers).ok).toBe(true);
        if (read.status === 'invalid') {
          expect(saved.ok).toBe(false);
          expect(store.getItem(storageKey('sample'))).toBe(text);
        } else expect(readSaved(store, 'sample', parseAnswers).status).toBe('ok');
      }),
      RUNS,
    );
  });
});
