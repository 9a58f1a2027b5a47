/**
 * The action plan: what is still missing for the next level, with the evidence each item needs, one row per
 * requirement not met. The widget's CSV export, the portfolio's combined plan and the printed report all
 * come from these rows.
 *
 * CSV column set, version 5 (ACTION_PLAN_VERSION; actionPlanHeadings in this order, in English). Every row stands
 * alone: it names its competency and context, so rows of several competencies can share one file. A
 * competency with announced rules has the rows of its current rules, then those of the announced ones
 * (announcedPlan), each marked in the Rules column.
 *   Competency     the competency's title, e.g. "Archiving"
 *   Level          the level the requirement belongs to: the next level to reach, e.g. "Expert"
 *   Business model the business model the competency was scored for, e.g. "Integrate"
 *   Region         the region it was scored for, e.g. "Europe, Middle East and Africa"
 *   Rules version  the rules' version and the day they took effect, e.g. "1.0 (effective 2026-01-15)"
 *   Rules          "current" for the rules in effect, "announced" for rules that take effect later (their
 *                  version and day in Rules version), in the file's language
 *   Export date    the day the file was made, YYYY-MM-DD
 *   Requirement    the requirement's label
 *   Status         the verdict in words, e.g. "partly met (33%)"; in a plan without money figures
 *                  (moneylessPlan), a money requirement's as the partner scored it, e.g. "Not met, as the
 *                  sender scored it"
 *   Your figure    the partner's answer as a number (1 = yes, 0 = no for a done / held requirement); empty
 *                  when not answered
 *   Entered by     who entered Your figure when it comes from the partner record: the names the colleagues gave
 *                  whose replies to a request brought the record's entries behind it (src/schemas/record.ts,
 *                  `by`), each once, comma-separated, e.g. "Dana (Finance)"; empty when the figure was typed,
 *                  not answered, or the entries behind it were entered on the record page
 *   Threshold      what the requirement asks, as a number (1 for a done / held requirement)
 *   Unit           what both figures count, e.g. "USD", "%", "references", "1 = done, 0 = not done"
 *   Gap            threshold minus figure as a number, rounded up as "What is missing" rounds it; empty when
 *                  not answered
 *   What is missing the gap in words, e.g. "2 more customer references"
 *   Evidence       what the partner must be able to show
 *   Help           the guidance shown next to the field
 *   Owner          the person in charge of the requirement's evidence, by their label in the partner record
 *                  (src/schemas/record.ts, its evidence for the competency and requirement); empty without
 *   Evidence status where that evidence stands, in words: "to do", "in progress", "ready"; empty without
 *   Due date       the day the evidence is due, YYYY-MM-DD; empty without
 *   Illustrative   the headings of the row's columns that hold example values rather than published ones,
 *                  as the heading row writes them, comma-separated; empty when none do. A CSV cell cannot
 *                  carry the site's mark.
 * Headings and words are in the language the file is made in (the page's); numbers are written as JavaScript writes them (a point before decimals, no grouping), whatever the
 * browser's language, so every spreadsheet reads them as numbers; dates as YYYY-MM-DD. The file starts with
 * a UTF-8 byte order mark (spreadsheets otherwise guess another encoding), lines end with CRLF, and text
 * that a spreadsheet would run as a formula is quoted with an apostrophe (src/util/csv.ts).
 *
 * Changing the columns: raise ACTION_PLAN_VERSION, keep the headings of each version distinct (a reader
 * tells versions apart by the heading row) and add the old headings to PAST_HEADINGS in
 * test/engine/action-plan.test.ts. Version 1 had Level, Requirement, Status, Gap (in words), Evidence, Help,
 * Illustrative; version 2 the columns of version 3 without Rules; version 3 the columns of version 4
 * without Evidence status, with Owner and Due date always empty; version 4 the columns above without Entered by.
 */
