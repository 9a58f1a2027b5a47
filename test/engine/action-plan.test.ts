import { beforeAll, describe, expect, test } from 'vitest';
import {
  announcedPlan,
  fullPlan,
  moneylessPlan,
  actionPlanHeadings,
  ACTION_PLAN_VERSION,
  actionPlan,
  actionPlanCsv,
  evidenceFor,
  plannedCompetencies,
  portfolioPlan,
  type PlanMeta,
} from '../../src/engine/action-plan.ts';
import { assess } from '../../src/engine/assess.ts';
import { emptyRecord, type PartnerRecord } from '../../src/schemas/record.ts';
import { enteredBy, figuresOn, mergeAnswers } from '../../src/engine/record-figures.ts';
import type { OfferedAssessment } from '../../src/engine/types.ts';
import { toRules, type CompetencyRules } from '../../src/domain/rules.ts';
import { CompetencySchema } from '../../src/schemas/competency.ts';
import type { ExplorerLabels } from '../../src/domain/labels.ts';
import { loadExplorerLabels, loadRules } from '../helpers/content.ts';
import { makeRules } from '../helpers/fixtures.ts';
import { makeAnnounced } from '../helpers/announced.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

const rules = toRules({
  id: 'example',
  data: CompetencySchema.parse({
    title: 'Example',
    summary: 'A competency used as a test fixture for the action plan.',
    group: 'security',
    kind: 'competency',
    order: 1,
    businessModels: ['integrate'],
    regions: [{ id: 'na' }],
    requirements: {
      principal: {
        integrate: [
          {
            kind: 'revenue',
            id: 'revenue',
            label: 'Revenue',
            amount: 100,
            currency: 'USD',
            periodMonths: 12,
            evidence: 'Booked orders',
            help: '=HYPERLINK("http://example.com") is not a formula here',
          },
        ],
      },
      expert: {
        integrate: [
          {
            kind: 'references',
            id: 'references',
            label: 'References, named',
            count: 3,
            evidence: 'Letters',
            help: 'Ask early.',
            provenance: { threshold: 'illustrative', evidence: 'source' },
          },
          {
            kind: 'training',
            id: 'training',
            label: 'Training',
            courses: ['Course A'],
            evidence: 'Records',
            help: 'Two hours.',
            provenance: { threshold: 'source', evidence: 'source' },
          },
        ],
      },
    },
    version: '1.0',
    effective: '2026-01-15',
    history: [{ version: '1.0', date: '2026-01-15', summary: 'First rules.' }],
  }),
});

function scored(answers: Record<string, number | boolean>): OfferedAssessment {
  const result = assess(rules, { businessModel: 'integrate', region: 'na' }, answers, EN);
  if (result.status !== 'assessed') throw new Error('expected the fixture to be offered');
  return result;
}

const meta: PlanMeta = {
  t: EN,
  exportDate: '2026-12-06',
  models: [{ id: 'integrate', title: 'Integrate' }],
  regions: [{ id: 'na', title: 'North America' }],
};

/**
 * The headings of every earlier version of the column set. A reader tells versions apart by the heading
 * row, so each version's must differ from every other's; add the old headings here when raising the version.
 */
const PAST_HEADINGS: Record<number, readonly string[]> = {
  1: ['Level', 'Requirement', 'Status', 'Gap', 'Evidence', 'Help', 'Illustrative'],
  2: [
    'Competency',
    'Level',
    'Business model',
    'Region',
    'Rules version',
    'Export date',
    'Requirement',
    'Status',
    'Your figure',
    'Threshold',
    'Unit',
    'Gap',
    'What is missing',
    'Evidence',
    'Help',
    'Owner',
    'Due date',
    'Illustrative',
  ],
  3: [
    'Competency',
    'Level',
    'Business model',
    'Region',
    'Rules version',
    'Rules',
    'Export date',
    'Requirement',
    'Status',
    'Your figure',
    'Threshold',
    'Unit',
    'Gap',
    'What is missing',
    'Evidence',
    'Help',
    'Owner',
    'Due date',
    'Illustrative',
  ],
  4: [
    'Competency',
    'Level',
    'Business model',
    'Region',
    'Rules version',
    'Rules',
    'Export date',
    'Requirement',
    'Status',
    'Your figure',
    'Threshold',
    'Unit',
    'Gap',
    'What is missing',
    'Evidence',
    'Help',
    'Owner',
    'Evidence status',
    'Due date',
    'Illustrative',
  ],
};

