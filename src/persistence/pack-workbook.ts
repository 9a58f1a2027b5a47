/**
 * The evidence pack as a workbook (XLSX), in the language of the page it is made on, with four sheets, each
 * with a heading row:
 *   Summary       what the pack covers, the day, the tier (a portfolio), when it was made, the pack's hash
 *                 (the JSON pack made with it carries the same), its format, whether money figures are in
 *                 it or which were left out (their verdicts kept), where on the site a pack is checked and
 *                 the legend of the mark;
 *                 then a row per competency: business model, region, level reached, rules version and the
 *                 content's rules hash
 *   Plan          the action plan, the columns of the CSV (src/engine/action-plan.ts) with who entered each
 *                 figure from the record and the record's owner, evidence status and due day
 *   Requirements  a row per requirement and level: threshold, figure, where the figure came from (typed,
 *                 the partner record, not answered) and who entered the record's entries behind it when a
 *                 colleague's reply brought them, its state (a money figure left out: the verdict kept, e.g.
 *                 "Met, as the sender scored it"), and the record's evidence for it
 *   People        a row per pass counted toward a requirement: person, course or exam, passed, the first
 *                 day it no longer counts, the competency and requirement, and who entered it
 * Values that are examples carry the site's mark (markedText), numbers through their cell format so they
 * stay numbers. Dates are written as text, YYYY-MM-DD. Sheets are written by write-excel-file, which this
 * module is the only one to import, so that it loads with it, on the click that makes a pack.
 */
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import { heldLevel } from '../engine/portfolio.ts';
import { actionPlanCells, actionPlanHeadings, type ActionPlanRow } from '../engine/action-plan.ts';
import type { PackContent, PackSource } from '../engine/evidence-pack.ts';
import { competencyFactIllustrative, MARK_TEXT, markedText } from '../domain/provenance.ts';
import { heldLevelTitle } from '../domain/wording.ts';
import { titleIn, type Named } from '../domain/labels.ts';
import type { PlainKey, TextKey, Translate } from '../text/translate.ts';
import { formatDay } from '../text/days.ts';
import type { RecordSource } from '../schemas/record.ts';
import { PACK_FORMAT, PACK_VERSION } from './evidence-pack.ts';

/** A sheet as plain rows: its name and its cells, the first row its headings. */
export interface PackSheet {
  name: string;
  rows: Cell[][];
  /** Each column's width, in characters. */
  widths: number[];
}

/** What the sheets need beside the content: the words, the titles of the ids and the hash. */
export interface SheetMeta {
  t: Translate;
  models: readonly Named[];
  regions: readonly Named[];
  /** The JSON pack's hash. */
  hash: string;
}

const text = (value: string, illustrative = false): string => markedText({ text: value, illustrative });

/** The mark as a literal of a number format: each character escaped (a quoted "*" trips some readers). */
const MARK_FORMAT = [...MARK_TEXT].map((c) => `\\${c}`).join('');

/**
 * A number cell, with the mark shown after it when it is an example (in its format, so that it stays a
 * number; whole numbers without decimals, others with up to three); empty for null.
 */
const number = (value: number | null, illustrative: boolean): Cell =>
  value === null
    ? null
    : illustrative
      ? { value, type: Number, format: (Number.isInteger(value) ? '0' : '0.###') + MARK_FORMAT }
      : value;

const heading = (t: Translate, keys: readonly PlainKey[]): Cell[] =>
  keys.map((key): Cell => ({ value: t(key), fontWeight: 'bold' }));

/** Who entered a record entry and the day it came, as the record's page says it ("From Dana, 7 December 2026"). */
const byText = (t: Translate, by: RecordSource): string =>
  t('workspace.by', { name: by.name, day: formatDay(t.formats, by.at.slice(0, 10)) });

const SOURCE_WORDS = {
  typed: 'pack.book.source.typed',
  record: 'pack.book.source.record',
  unanswered: 'status.unanswered',
} as const satisfies Record<PackSource, TextKey>;

