import { describe, expect, test } from 'vitest';
import {
  creditFloor,
  describeAnswer,
  describeChange,
  describeShortfall,
  describeThreshold,
  figureFieldOf,
  figureOf,
  KINDS,
  kindRank,
  kindTitle,
  mayWaive,
  sameMeasure,
  scaleOf,
  targetOf,
  unitOf,
  type KindTable,
} from '../../src/domain/kinds.ts';
import type { Requirement, RequirementKind } from '../../src/schemas/requirement.ts';
import { REQUIREMENT_KINDS, WAIVABLE_KINDS } from '../../src/schemas/requirement-kinds.ts';
import { kinds, singleRequirement } from '../helpers/fixtures.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

/** One parsed requirement of each kind, from the shared fixtures. */
const sample = Object.fromEntries(
  Object.entries(kinds).map(([kind, raw]) => [kind, singleRequirement(raw).requirement]),
) as Record<RequirementKind, Requirement>;

describe('KINDS', () => {
  test('has one entry for every kind the matrix lists, and no other', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...REQUIREMENT_KINDS].sort());
  });

  test('rejects, at type level, a table that leaves a kind out or names a wrong figure', () => {
    // @ts-expect-error a table without every kind is not a KindTable
    const incomplete: KindTable = { status: KINDS.status, training: KINDS.training };
    const wrongFigure: KindTable = {
      ...KINDS,
      // @ts-expect-error "amount" is not a number field of an exam requirement
      exam: { ...KINDS.exam, figure: 'amount' },
    };

    expect(Object.keys(incomplete)).toHaveLength(2);
    expect(wrongFigure.exam).toBeDefined();
  });

  test('returns the kind list and the table in agreement at type level', () => {
    const everyKind: readonly RequirementKind[] = REQUIREMENT_KINDS;
    // @ts-expect-error a kind outside the schema's union is no RequirementKind
    const unknownKind: RequirementKind = 'demos-that-do-not-exist';

    expect(everyKind).toHaveLength(Object.keys(KINDS).length);
    expect(unknownKind).toBe('demos-that-do-not-exist');
  });
});

describe('kindRank and kindTitle', () => {
  test('returns matrix row order and the plain names of the kinds', () => {
    const ordered = [...REQUIREMENT_KINDS].sort((a, b) => kindRank(a) - kindRank(b));

    expect(ordered.map((k) => kindTitle(k, EN))).toEqual([
      'Program status',
      'Training',
      'Exam',
      'Revenue',
      'Growth',
      'References',
      'Satisfaction',
    ]);
  });
});

describe('mayWaive', () => {
  test('returns true for every kind but a held status', () => {
    expect(REQUIREMENT_KINDS.filter(mayWaive)).toEqual(
      REQUIREMENT_KINDS.filter((k) => (WAIVABLE_KINDS as readonly string[]).includes(k)),
    );
    expect(mayWaive('status')).toBe(false);
    expect(mayWaive('revenue')).toBe(true);
  });
});

describe('targets, figures, units and scales', () => {
  test('returns what each kind is measured by', () => {
    const facts = REQUIREMENT_KINDS.map((kind) => {
      const req = sample[kind];
      return [kind, targetOf(req), figureFieldOf(req), unitOf(req, EN), creditFloor(req), scaleOf(req)];
    });

    expect(facts).toMatchInlineSnapshot(`
      [
        [
          "status",
          true,
          undefined,
          "",
          0,
          null,
        ],
        [
          "training",
          true,
          undefined,
          "",
          0,
          null,
        ],
        [
          "exam",
          3,
          "people",
          "people",
          0,
          null,
        ],
        [
          "revenue",
          200000,
          "amount",
          "USD",
          0,
          null,
        ],
        [
          "growth",
          10,
          "percent",
          "%",
          0,
          null,
        ],
        [
          "references",
          3,
          "count",
          "references",
          0,
          null,
        ],
        [
          "satisfaction",
          4,
          "threshold",
          "score, 1–5 scale",
          1,
          {
            "max": 5,
            "min": 1,
          },
        ],
      ]
    `);
  });

  test('returns the figure as the field the table names', () => {
    for (const kind of REQUIREMENT_KINDS) {
      const req = sample[kind];
      const field = figureFieldOf(req);

      expect(figureOf(req), kind).toBe(
        field === undefined ? undefined : (req as Record<string, unknown>)[field],
      );
    }
  });
});

describe('sameMeasure', () => {
  test('returns false when currency, period or scale differ, or the kinds do', () => {
    const revenue = sample.revenue;
    const growth = sample.growth;
    const satisfaction = sample.satisfaction;

    expect(sameMeasure(revenue, { ...revenue, amount: 1 } as Requirement)).toBe(true);
    expect(sameMeasure(revenue, { ...revenue, currency: 'EUR' } as Requirement)).toBe(false);
    expect(sameMeasure(revenue, { ...revenue, periodMonths: 6 } as Requirement)).toBe(false);
    expect(sameMeasure(growth, { ...growth, periodMonths: 6 } as Requirement)).toBe(false);
    expect(
      sameMeasure(satisfaction, { ...satisfaction, scale: { min: 0, max: 10, name: 'X' } } as Requirement),
    ).toBe(false);
    expect(sameMeasure(sample.exam, { ...sample.exam, exam: 'Other' } as Requirement)).toBe(true);
    expect(sameMeasure(sample.references, sample.exam)).toBe(false);
  });
});