describe('actionPlanHeadings', () => {
  test('returns the documented column set of its version (change both together)', () => {
    expect({ version: ACTION_PLAN_VERSION, headings: actionPlanHeadings(EN) }).toMatchInlineSnapshot(`
      {
        "headings": [
          "Competency",
          "Level",
          "Business model",
          "Region",
          "Rules version",
          "Rules",
          "Export date",
          "Requirement",
          "Status",
          "Your figure",
          "Entered by",
          "Threshold",
          "Unit",
          "Gap",
          "What is missing",
          "Evidence",
          "Help",
          "Owner",
          "Evidence status",
          "Due date",
          "Illustrative",
        ],
        "version": 5,
      }
    `);
  });

  test('returns headings unlike those of every earlier version, and a version past theirs', () => {
    const past = Object.entries(PAST_HEADINGS);

    expect(past.map(([v]) => Number(v) < ACTION_PLAN_VERSION)).not.toContain(false);
    expect(past.filter(([, h]) => h.join() === actionPlanHeadings(EN).join())).toEqual([]);
    expect(Object.keys(PAST_HEADINGS).map(Number)).toEqual(
      Array.from({ length: ACTION_PLAN_VERSION - 1 }, (_, i) => i + 1),
    );
  });
});

describe('actionPlan', () => {
  test('returns the unmet, partial and unanswered requirements of the next level, in content order', () => {
    const plan = actionPlan(scored({ revenue: 150, references: 1 }), rules, meta);

    expect(plan.map((r) => [r.level, r.requirement, r.status])).toEqual([
      ['Expert', 'References, named', 'partly met (33%)'],
      ['Expert', 'Training', 'not answered yet'],
    ]);
  });

  test('returns a row that names its competency and context, with figures as numbers', () => {
    const [row] = actionPlan(scored({ revenue: 150, references: 1 }), rules, meta);

    expect(row).toMatchInlineSnapshot(`
      {
        "businessModel": "Integrate",
        "competency": "Example",
        "due": "",
        "enteredBy": "",
        "evidence": "Letters",
        "evidenceStatus": null,
        "exportDate": "2026-12-06",
        "figure": 1,
        "gap": 2,
        "help": "Ask early.",
        "illustrative": [
          "rulesVersion",
          "status",
          "threshold",
          "unit",
          "gap",
          "missing",
        ],
        "level": "Expert",
        "missing": "2 more customer references",
        "owner": "",
        "region": "North America",
        "requirement": "References, named",
        "rules": "current",
        "rulesVersion": "1.0 (effective 2026-01-15)",
        "slug": "example",
        "status": "partly met (33%)",
        "threshold": 3,
        "unit": "references",
      }
    `);
  });

  test('returns done / not done as 1 / 0, with no figure or gap while unanswered', () => {
    const unanswered = actionPlan(scored({ revenue: 150 }), rules, meta);
    const notDone = actionPlan(scored({ revenue: 150, training: false }), rules, meta);

    const training = (plan: typeof unanswered) => plan.find((r) => r.requirement === 'Training');
    expect(training(unanswered)).toMatchObject({ figure: null, threshold: 1, gap: null });
    expect(training(notDone)).toMatchObject({
      figure: 0,
      threshold: 1,
      unit: '1 = done, 0 = not done',
      gap: 1,
      status: 'not met',
    });
  });

  test('returns the gap rounded up as its words round it', () => {
    const [revenue] = actionPlan(scored({ revenue: 99.991 }), rules, meta);

    expect(revenue).toMatchObject({
      figure: 99.991,
      gap: 0.01,
      missing: 'USD 0.01 more revenue in the trailing 12 months',
    });
  });

  test('returns the Principal gaps while Principal is not met', () => {
    const plan = actionPlan(scored({ revenue: 0 }), rules, meta);

    expect(plan.map((r) => [r.level, r.requirement, r.status, r.figure, r.threshold, r.unit, r.gap])).toEqual(
      [['Principal', 'Revenue', 'not met', 0, 100, 'USD', 100]],
    );
  });

  test('returns, per row, the fields that hold example values', () => {
    const expert = actionPlan(scored({ revenue: 150 }), rules, meta);
    const principal = actionPlan(scored({ revenue: 0 }), rules, meta);

    expect(expert.map((r) => [r.requirement, r.illustrative])).toEqual([
      ['References, named', ['rulesVersion', 'threshold', 'unit', 'gap', 'missing']],
      ['Training', ['rulesVersion']],
    ]);
    // No provenance given: every value counts as an example.
    expect(principal[0]?.illustrative).toEqual([
      'rulesVersion',
      'status',
      'threshold',
      'unit',
      'gap',
      'missing',
      'evidence',
      'help',
    ]);
  });

  test('returns the rules version unnamed among the examples once the content says it is published', () => {
    const published = { ...rules, provenance: { version: 'source' as const } };

    const [row] = actionPlan(scored({}), published, meta);

    expect(row?.illustrative).not.toContain('rulesVersion');
  });

  test('returns ids where the titles given do not name the context', () => {
    const [row] = actionPlan(scored({}), rules, { t: EN, exportDate: '2026-12-06', models: [], regions: [] });

    expect([row?.businessModel, row?.region]).toEqual(['integrate', 'na']);
  });

  test('returns no rows once the highest level is achieved', () => {
    expect(actionPlan(scored({ revenue: 100, references: 3, training: true }), rules, meta)).toEqual([]);
  });
});

