import { describe, expect, test } from 'vitest';
import {
  actionPlan,
  actionPlanCsv,
  actionPlanHeadings,
  type PlanMeta,
} from '../../src/engine/action-plan.ts';
import { assess } from '../../src/engine/assess.ts';
import { fieldKit } from '../../src/islands/shared/field-kit.ts';
import { encodeShare } from '../../src/persistence/share-link.ts';
import { makeEnvelope } from '../../src/persistence/storage.ts';
import type { StorageLike } from '../../src/persistence/storage-access.ts';
import type { Answers } from '../../src/schemas/answers.ts';
import { islandWords, WIDGET_WORDS } from '../../src/text/island-text.ts';
import { translator, type Lang } from '../../src/text/text.ts';
import { kinds, makeRules } from '../helpers/fixtures.ts';

const EN = translator('en');

const store: StorageLike = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
const rules = makeRules({
  businessModels: ['resell'],
  requirements: {
    principal: { resell: [kinds.revenue, kinds.growth, kinds.satisfaction] },
    expert: { resell: [{ ...kinds.revenue, amount: 5000000 }, kinds.references] },
  },
});
const fields = rules.requirements.expert?.resell ?? [];
const all = [...(rules.requirements.principal?.resell ?? []), ...fields];
const req = (id: string) => {
  const found = all.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no requirement ${id}`);
  return found;
};

/** The field kit of a widget on a page in `lang`. */
const kitIn = (lang: Lang) => fieldKit({ current: store }, islandWords(lang, WIDGET_WORDS), rules.slug);

/** The answers a partner gives by typing `typed` (text by requirement id) into a widget on a page in `lang`. */
function typedIn(lang: Lang, typed: Readonly<Record<string, string>>): Answers {
  const kit = kitIn(lang);
  const answers: Answers = {};
  for (const [id, text] of Object.entries(typed)) {
    const result = kit.read(text, req(id));
    if (!result.ok) throw new Error(`${lang} ${id}: ${result.message}`);
    if (result.value !== undefined) answers[id] = result.value;
  }
  return answers;
}

describe('fieldKit', () => {
  test('reads figures the way the page’s language writes them, and words its questions in it', () => {
    expect(kitIn('de').read('1.234', req('revenue'))).toEqual({ ok: true, value: 1234 });
    expect(kitIn('ja').read('1,234', req('revenue'))).toEqual({ ok: true, value: 1234 });
    expect(kitIn('en').read('1.234', req('revenue'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Area revenue: did you mean'),
    });
    expect(kitIn('de').read('1 Billion', req('revenue'))).toMatchObject({
      ok: false,
      message: 'Area revenue: Meinten Sie 1.000.000.000.000 USD oder 1.000.000.000 USD?',
    });
    expect(kitIn('ja').read('たくさん', req('references'))).toMatchObject({
      ok: false,
      message: 'Customer references：0以上の整数を入力してください（例：3、1,200）。',
    });
  });

  test('keeps a ticked box as it is, whatever the language', () => {
    expect(kitIn('de').read(true, req('references'))).toEqual({ ok: true, value: true });
  });
});

/** The cells of one CSV line, quotes undone. */
const cells = (line: string): string[] =>
  [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
    (m[1] ?? '').replace(/^"|"$/g, '').replaceAll('""', '"'),
  );

/** The same figures, typed as a partner of each language writes them. */
const TYPED: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: { revenue: 'USD 4,250,000.50', growth: '12.5%', satisfaction: '4.5', references: '2' },
  de: { revenue: '4.250.000,50 USD', growth: '12,5 %', satisfaction: '4,5', references: '2' },
  ja: {
    revenue: '４，２５０，０００．５０ドル',
    growth: '１２．５％',
    satisfaction: '４．５',
    references: '２',
  },
};

describe('answers typed in any language', () => {
  const answers = (['en', 'de', 'ja'] as const).map((lang) => typedIn(lang, TYPED[lang]));
  const [en, de, ja] = answers;

  test('are the same numbers whatever the page’s language', () => {
    expect(en).toEqual({ revenue: 4250000.5, growth: 12.5, satisfaction: 4.5, references: 2 });
    expect(de).toEqual(en);
    expect(ja).toEqual(en);
  });

  test('make the same share link, the same saved entry and the same figures in the action plan', () => {
    const context = { businessModel: 'resell' as const, region: 'na' };
    const link = (a: Answers) =>
      encodeShare({
        slug: rules.slug,
        rulesVersion: '1.0',
        context: { model: 'resell', region: 'na' },
        answers: a,
      });
    const saved = (a: Answers) =>
      JSON.stringify(
        makeEnvelope(
          rules.slug,
          '1.0',
          { model: 'resell', region: 'na' },
          a,
          undefined,
          new Date('2026-12-07T00:00:00Z'),
        ),
      );
    const meta: PlanMeta = { t: EN, exportDate: '2026-12-07', models: [], regions: [] };
    /** The figure, threshold and gap columns of the plan's CSV, written in `lang`. */
    const csvFigures = (a: Answers, lang: Lang) => {
      const result = assess(rules, context, a, EN);
      if (result.status !== 'assessed') throw new Error('expected the fixture to be offered');
      const t = translator(lang);
      const headings = actionPlanHeadings(t);
      const columns = ['figure', 'threshold', 'gap'].map((id) =>
        headings.indexOf(t(`plan.column.${id}` as 'plan.column.figure')),
      );
      return actionPlanCsv(t, actionPlan(result, rules, meta))
        .split('\r\n')
        .slice(1)
        .map((line) => columns.map((c) => cells(line)[c]));
    };

    expect(new Set(answers.map(link)).size).toBe(1);
    expect(new Set(answers.map(saved)).size).toBe(1);
    const figures = csvFigures(en ?? {}, 'en');
    expect(figures.some((row) => row.includes('4250000.5'))).toBe(true);
    expect(csvFigures(de ?? {}, 'de')).toEqual(figures);
    expect(csvFigures(ja ?? {}, 'ja')).toEqual(figures);
  });
});
