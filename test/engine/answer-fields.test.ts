import { beforeAll, describe, expect, test } from 'vitest';
import { answerFields, defaultContext, initialView } from '../../src/engine/answer-fields.ts';
import { unitOf } from '../../src/domain/kinds.ts';
import { assess } from '../../src/engine/assess.ts';
import { LABELS } from '../helpers/labels.ts';
import { buildRequirementMatrix } from '../../src/views/catalogue.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { findBySlug, loadRules } from '../helpers/content.ts';
import { makeRules } from '../helpers/fixtures.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

let all: CompetencyRules[] = [];
const bySlug = (slug: string): CompetencyRules => findBySlug(all, slug);

beforeAll(async () => {
  all = await loadRules();
});

describe('answerFields', () => {
  test('returns one field per requirement id of every offered level, in the matrix row order', () => {
    const fields = answerFields(bySlug('archiving'), 'integrate', EN);

    expect(fields.map((f) => [f.id, f.control, f.unit, f.whole])).toEqual([
      ['sales-training', 'checkbox', '', false],
      ['technical-exam', 'number', 'people', true],
      ['revenue', 'number', 'USD', false],
      ['growth', 'number', '%', false],
      ['references', 'number', 'references', true],
      ['satisfaction', 'number', 'score, 0–10 scale', false],
    ]);
  });

  test('returns the target of each level that asks for the requirement', () => {
    const revenue = answerFields(bySlug('archiving'), 'integrate', EN).find((f) => f.id === 'revenue');

    expect(revenue?.targets).toEqual([
      { level: 'principal', text: 'USD 50,000 in the trailing 12 months', illustrative: true },
      { level: 'expert', text: 'USD 200,000 in the trailing 12 months', illustrative: true },
    ]);
  });

  test('returns labels exactly as the requirement matrix shows them, for every competency and model', () => {
    for (const rules of all) {
      const matrix = buildRequirementMatrix(rules, LABELS, EN);
      for (const model of rules.businessModels) {
        const column = LABELS.models.findIndex((m) => m.id === model);
        const matrixLabels = new Map<string, string>();
        for (const level of matrix.levels) {
          for (const row of level.rows) {
            if (row.cells[column]?.state === 'required') matrixLabels.set(row.id, row.label);
          }
        }

        const fields = answerFields(rules, model, EN);

        expect(Object.fromEntries(fields.map((f) => [f.id, f.requirement.label]))).toEqual(
          Object.fromEntries(matrixLabels),
        );
      }
    }
  });

  test('returns no fields for a business model the competency is not offered on', () => {
    expect(answerFields(bySlug('services-expert'), 'resell', EN)).toEqual([]);
  });
});

describe('unitOf', () => {
  test('returns the currency, percent, people, references or scale a figure is entered in', () => {
    const units = answerFields(bySlug('archiving'), 'resell', EN).map((f) => unitOf(f.requirement, EN));

    expect(units).toEqual(['', 'USD', '%', 'references', 'score, 0–10 scale']);
  });
});

describe('initialView', () => {
  test('returns the first offered model and region, its fields and the engine verdict for no answers', () => {
    const rules = bySlug('archiving');

    const view = initialView(rules, EN);

    expect(view.context).toEqual({ businessModel: 'integrate', region: 'na' });
    expect(view.fields).toEqual(answerFields(rules, 'integrate', EN));
    expect(view.result).toEqual(assess(rules, defaultContext(rules), {}, EN));
    expect(view.result).toMatchObject({ status: 'assessed', achieved: null });
  });

  test('returns plain data that survives JSON, as island props must', () => {
    const view = initialView(bySlug('services-expert'), EN);

    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});

describe('defaultContext', () => {
  test('returns the first business model and no region for rules that offer nothing anywhere', () => {
    const bare: CompetencyRules = { ...makeRules(), regions: [], requirements: {} };

    expect(defaultContext(bare)).toEqual({ businessModel: 'integrate', region: '' });
  });
});
