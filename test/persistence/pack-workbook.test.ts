/**
 * The evidence pack's workbook, written by write-excel-file and opened here by another library (SheetJS,
 * `xlsx`), as a validator's spreadsheet would open it.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { writePack } from '../../src/persistence/evidence-pack.ts';
import { packSheets, packWorkbook } from '../../src/persistence/pack-workbook.ts';
import { actionPlanHeadings } from '../../src/engine/action-plan.ts';
import { translator } from '../../src/text/text.ts';
import { LABELS } from '../helpers/labels.ts';
import { CREATED_AT, portfolioInput, portfolioPack } from '../helpers/evidence-pack.ts';
import { RECORD, TODAY } from '../helpers/record-fixture.ts';
import { evidencePack } from '../../src/engine/evidence-pack.ts';
import { countedPeople } from '../../src/engine/record-figures.ts';

const EN = translator('en');

/** A sheet's rows as arrays of values, as SheetJS reads them. */
const rowsOf = (book: XLSX.WorkBook, name: string): unknown[][] => {
  const sheet = book.Sheets[name];
  if (!sheet) throw new Error(`No sheet ${name}`);
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });
};

describe('packWorkbook', () => {
  let book: XLSX.WorkBook;
  let hash: string;
  beforeAll(async () => {
    const pack = await portfolioPack({ archiving: { references: 1 } });
    hash = (await writePack(pack.body)).hash;
    const sheets = packSheets(pack, {
      t: EN,
      models: LABELS.models,
      regions: LABELS.regions,

      hash,
    });
    const blob = await packWorkbook(sheets);
    book = XLSX.read(new Uint8Array(await blob.arrayBuffer()), { type: 'array', cellNF: true });
  });

  test('returns the four sheets in order', () => {
    expect(book.SheetNames).toEqual(['Summary', 'Plan', 'Requirements', 'People']);
  });

  test('returns a Summary with the day, the tier marked as an example, the time made and the pack’s hash', () => {
    const rows = rowsOf(book, 'Summary');
    const value = (item: string) => rows.find((r) => r[0] === item)?.[1];

    expect(rows[0]?.slice(0, 2)).toEqual(['Item', 'Value']);
    expect(value('Covers')).toBe('The whole portfolio');
    expect(value('Figures as on')).toBe('2026-12-07');
    expect(value('Tier the levels imply')).toBe('Gold*');
    expect(value('Made')).toBe(CREATED_AT);
    expect(value('Pack hash (SHA-256)')).toBe(hash);
    expect(value('Marks')).toBe(
      "Values marked * on this site are examples: the program's overview gives no figures.",
    );
    expect(rows.find((r) => r[0] === 'Gateway Security')?.slice(1, 4)).toEqual([
      'Integrate',
      'North America',
      'Expert',
    ]);
  });

  test('returns the Plan with the CSV’s headings, its numbers as numbers and examples marked', () => {
    const rows = rowsOf(book, 'Plan');
    const headings = actionPlanHeadings(EN);
    const col = (name: string) => headings.indexOf(name);
    const references = rows.find(
      (r) => r[col('Competency')] === 'Archiving' && r[col('Requirement')] === 'Customer references',
    );

    expect(rows[0]).toEqual(headings);
    expect(references?.[col('Your figure')]).toBe(1);
    expect(references?.[col('Threshold')]).toBeTypeOf('number');
    const cell = book.Sheets['Plan']?.[
      XLSX.utils.encode_cell({ r: rows.indexOf(references ?? []), c: col('Threshold') })
    ] as XLSX.CellObject;
    expect(cell.w).toBe(`${String(cell.v)}*`);
  });

  test('returns a Requirements row per level and requirement, with its source, state and evidence', () => {
    const rows = rowsOf(book, 'Requirements');
    const exam = rows.find(
      (r) =>
        r[0] === 'Gateway Security' && r[1] === 'Expert' && r[2] === 'Certified gateway security engineers',
    );

    expect(rows[0]).toEqual([
      'Competency',
      'Level',
      'Requirement',
      'Threshold',
      'Your figure',
      'Source of the figure',
      'Entered by',
      'Status',
      'Evidence status',
      'Owner',
      'Due date',
      'Note',
      'Links',
    ]);
    expect(exam?.slice(5, 11)).toEqual([
      'From the partner record',
      null,
      'Met*',
      'in progress',
      'AK',
      '2027-02-28',
    ]);
    expect(rows.find((r) => r[0] === 'Archiving' && r[2] === 'Customer references')?.[5]).toBe(
      'Typed on the page',
    );
  });

  test('returns a People row per pass counted, with its days', () => {
    const rows = rowsOf(book, 'People');

    expect(rows[0]).toEqual([
      'Person',
      'Person id',
      'Course or exam',
      'Passed on',
      'No longer counts from',
      'Competency',
      'Requirement',
      'Entered by',
    ]);
    expect(rows).toContainEqual([
      'DN',
      'p4',
      'Archiving Technical Specialist',
      '2025-05-20',
      '2027-05-20',
      'Archiving',
      'Certified archiving engineers',
      null,
    ]);
  });

  test('returns who entered a pass and the revenue behind a figure, as the record’s page says it', async () => {
    const input = await portfolioInput();
    const record = structuredClone(RECORD);
    const dana = { name: 'Dana (Finance)', at: '2026-12-01T10:00:00.000Z' };
    record.credentials['c06'] = { ...record.credentials['c06']!, by: dana };
    record.bookings['b15'] = { ...record.bookings['b15']!, by: dana };
    const pack = evidencePack({
      ...input,
      record: { record, counted: countedPeople(record, input.covered, TODAY) },
    });
    const sheets = packSheets(pack, { t: EN, models: LABELS.models, regions: LABELS.regions, hash: '' });
    const read = XLSX.read(new Uint8Array(await (await packWorkbook(sheets)).arrayBuffer()), {
      type: 'array',
    });

    const people = rowsOf(read, 'People');
    const requirements = rowsOf(read, 'Requirements');
    expect(people.find((r) => r[1] === 'p4' && r[2] === 'Archiving Technical Specialist')?.[7]).toBe(
      'From Dana (Finance), 1 December 2026',
    );
    expect(requirements.find((r) => r[0] === 'Archiving' && r[2] === 'Archiving revenue')?.[6]).toBe(
      'From Dana (Finance), 1 December 2026',
    );
  });

  test('returns a workbook without money figures that says which were left out and keeps their verdicts', async () => {
    const pack = evidencePack({ ...(await portfolioInput()), moneyless: true });
    const sheets = packSheets(pack, { t: EN, models: LABELS.models, regions: LABELS.regions, hash: '' });
    const read = XLSX.read(new Uint8Array(await (await packWorkbook(sheets)).arrayBuffer()), {
      type: 'array',
    });

    const summary = rowsOf(read, 'Summary');
    const requirements = rowsOf(read, 'Requirements');
    const cells = read.SheetNames.flatMap((name) => rowsOf(read, name).flat());
    expect(summary.find((r) => r[0] === 'Money figures')?.[1]).toMatch(
      /^Left out, their verdicts kept: Archiving: Archiving revenue, Archiving: .*growth/i,
    );
    expect(summary.find((r) => r[0] === 'Check this pack at')?.[1]).toBe('/evidence-pack/');
    for (const amount of [65000, 270000, 175000, 191.6, 225, 170])
      expect(cells, String(amount)).not.toContain(amount);
    expect(cells.filter((c) => typeof c === 'string').join('\n')).not.toMatch(
      /65,000|65000|270,000|270000|175,000|175000|191\.6/,
    );
    expect(
      requirements
        .find((r) => r[0] === 'Gateway Security' && r[1] === 'Expert' && /revenue/i.test(String(r[2])))
        ?.slice(4, 8),
    ).toEqual(['left out by the sender', 'From the partner record', null, 'Met, as the sender scored it*']);
  });

  test('returns a Summary that says the money figures are in a pack that holds them', () => {
    const rows = rowsOf(book, 'Summary');

    expect(rows.find((r) => r[0] === 'Money figures')?.[1]).toBe('Included');
  });
});