/**
 * Whether the pack holds its money figures, or which it left out: each money requirement answered, by its
 * label (after its competency's title in a portfolio's pack).
 */
function moneyText(content: PackContent, t: Translate): string {
  const { withheld, scope } = content.body;
  if (withheld === null) return t('pack.book.summary.moneyKept');
  const fields = content.competencies.flatMap(({ rules, assessment }) => {
    const ids = Object.keys(withheld[rules.slug] ?? {});
    if (assessment.status !== 'assessed') return [];
    const labels = new Map(assessment.levels.flatMap((l) => l.requirements).map((r) => [r.id, r.label]));
    return ids.map((id) => {
      const label = labels.get(id) ?? id;
      return scope.kind === 'portfolio'
        ? t('pack.book.summary.moneyField', { title: rules.title, label })
        : label;
    });
  });
  return fields.length === 0
    ? t('pack.book.summary.moneyNone')
    : t('pack.book.summary.moneyLeftOut', { fields: fields.join(t('list.separator')) });
}

function summarySheet(content: PackContent, meta: SheetMeta): PackSheet {
  const { t } = meta;
  const { body } = content;
  const scope = body.scope;
  const covers =
    scope.kind === 'portfolio'
      ? t('portfolio.pack.whole')
      : (content.competencies.find((c) => c.rules.slug === scope.slug)?.rules.title ?? scope.slug);
  const rows: Cell[][] = [
    heading(t, ['pack.book.summary.item', 'pack.book.summary.value']),
    [t('pack.book.summary.covers'), covers],
    [t('plan.column.businessModel'), titleIn(meta.models, body.context.businessModel)],
    [t('plan.column.region'), titleIn(meta.regions, body.context.region)],
    [t('pack.book.summary.day'), body.context.day],
  ];
  if (scope.kind === 'portfolio')
    rows.push([
      t('pack.book.summary.tier'),
      content.tier ? text(content.tier.title, content.tier.illustrative) : t('pack.book.summary.noTier'),
    ]);
  rows.push(
    [t('pack.book.summary.made'), body.createdAt],
    [t('pack.book.summary.hash'), meta.hash],
    [
      t('pack.book.summary.format'),
      t('pack.book.summary.formatValue', { format: PACK_FORMAT, version: PACK_VERSION }),
    ],
    [t('pack.book.summary.money'), moneyText(content, t)],
    [t('pack.book.summary.checkAt'), body.checkAt],
    [t('pack.book.summary.marks'), t('site.notice', { mark: MARK_TEXT })],
    [],
    heading(t, [
      'plan.column.competency',
      'plan.column.businessModel',
      'plan.column.region',
      'pack.book.column.achieved',
      'plan.column.rulesVersion',
      'pack.book.column.rulesHash',
    ]),
  );
  for (const { rules, assessment } of content.competencies) {
    const held = heldLevel(assessment);
    rows.push([
      rules.title,
      titleIn(meta.models, assessment.context.businessModel),
      titleIn(meta.regions, assessment.context.region),
      assessment.status === 'assessed'
        ? (assessment.levels.find((l) => l.level === held)?.title ?? heldLevelTitle(held, t))
        : heldLevelTitle(held, t),
      text(
        t('plan.rulesVersion', { version: rules.version, date: rules.effective }),
        competencyFactIllustrative(rules, 'version'),
      ),
      assessment.rulesHash,
    ]);
  }
  return { name: t('pack.book.sheet.summary'), rows, widths: [28, 70, 24, 28, 26, 20] };
}

/** The plan's cells, as the CSV's columns (actionPlanCells), examples marked. */
function planCells(row: ActionPlanRow, t: Translate): Cell[] {
  const example = new Set<string>(row.illustrative);
  return actionPlanCells(t, row).map(({ field, value }) => {
    const marked = field !== 'illustrative' && example.has(field);
    return typeof value === 'number' || value === null ? number(value, marked) : text(value, marked);
  });
}