describe('wording', () => {
  test('returns the threshold, answers and shortfall of each kind in words', () => {
    const words = REQUIREMENT_KINDS.map((kind) => {
      const req = sample[kind];
      const numeric = typeof targetOf(req) === 'number';
      return {
        kind,
        threshold: describeThreshold(req, EN),
        answered: numeric ? describeAnswer(req, 1, EN) : describeAnswer(req, true, EN),
        declined: numeric ? describeAnswer(req, 0, EN) : describeAnswer(req, false, EN),
        short: describeShortfall(req, 0.301, EN),
      };
    });

    expect(words).toMatchInlineSnapshot(`
      [
        {
          "answered": "held",
          "declined": "not held",
          "kind": "status",
          "short": "Hold Master Specialist status",
          "threshold": "Hold Master Specialist status",
        },
        {
          "answered": "done",
          "declined": "not done",
          "kind": "training",
          "short": "Complete Course A and Course B",
          "threshold": "Complete Course A and Course B",
        },
        {
          "answered": "1 person passed",
          "declined": "0 people passed",
          "kind": "exam",
          "short": "1 more person to pass Tech Specialist",
          "threshold": "3 people pass Tech Specialist",
        },
        {
          "answered": "USD 1",
          "declined": "USD 0",
          "kind": "revenue",
          "short": "USD 0.31 more revenue in the trailing 12 months",
          "threshold": "USD 200,000 in the trailing 12 months",
        },
        {
          "answered": "1%",
          "declined": "0%",
          "kind": "growth",
          "short": "0.31 percentage points more growth",
          "threshold": "10% growth over the trailing 12 months",
        },
        {
          "answered": "1 customer reference",
          "declined": "0 customer references",
          "kind": "references",
          "short": "1 more customer reference",
          "threshold": "3 customer references",
        },
        {
          "answered": "1 on the 1–5 scale",
          "declined": "0 on the 1–5 scale",
          "kind": "satisfaction",
          "short": "0.31 more points of customer satisfaction",
          "threshold": "4 or more on a 1–5 scale (Customer survey)",
        },
      ]
    `);
  });

  test('returns "not answered" for no answer and plain words for an answer of the other type', () => {
    expect(describeAnswer(sample.revenue, null, EN)).toBe('not answered');
    expect(describeAnswer(sample.revenue, true, EN)).toBe('done');
    expect(describeAnswer(sample.training, 2, EN)).toBe('2');
  });
});

describe('describeChange', () => {
  const req = <T extends Requirement>(r: T): T => r;
  const base = { id: 'x', label: 'X', evidence: 'Proof', help: 'Help', weight: 1, illustrative: false };

  test('returns only the figure that changed for numeric kinds', () => {
    const exam = req({ ...base, kind: 'exam', exam: 'Tech', people: 1 });
    const refs = req({ ...base, kind: 'references', count: 1 });
    const growth = req({ ...base, kind: 'growth', percent: 10, periodMonths: 12 });
    const sat = req({
      ...base,
      kind: 'satisfaction',
      threshold: 8,
      scale: { min: 0, max: 10, name: 'Survey' },
    });
    const status = req({ ...base, kind: 'status', status: 'Gold' });

    expect(describeChange(exam, { ...exam, people: 3 }, EN)).toBe('3 people instead of 1 to pass Tech');
    expect(describeChange(refs, { ...refs, count: 2 }, EN)).toBe('2 customer references instead of 1');
    expect(describeChange(growth, { ...growth, percent: 15 }, EN)).toBe(
      '15% instead of 10% growth over the trailing 12 months',
    );
    expect(describeChange(sat, { ...sat, threshold: 9 }, EN)).toBe('9 or more instead of 8 (Survey)');
    expect(describeChange(sat, { ...sat, scale: { ...sat.scale, name: 'Poll' } }, EN)).toBe(
      'measured by the Poll instead of the Survey',
    );
    expect(describeChange(status, { ...status, status: 'Platinum' }, EN)).toBe(
      'Hold Platinum status instead of Hold Gold status',
    );
  });

  test('returns both whole thresholds when more than the figure differs', () => {
    const revenue = req({ ...base, kind: 'revenue', amount: 1000, currency: 'USD', periodMonths: 12 });
    const exam = req({ ...base, kind: 'exam', exam: 'Tech', people: 1 });

    expect(describeChange(revenue, { ...revenue, currency: 'EUR' }, EN)).toBe(
      'EUR 1,000 in the trailing 12 months instead of USD 1,000 in the trailing 12 months',
    );
    expect(describeChange(exam, { ...exam, exam: 'Other' }, EN)).toBe(
      '1 person passes Other instead of 1 person passes Tech',
    );
  });

  test('returns the courses added and dropped for training', () => {
    const training = req({ ...base, kind: 'training', courses: ['A', 'B'] });

    expect(describeChange(training, { ...training, courses: ['A', 'C', 'D'] }, EN)).toBe(
      'also C and D; no longer B',
    );
  });
});