import type {
  AssessmentContext,
  CompetencyAssessment,
  OfferedAssessment,
  RequirementResult,
} from './types.ts';
import { withholdMoney } from './withheld.ts';
import { describeVerdict, titleOf } from '../domain/wording.ts';
import { describeAnswer, shortfallFigure, unitOf } from '../domain/kinds.ts';
import { competencyFactIllustrative } from '../domain/provenance.ts';
import { titleIn, type Named } from '../domain/labels.ts';
import { isSolutionArea } from '../domain/designation.ts';
import { appliedRequirements, type AppliedRequirement, type CompetencyRules } from '../domain/rules.ts';
import type { Answers } from '../schemas/answers.ts';
import type { EvidenceStatus, PartnerRecord, RecordEvidence, RecordSource } from '../schemas/record.ts';
import { toCsv } from '../util/csv.ts';
import { announcedOf, givenAnswers } from './announced.ts';
import { assess } from './assess.ts';
import { portfolioAssessments, type OwnContexts, type PortfolioWithheld } from './portfolio.ts';
import type { Translate } from '../text/translate.ts';

/** The version of the CSV column set; raised whenever the columns (actionPlanHeadings in English) change. */
export const ACTION_PLAN_VERSION = 5;

/** One item of the plan: plain data, numbers as numbers. */
export interface ActionPlanRow {
  /** Competency title, e.g. "Archiving". */
  competency: string;
  /** Competency slug, e.g. "archiving". */
  slug: string;
  /** Level title, e.g. "Expert". */
  level: string;
  /** Business model title, e.g. "Integrate". */
  businessModel: string;
  /** Region title, e.g. "Europe, Middle East and Africa". */
  region: string;
  /** Rules version and the day it took effect, e.g. "1.0 (effective 2026-01-15)". */
  rulesVersion: string;
  /** Whether the row is under the rules in effect or under rules announced for a later day. */
  rules: 'current' | 'announced';
  /** The day of the export, YYYY-MM-DD. */
  exportDate: string;
  /** Requirement label. */
  requirement: string;
  /** The state in words, e.g. "partly met (60%)". */
  status: string;
  /** The partner's answer as a number (1 or 0 for done / not done), or null when not answered. */
  figure: number | null;
  /** Who entered the figure, when it comes from the partner record: the colleagues' names, comma-separated; '' without. */
  enteredBy: string;
  /** The requirement's target as a number (1 for done / held). */
  threshold: number;
  /** What figure and threshold count, e.g. "USD" or "1 = done, 0 = not done". */
  unit: string;
  /** Threshold minus figure, rounded up as `missing` rounds it; null when not answered. */
  gap: number | null;
  /** What is missing in words, e.g. "2 more customer references". */
  missing: string;
  /** What the partner must be able to show. */
  evidence: string;
  /** The guidance shown next to the field. */
  help: string;
  /** The label of the person in charge of the evidence, from the partner record; '' without. */
  owner: string;
  /** Where the evidence stands, from the partner record; null without. */
  evidenceStatus: EvidenceStatus | null;
  /** The day the evidence is due, YYYY-MM-DD, from the partner record; '' without. */
  due: string;
  /** The fields of this row that hold example values, in column order; [] when none do. */
  illustrative: IllustrativeField[];
}

/** The fields of a row that can hold an example value. */
export type IllustrativeField =
  'rulesVersion' | 'status' | 'threshold' | 'unit' | 'gap' | 'missing' | 'evidence' | 'help';

/** What every row says about where and when the plan was made: titles for the ids, the day, and its words. */
export interface PlanMeta {
  /** The words of the rows (status, unit, what is missing), in the page's language. */
  t: Translate;
  /** The day of the export, YYYY-MM-DD (the partner's own calendar day). */
  exportDate: string;
  /** Business model titles, e.g. the pickers' list; the id stands where one is missing. */
  models: readonly Named[];
  /** Region titles, as the pickers show them. */
  regions: readonly Named[];
  /** The partner record, whose evidence gives each row its owner, status and due day; none without. */
  record?: PartnerRecord | null | undefined;
  /**
   * Who entered the record's entries behind the figures the plan is scored with, by competency slug and
   * requirement id (enteredBy in record-figures.ts); none without.
   */
  enteredBy?: Readonly<Record<string, Readonly<Record<string, readonly RecordSource[]>>>> | undefined;
}

/**
 * One CSV column: its id, whose heading is `plan.column.<id>` in the site's dictionary, and the row field it
 * shows.
 */
interface Column {
  id: string;
  field: Exclude<keyof ActionPlanRow, 'slug'>;
}