function planSheet(content: PackContent, meta: SheetMeta): PackSheet {
  const { t } = meta;
  const rows = content.competencies.flatMap((c) => c.plan.map((row) => planCells(row, t)));
  const headings = actionPlanHeadings(t).map((value): Cell => ({ value, fontWeight: 'bold' }));
  return {
    name: t('pack.book.sheet.plan'),
    rows: [headings, ...rows],
    widths: [20, 10, 12, 20, 22, 10, 12, 24, 18, 12, 24, 12, 14, 10, 30, 40, 40, 14, 14, 12, 24],
  };
}

function requirementsSheet(content: PackContent, meta: SheetMeta): PackSheet {
  const { t } = meta;
  const rows: Cell[][] = [
    heading(t, [
      'plan.column.competency',
      'plan.column.level',
      'plan.column.requirement',
      'plan.column.threshold',
      'plan.column.figure',
      'pack.book.column.source',
      'plan.column.enteredBy',
      'plan.column.status',
      'plan.column.evidenceStatus',
      'plan.column.owner',
      'plan.column.dueDate',
      'pack.book.column.note',
      'pack.book.column.links',
    ]),
  ];
  for (const { rules, assessment, sources } of content.competencies) {
    if (assessment.status !== 'assessed') continue;
    const evidence = content.body.evidence[rules.slug] ?? {};
    const entered = content.body.enteredBy[rules.slug] ?? {};
    for (const level of assessment.levels)
      for (const r of level.requirements) {
        const e = evidence[r.id];
        rows.push([
          rules.title,
          level.title,
          r.label,
          text(r.reason.threshold, r.illustrative),
          r.reason.answer,
          t(SOURCE_WORDS[sources[r.id] ?? 'unanswered']),
          (entered[r.id] ?? []).map((by) => byText(t, by)).join(t('list.separator')),
          text(r.withheld ?? t(`status.${r.status}`), r.illustrative && r.status !== 'unanswered'),
          e ? t(`plan.evidence.${e.status}`) : '',
          e?.owner ?? '',
          e?.due ?? '',
          e?.note ?? '',
          e?.links.join('\n') ?? '',
        ]);
      }
  }
  return {
    name: t('pack.book.sheet.requirements'),
    rows,
    widths: [20, 12, 28, 30, 30, 22, 24, 14, 14, 14, 12, 30, 40],
  };
}

function peopleSheet(content: PackContent, meta: SheetMeta): PackSheet {
  const { t } = meta;
  const titles = new Map(content.competencies.map((c) => [c.rules.slug, c]));
  const labelOf = (slug: string, id: string): string => {
    const a = titles.get(slug)?.assessment;
    if (a?.status !== 'assessed') return id;
    return a.levels.flatMap((l) => l.requirements).find((r) => r.id === id)?.label ?? id;
  };
  const rows: Cell[][] = [
    heading(t, [
      'pack.book.column.person',
      'pack.book.column.personId',
      'pack.book.column.credential',
      'pack.book.column.passed',
      'pack.book.column.expires',
      'plan.column.competency',
      'plan.column.requirement',
      'plan.column.enteredBy',
    ]),
    ...content.body.people.map((p): Cell[] => [
      p.label,
      p.person,
      p.name,
      p.passed,
      p.expires,
      titles.get(p.competency)?.rules.title ?? p.competency,
      labelOf(p.competency, p.requirement),
      p.by ? byText(t, p.by) : '',
    ]),
  ];
  return { name: t('pack.book.sheet.people'), rows, widths: [16, 14, 36, 12, 14, 20, 28, 24] };
}

/** The workbook's sheets, in order: Summary, Plan, Requirements, People. */
export function packSheets(content: PackContent, meta: SheetMeta): PackSheet[] {
  return [
    summarySheet(content, meta),
    planSheet(content, meta),
    requirementsSheet(content, meta),
    peopleSheet(content, meta),
  ];
}

/** The workbook of the sheets, as an XLSX file. */
export function packWorkbook(sheets: readonly PackSheet[]): Promise<Blob> {
  const written: Sheet<Blob>[] = sheets.map((s) => ({
    sheet: s.name,
    data: s.rows,
    columns: s.widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  }));
  return writeXlsxFile(written).toBlob();
}