describe('actionPlanCsv', () => {
  test('returns a byte order mark, the heading row and quoted, formula-guarded cells', () => {
    const csv = actionPlanCsv(EN, actionPlan(scored({}), rules, meta));

    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(actionPlanHeadings(EN).join(','));
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"") is not a formula here"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('returns one line per row, numbers plain, Owner, Evidence status and Due date empty without a record, examples named by heading', () => {
    const csv = actionPlanCsv(EN, actionPlan(scored({ revenue: 150, references: 1 }), rules, meta));

    expect(csv.slice(1).split('\r\n').slice(1, 2)).toMatchInlineSnapshot(`
      [
        "Example,Expert,Integrate,North America,1.0 (effective 2026-01-15),current,2026-12-06,"References, named",partly met (33%),1,,3,references,2,2 more customer references,Letters,Ask early.,,,,"Rules version, Status, Threshold, Unit, Gap, What is missing"",
      ]
    `);
  });
});

describe("the record's evidence in the plan", () => {
  const record: PartnerRecord = {
    ...emptyRecord(),
    people: { p1: { label: 'AK' }, p2: { label: 'BM' } },
    evidence: {
      // Two entries for one requirement: the first by id counts.
      e2: { competency: 'example', requirement: 'references', owner: 'p2', status: 'todo' },
      e1: {
        competency: 'example',
        requirement: 'references',
        owner: 'p1',
        status: 'doing',
        due: '2027-03-01',
      },
      e3: { competency: 'other', requirement: 'training', owner: 'p2', status: 'ready', due: '2027-01-01' },
      // An owner the record does not have leaves the cell empty.
      e4: { competency: 'example', requirement: 'training', owner: 'gone', status: 'ready' },
    },
  };

  test("returns each row with the owner, status and due day of its requirement's evidence", () => {
    const plan = actionPlan(scored({ revenue: 150, references: 1 }), rules, { ...meta, record });

    expect(plan.map((r) => [r.requirement, r.owner, r.evidenceStatus, r.due])).toEqual([
      ['References, named', 'AK', 'doing', '2027-03-01'],
      ['Training', '', 'ready', ''],
    ]);
  });

  test('writes them in the Owner, Evidence status and Due date columns, the status in words', () => {
    const csv = actionPlanCsv(
      EN,
      actionPlan(scored({ revenue: 150, references: 1 }), rules, { ...meta, record }),
    );
    const [head = '', first = ''] = csv.slice(1).split('\r\n');

    expect(first).toContain(',AK,in progress,2027-03-01,');
    expect(head).toContain('Owner,Evidence status,Due date');
  });

  test('finds no evidence without a record, or for another requirement', () => {
    expect(evidenceFor(null, 'example', 'references')).toBeNull();
    expect(evidenceFor(record, 'example', 'revenue')).toBeNull();
    expect(evidenceFor(record, 'example', 'references')?.owner).toBe('p1');
  });
});