/** The columns in order, each beside the field it shows. */
const COLUMNS = [
  { id: 'competency', field: 'competency' },
  { id: 'level', field: 'level' },
  { id: 'businessModel', field: 'businessModel' },
  { id: 'region', field: 'region' },
  { id: 'rulesVersion', field: 'rulesVersion' },
  { id: 'rules', field: 'rules' },
  { id: 'exportDate', field: 'exportDate' },
  { id: 'requirement', field: 'requirement' },
  { id: 'status', field: 'status' },
  { id: 'figure', field: 'figure' },
  { id: 'enteredBy', field: 'enteredBy' },
  { id: 'threshold', field: 'threshold' },
  { id: 'unit', field: 'unit' },
  { id: 'gap', field: 'gap' },
  { id: 'missing', field: 'missing' },
  { id: 'evidence', field: 'evidence' },
  { id: 'help', field: 'help' },
  { id: 'owner', field: 'owner' },
  { id: 'evidenceStatus', field: 'evidenceStatus' },
  { id: 'dueDate', field: 'due' },
  { id: 'illustrative', field: 'illustrative' },
] as const satisfies readonly Column[];

/** The column headings of the CSV in the language of `t`, in order (version ACTION_PLAN_VERSION). */
export const actionPlanHeadings = (t: Translate): string[] => COLUMNS.map((c) => t(`plan.column.${c.id}`));

/** The heading of a field's column, as the Illustrative column names it: as the heading row writes it. */
const headingOf = (t: Translate, field: IllustrativeField): string => t(`plan.column.${field}`);

/** The figure, threshold, unit and gap of a result as numbers: done / held count as 1, not done as 0. */
function figures(
  r: RequirementResult,
  req: AppliedRequirement,
  t: Translate,
): Pick<ActionPlanRow, 'figure' | 'threshold' | 'unit' | 'gap'> {
  if (r.threshold === true) {
    const figure = typeof r.answer === 'boolean' ? Number(r.answer) : null;
    const unit = t('plan.unit.yesNo', {
      yes: describeAnswer(req, true, t),
      no: describeAnswer(req, false, t),
    });
    return { figure, threshold: 1, unit, gap: figure === null ? null : 1 - figure };
  }
  const figure = typeof r.answer === 'number' ? r.answer : null;
  return {
    figure,
    threshold: r.threshold,
    unit: unitOf(req, t),
    gap: figure === null ? null : shortfallFigure(req, r.threshold - figure),
  };
}

/**
 * The partner record's evidence for one requirement of one competency: the first entry by id when there
 * are several; null without.
 */
export function evidenceFor(
  record: PartnerRecord | null | undefined,
  slug: string,
  requirement: string,
): RecordEvidence | null {
  if (!record) return null;
  const ids = Object.keys(record.evidence).sort();
  for (const id of ids) {
    const e = record.evidence[id];
    if (e?.competency === slug && e.requirement === requirement) return e;
  }
  return null;
}

/** A row's owner, status and due day from the partner record's evidence for its requirement. */
function evidenceCells(
  record: PartnerRecord | null | undefined,
  slug: string,
  requirement: string,
): Pick<ActionPlanRow, 'owner' | 'evidenceStatus' | 'due'> {
  const e = evidenceFor(record, slug, requirement);
  const owner = e?.owner === undefined ? undefined : record?.people[e.owner]?.label;
  return { owner: owner ?? '', evidenceStatus: e?.status ?? null, due: e?.due ?? '' };
}

/** The names of the colleagues who entered a requirement's figure, each once, in the file's words; '' without. */
const namesOf = (meta: PlanMeta, slug: string, requirement: string): string =>
  [...new Set((meta.enteredBy?.[slug]?.[requirement] ?? []).map((by) => by.name))].join(
    meta.t('list.separator'),
  );

/**
 * The requirements of the next level that are not met yet, in content order, each with the competency and
 * context it belongs to; [] once the highest level is achieved.
 */
export function actionPlan(
  assessment: OfferedAssessment,
  rules: CompetencyRules,
  meta: PlanMeta,
  which: ActionPlanRow['rules'] = 'current',
): ActionPlanRow[] {
  const next = assessment.next;
  if (next === null) return [];
  const level = assessment.levels.find((l) => l.level === next.level);
  const { businessModel, region } = assessment.context;
  const applied = new Map(appliedRequirements(rules, next.level, businessModel).map((r) => [r.id, r]));
  const versionIllustrative = competencyFactIllustrative(rules, 'version');
  return (level?.requirements ?? []).flatMap((r) => {
    const req = applied.get(r.id);
    if (r.status === 'met' || req === undefined) return [];
    const example: IllustrativeField[] = [
      ...(versionIllustrative ? (['rulesVersion'] as const) : []),
      // A verdict measured against an example threshold is an example too; "not answered" is not.
      ...(r.illustrative && r.status !== 'unanswered' ? (['status'] as const) : []),
      ...(r.illustrative ? (['threshold', 'unit', 'gap', 'missing'] as const) : []),
      ...(r.evidenceIllustrative ? (['evidence', 'help'] as const) : []),
    ];
    return [
      {
        competency: assessment.title,
        slug: assessment.slug,
        level: titleOf(next.level),
        businessModel: titleIn(meta.models, businessModel),
        region: titleIn(meta.regions, region),
        rulesVersion: meta.t('plan.rulesVersion', { version: rules.version, date: rules.effective }),
        rules: which,
        exportDate: meta.exportDate,
        requirement: r.label,
        status: r.withheld ?? describeVerdict(r.status, r.progress, meta.t),
        ...figures(r, req, meta.t),
        // A figure left out of the file leaves out who entered it too.
        enteredBy: r.withheld === undefined ? namesOf(meta, assessment.slug, r.id) : '',
        missing: r.gap ?? '',
        evidence: r.evidence,
        help: req.help,
        ...evidenceCells(meta.record, assessment.slug, r.id),
        illustrative: example,
      },
    ];
  });
}

/**
 * The plan under the competency's announced rules, in the context of `assessment` (scored under its current
 * rules), for `answers` (by default those it counted); [] when nothing is announced or the next level is
 * reached there.
 */
export function announcedPlan(
  assessment: OfferedAssessment,
  rules: CompetencyRules,
  meta: PlanMeta,
  answers: Answers = givenAnswers(assessment),
): ActionPlanRow[] {
  const after = announcedOf(rules);
  if (after === null) return [];
  const scored = assess(after, assessment.context, answers, meta.t);
  return scored.status === 'assessed' ? actionPlan(scored, after, meta, 'announced') : [];
}

/** The plan of a competency under its current rules, then under its announced ones for `answers` (announcedPlan). */
export function fullPlan(
  assessment: OfferedAssessment,
  rules: CompetencyRules,
  meta: PlanMeta,
  answers?: Answers,
): ActionPlanRow[] {
  return [...actionPlan(assessment, rules, meta), ...announcedPlan(assessment, rules, meta, answers)];
}

/**
 * The plan of fullPlan without money figures (withheld.ts): the same rows, each money requirement with the
 * verdict scored from the partner's figure (met or not met, marked as the sender's) and no figure and no gap;
 * under announced rules as under the current ones.
 */
export function moneylessPlan(
  assessment: OfferedAssessment,
  rules: CompetencyRules,
  meta: PlanMeta,
  answers: Answers = givenAnswers(assessment),
): ActionPlanRow[] {
  const without = (scored: CompetencyAssessment, under: CompetencyRules, which: ActionPlanRow['rules']) => {
    const kept = withholdMoney(under, scored, answers);
    const again = assess(under, assessment.context, kept.answers, meta.t, undefined, kept.withheld);
    return again.status === 'assessed' ? actionPlan(again, under, meta, which) : [];
  };
  const after = announcedOf(rules);
  return [
    ...without(assessment, rules, 'current'),
    ...(after ? without(assess(after, assessment.context, answers, meta.t), after, 'announced') : []),
  ];
}

/** The competencies a portfolio plan covers, in catalogue order: the chosen solution areas and the interim designation, each with answers. */
export function plannedCompetencies(
  list: readonly CompetencyRules[],
  chosen: ReadonlySet<string>,
  answers: Readonly<Record<string, Answers>>,
): CompetencyRules[] {
  return list.filter(
    (c) => (chosen.has(c.slug) || !isSolutionArea(c)) && Object.keys(answers[c.slug] ?? {}).length > 0,
  );
}