describe('who entered a figure from the record', () => {
  const DANA = { name: 'Dana (Finance)', at: '2026-11-30T09:00:00.000Z' };
  const LEE = { name: 'Lee', at: '2026-12-01T09:00:00.000Z' };
  const record: PartnerRecord = {
    ...emptyRecord(),
    bookings: {
      b1: { competency: 'example', quarter: '2026-Q1', amount: 10 },
      b2: { competency: 'example', quarter: '2026-Q2', amount: 20, by: DANA },
      // Dana again, from a later reply: named once.
      b3: { competency: 'example', quarter: '2026-Q3', amount: 30, by: { ...DANA, at: LEE.at } },
    },
    references: {
      r1: { competency: 'example', customer: 'A', date: '2026-03-01', by: DANA },
      r2: { competency: 'example', customer: 'B', date: '2026-04-01', by: LEE },
    },
  };
  const counted = { competencies: {}, people: {}, over: {} };
  const planFor = (typed: Record<string, number | boolean>, withheld = false) => {
    const given = mergeAnswers(figuresOn(record, rules, 'integrate', '2026-12-07', counted), typed);
    const planMeta = { ...meta, record, enteredBy: { example: enteredBy(record, given) } };
    const assessment = scored(given.answers);
    return withheld
      ? moneylessPlan(assessment, rules, planMeta, given.answers)
      : actionPlan(assessment, rules, planMeta);
  };

  test('names the colleagues behind a figure from the record, each once; no one for a typed figure', () => {
    const rows = (typed: Record<string, number>) =>
      planFor(typed).map((r) => [r.requirement, r.figure, r.enteredBy]);

    expect(rows({})).toEqual([['Revenue', 60, 'Dana (Finance)']]);
    expect(rows({ revenue: 50 })).toEqual([['Revenue', 50, '']]);
    expect(rows({ revenue: 150 })).toEqual([
      ['References, named', 2, 'Dana (Finance), Lee'],
      // Worked out from the record, which holds no pass: no entry, no one.
      ['Training', 0, ''],
    ]);
  });

  test('writes the names in the Entered by column, beside Your figure', () => {
    const [head = '', first = ''] = actionPlanCsv(EN, planFor({})).slice(1).split('\r\n');

    expect(head).toContain('Your figure,Entered by,Threshold');
    expect(first).toContain(',60,Dana (Finance),100,');
  });

  test('names no one for a figure left out of the file', () => {
    expect(planFor({}, true).map((r) => [r.requirement, r.figure, r.enteredBy])).toEqual([
      ['Revenue', null, ''],
    ]);
  });
});