/** Each assessment's plan rows, with the day and titles they were written with (planOf). */
const planCache = new WeakMap<OfferedAssessment, { meta: PlanMeta; rows: ActionPlanRow[] }>();

/** A competency's rows, the same list while its assessment (assessOnce) and the day and titles stay. */
function planOf(
  a: OfferedAssessment,
  rules: CompetencyRules,
  meta: PlanMeta,
  answers: Answers | undefined,
): ActionPlanRow[] {
  const last = planCache.get(a);
  if (
    last?.meta.t === meta.t &&
    last.meta.exportDate === meta.exportDate &&
    last.meta.models === meta.models &&
    last.meta.regions === meta.regions &&
    last.meta.record === meta.record &&
    last.meta.enteredBy === meta.enteredBy
  )
    return last.rows;
  const rows = fullPlan(a, rules, meta, answers);
  planCache.set(a, { meta, rows });
  return rows;
}

/** How a portfolio's plan is made beyond its answers (portfolioPlanGroups). */
export interface PortfolioPlanOptions {
  /** Without money figures, their verdicts kept (moneylessPlan), for a plan that is forwarded. */
  moneyless?: boolean | undefined;
  /** The verdicts a sender kept for money figures they left out, for a shared portfolio shown. */
  withheld?: PortfolioWithheld | undefined;
}

/**
 * The combined plan of a portfolio, a group of rows per competency: every competency plannedCompetencies
 * names, each scored for its own saved context where it has one (else the portfolio's). Competencies not
 * offered in their context, or at their highest level, have no group. A competency whose context and
 * answers did not change keeps its rows, the same list; a plan without money figures is made anew.
 */
export function portfolioPlanGroups(
  list: readonly CompetencyRules[],
  context: AssessmentContext,
  chosen: ReadonlySet<string>,
  answers: Readonly<Record<string, Answers>>,
  own: OwnContexts,
  meta: PlanMeta,
  options: PortfolioPlanOptions = {},
): { slug: string; rows: ActionPlanRow[] }[] {
  const planned = plannedCompetencies(list, chosen, answers);
  const scored = portfolioAssessments(planned, context, chosen, answers, meta.t, own, options.withheld);
  return planned.flatMap((rules, i) => {
    const a = scored[i];
    const given = answers[rules.slug];
    const rows =
      a?.status !== 'assessed'
        ? []
        : options.moneyless
          ? moneylessPlan(a, rules, meta, given)
          : planOf(a, rules, meta, given);
    return rows.length > 0 ? [{ slug: rules.slug, rows }] : [];
  });
}

/** The combined plan of a portfolio (portfolioPlanGroups), its rows in one list. */
export function portfolioPlan(...args: Parameters<typeof portfolioPlanGroups>): ActionPlanRow[] {
  return portfolioPlanGroups(...args).flatMap((g) => g.rows);
}

/** One cell of a plan row: the field it shows and its value, a number where the column holds one. */
export interface PlanCell {
  field: (typeof COLUMNS)[number]['field'];
  value: string | number | null;
}

/**
 * A row's cells in the columns' order (version ACTION_PLAN_VERSION), in the language of `t`: what the CSV
 * writes and the evidence pack's workbook lays out.
 */
export function actionPlanCells(t: Translate, row: ActionPlanRow): PlanCell[] {
  return COLUMNS.map(({ field }) => {
    if (field === 'evidenceStatus')
      return { field, value: row.evidenceStatus === null ? '' : t(`plan.evidence.${row.evidenceStatus}`) };
    if (field === 'illustrative')
      return { field, value: row.illustrative.map((f) => headingOf(t, f)).join(t('list.separator')) };
    if (field === 'rules')
      return { field, value: t(row.rules === 'current' ? 'plan.rules.current' : 'plan.rules.announced') };
    return { field, value: row[field] };
  });
}

/** The plan as a CSV document in the language of `t`: a byte order mark, the heading row, then a line per row. */
export function actionPlanCsv(t: Translate, rows: readonly ActionPlanRow[]): string {
  return (
    '\uFEFF' +
    toCsv([actionPlanHeadings(t), ...rows.map((row) => actionPlanCells(t, row).map((cell) => cell.value))])
  );
}