describe('portfolioPlan', () => {
  let all: CompetencyRules[];
  let labels: ExplorerLabels;
  beforeAll(async () => {
    all = await loadRules();
    labels = await loadExplorerLabels();
  });
  const plan = (
    chosen: string[],
    answers: Record<string, Record<string, number | boolean>>,
    own: Record<string, { businessModel: 'integrate' | 'resell'; region: string }> = {},
  ) =>
    portfolioPlan(all, { businessModel: 'integrate', region: 'na' }, new Set(chosen), answers, own, {
      t: EN,
      exportDate: '2026-12-06',
      models: labels.models,
      regions: labels.regions,
    });

  test('returns the rows of every chosen competency with answers, each scored for its own context', () => {
    const rows = plan(
      ['archiving', 'data-security'],
      {
        archiving: { revenue: 60000 },
        'data-security': { references: 1 },
        'endpoint-security': { references: 1 },
      },
      { 'data-security': { businessModel: 'resell', region: 'emea' } },
    );

    const by = Object.groupBy(rows, (r) => r.slug);
    expect(Object.keys(by)).toEqual(['archiving', 'data-security']);
    expect(new Set(by['archiving']?.map((r) => `${r.businessModel} / ${r.region}`))).toEqual(
      new Set(['Integrate / North America']),
    );
    expect(new Set(by['data-security']?.map((r) => `${r.businessModel} / ${r.region}`))).toEqual(
      new Set(['Resell / Europe, Middle East and Africa']),
    );
  });

  test("returns the interim designation's rows once it has answers, chosen or not", () => {
    const rows = plan([], { 'services-expert': { references: 1 } });

    expect(new Set(rows.map((r) => r.competency))).toEqual(new Set(['Services Expert']));
  });

  test('returns no rows for competencies without answers, not offered, or at their highest level', () => {
    const expert = {
      'sales-training': true,
      'technical-exam': 3,
      revenue: 250000,
      growth: 12,
      references: 3,
      satisfaction: 9,
    };

    expect(plan(['archiving'], { archiving: {} })).toEqual([]);
    expect(plannedCompetencies(all, new Set(['archiving']), {})).toEqual([]);
    expect(
      plan(
        [],
        { 'services-expert': { references: 1 } },
        { 'services-expert': { businessModel: 'resell', region: 'na' } },
      ),
    ).toEqual([]);
    expect(plan(['archiving'], { archiving: expert })).toEqual([]);
  });
});

describe('announcedPlan', () => {
  const meta2 = { t: EN, exportDate: '2026-12-06', models: [], regions: [] };

  test('adds the rows under the announced rules after the current ones, marked in the Rules column', () => {
    const rules = makeAnnounced();
    const answers = { 'sales-training': true, references: 3, 'technical-exam': 3 };
    const own = assess(rules, { businessModel: 'integrate', region: 'na' }, answers, EN);
    if (own.status !== 'assessed') throw new Error('not offered');

    const rows = fullPlan(own, rules, meta2);

    expect(actionPlan(own, rules, meta2)).toEqual([]);
    expect(rows.map((r) => [r.rules, r.rulesVersion, r.level, r.requirement, r.missing])).toEqual([
      [
        'announced',
        '1.1 (effective 2027-07-01)',
        'Expert',
        'Customer references',
        '1 more customer reference',
      ],
      [
        'announced',
        '1.1 (effective 2027-07-01)',
        'Expert',
        'Year-over-year growth',
        'Not answered yet; needed: 10% growth over the trailing 12 months',
      ],
    ]);
    expect(rows[0]?.illustrative).toContain('rulesVersion');
    expect(actionPlanCsv(EN, rows)).toContain(',1.1 (effective 2027-07-01),announced,');
  });

  test('adds nothing for rules without an announcement, or where the announced rules leave nothing to do', () => {
    const plain = assess(makeRules(), { businessModel: 'integrate', region: 'na' }, {}, EN);
    const done = assess(
      makeAnnounced(),
      { businessModel: 'resell', region: 'na' },
      {
        references: 1,
        revenue: 300000,
        growth: 20,
      },
      EN,
    );
    if (plain.status !== 'assessed' || done.status !== 'assessed') throw new Error('not offered');

    expect(announcedPlan(plain, makeRules(), meta2)).toEqual([]);
    expect(
      announcedPlan(done, makeAnnounced(), meta2, { references: 1, revenue: 300000, growth: 20 }),
    ).toEqual([]);
    expect(fullPlan(done, makeAnnounced(), meta2, { references: 1, revenue: 300000, growth: 20 })).toEqual(
      [],
    );
    expect(announcedPlan(done, makeAnnounced(), meta2).map((r) => r.requirement)).toEqual([
      'Customer references',
    ]);
  });
});
