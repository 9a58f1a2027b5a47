import { describe, expect, test } from 'vitest';
import {
  langOfField,
  langOfText,
  translateCompetency,
  translateRegion,
  translateSummarised,
  translateTier,
  untranslatedOf,
} from '../../src/domain/translated.ts';
import { canonicalRules } from '../../src/engine/hash.ts';
import { CompetencyTranslationSchema } from '../../src/schemas/translation.ts';
import type { Requirement } from '../../src/schemas/requirement.ts';
import { makeAnnounced } from '../helpers/announced.ts';
import { kinds, makeRules } from '../helpers/fixtures.ts';

/** A translation as the content check lets it through: parsed by its real schema. */
const german = (data: Record<string, unknown>) =>
  CompetencyTranslationSchema.parse({
    translates: '1.0',
    title: 'Beispielbereich',
    summary: 'Kurz.',
    ...data,
  });

const rules = () =>
  makeRules({
    regions: [{ id: 'na' }, { id: 'emea', note: 'Resell only until 2027.' }],
    requirements: {
      principal: { integrate: [kinds.training], resell: [{ ...kinds.revenue, amount: 50000 }] },
      expert: { integrate: [kinds.satisfaction], resell: [kinds.revenue] },
    },
    history: [{ version: '1.0', date: '2026-01-15', summary: 'First published.' }],
  });

const all = (list: Record<string, Record<string, readonly Requirement[] | undefined> | undefined>) =>
  Object.values(list).flatMap((lists) => Object.values(lists ?? {}).flatMap((l) => l ?? []));

describe('translateCompetency', () => {
  test('takes every text field the translation has from it', () => {
    const source = rules();

    const { data, english, translated } = translateCompetency(source, {
      body: true,
      data: german({
        requirements: {
          revenue: { label: 'Umsatz', evidence: 'Gebuchte Aufträge', help: 'Zählen Sie gebuchten Umsatz.' },
          'sales-training': { label: 'Schulung', evidence: 'Nachweise', help: 'Beide Kurse.' },
          satisfaction: {
            label: 'Zufriedenheit',
            evidence: 'Umfrageergebnisse',
            help: 'Der Durchschnitt.',
            scale: { name: 'Kundenumfrage' },
          },
        },
        regions: { emea: { note: 'Bis 2027 nur Resell.' } },
        history: { '1.0': { summary: 'Erstmals veröffentlicht.' } },
      }),
    });

    expect(translated).toBe(true);
    expect(english).toEqual([]);
    expect(data.title).toBe('Beispielbereich');
    expect(data.summary).toBe('Kurz.');
    expect(all(data.requirements).map((r) => r.label)).toEqual([
      'Schulung',
      'Umsatz',
      'Zufriedenheit',
      'Umsatz',
    ]);
    expect(data.requirements.expert?.integrate?.[0]).toMatchObject({
      scale: { min: 1, max: 5, name: 'Kundenumfrage' },
    });
    expect(data.regions).toEqual([{ id: 'na' }, { id: 'emea', note: 'Bis 2027 nur Resell.' }]);
    expect(data.history[0]).toEqual({
      version: '1.0',
      date: '2026-01-15',
      summary: 'Erstmals veröffentlicht.',
    });
    expect(source.title).toBe('Sample Area');
  });

  test('falls back to the English text of each field the translation lacks, and names it', () => {
    const source = rules();

    const { data, english, translated } = translateCompetency(source, {
      body: false,
      data: german({ requirements: { revenue: { label: 'Umsatz' } } }),
    });

    expect(translated).toBe(true);
    expect(data.requirements.principal?.resell?.[0]).toMatchObject({
      label: 'Umsatz',
      help: kinds.revenue.help,
    });
    expect(data.regions[1]?.note).toBe('Resell only until 2027.');
    expect(data.history[0]?.summary).toBe('First published.');
    expect(english.map((e) => e.field)).toEqual([
      'body',
      'requirements.sales-training.label',
      'requirements.sales-training.evidence',
      'requirements.sales-training.help',
      'requirements.revenue.evidence',
      'requirements.revenue.help',
      'requirements.satisfaction.label',
      'requirements.satisfaction.evidence',
      'requirements.satisfaction.help',
      'requirements.satisfaction.scale.name',
      'regions.emea.note',
      'history.1.0.summary',
    ]);
    expect(english.find((e) => e.field === 'regions.emea.note')?.text).toBe('Resell only until 2027.');
  });

  test('shows the source as it is, every field English, when the language has no translation', () => {
    const source = rules();

    const shown = translateCompetency(source, undefined);

    expect(shown).toEqual({ data: source, translated: false, english: [] });
  });

  test('keeps each list its own English words where the translation gives none for the id', () => {
    const source = makeRules({
      requirements: {
        principal: {
          integrate: [{ ...kinds.revenue, help: 'Integrate help.' }],
          resell: [{ ...kinds.revenue, help: 'Resell help.' }],
        },
      },
    });

    const { data, english } = translateCompetency(source, {
      body: true,
      data: german({ requirements: { revenue: { label: 'Umsatz', evidence: 'Aufträge' } } }),
    });

    expect(data.requirements.principal?.integrate?.[0]?.help).toBe('Integrate help.');
    expect(data.requirements.principal?.resell?.[0]?.help).toBe('Resell help.');
    expect(english.map((e) => e.text)).toEqual(['Integrate help.', 'Resell help.', 'First rules.']);
  });

  test('gives the announced rules, their summary and an interim designation end their words too', () => {
    const source = makeAnnounced({
      designation: { businessModel: 'integrate', waives: ['revenue'], until: 'the launch' },
    });

    const { data } = translateCompetency(source, {
      body: true,
      data: german({
        requirements: { references: { label: 'Referenzen' } },
        announced: { summary: 'Expert verlangt eine weitere Referenz.' },
        designation: { until: 'bis zum Start' },
      }),
    });

    expect(data.announced?.summary).toBe('Expert verlangt eine weitere Referenz.');
    expect(data.announced?.requirements.expert?.integrate?.[0]?.label).toBe('Referenzen');
    expect(data.designation?.until).toBe('bis zum Start');
    expect(data.designation?.waives).toEqual(['revenue']);
  });

  test('never takes a rule from a translation, whatever it carries', () => {
    const source = makeAnnounced();
    const smuggled = {
      ...german({ requirements: { references: { label: 'Referenzen' } } }),
      version: '9.9',
      businessModels: ['resell'],
      regions: { na: { note: 'Nur hier.' } },
      requirements: { references: { label: 'Referenzen', count: 99 }, revenue: { amount: 1 } },
      announced: { summary: 'Neu.', effective: '2020-01-01', requirements: {} },
    };

    const { data } = translateCompetency(source, {
      body: true,
      data: smuggled as unknown as ReturnType<typeof german>,
    });

    expect(canonicalRules(data)).toEqual(canonicalRules(source));
    expect(data.version).toBe(source.version);
    expect(data.effective).toBe(source.effective);
    expect(data.regions).toEqual(source.regions);
    expect(data.announced?.effective).toBe(source.announced?.effective);
    expect(data.provenance).toEqual(source.provenance);
    expect(all(data.requirements).find((r) => r.id === 'references')).toMatchObject({
      label: 'Referenzen',
      count: 1,
    });
  });
});

describe('translateSummarised, translateRegion, translateTier', () => {
  test('take title and summary, a region its short name, a tier its benefits by place', () => {
    const level = { title: 'Expert', rank: 2, summary: 'The higher level.' };
    const region = { title: 'Europe, Middle East and Africa', short: 'EMEA', order: 3 };
    const tier = {
      title: 'Gold',
      rank: 2,
      summary: 'A third tier.',
      needs: { principal: 1, expert: 1 },
      benefits: ['Discounts', 'Rebates'],
    };

    const l = translateSummarised(level, { title: 'Expert', summary: 'Die höhere Stufe.' });
    const r = translateRegion(region, { title: 'Europa, Naher Osten und Afrika', short: 'EMEA' });
    const t = translateTier(tier, {
      title: 'Gold',
      summary: 'Eine dritte Partnerstufe.',
      benefits: ['Rabatte'],
    });

    expect(l.data).toEqual({ title: 'Expert', rank: 2, summary: 'Die höhere Stufe.' });
    expect(r.data).toEqual({ title: 'Europa, Naher Osten und Afrika', short: 'EMEA', order: 3 });
    expect(t.data).toEqual({
      ...tier,
      summary: 'Eine dritte Partnerstufe.',
      benefits: ['Rabatte', 'Rebates'],
    });
    expect(t.english).toEqual([{ field: 'benefits.1', text: 'Rebates' }]);
    expect(translateTier(tier, undefined)).toEqual({ data: tier, translated: false, english: [] });
  });
});

describe('untranslatedOf and langOfField', () => {
  test('mark in English the fields a translation lacks, every field when there is none, none when it is whole', () => {
    const source = rules();
    const part = untranslatedOf(translateCompetency(source, { body: false, data: german({}) }));
    const none = untranslatedOf(translateCompetency(source, undefined));
    const full = untranslatedOf(
      translateCompetency(source, {
        body: true,
        data: german({
          requirements: {
            revenue: { label: 'U', evidence: 'A', help: 'H' },
            'sales-training': { label: 'S', evidence: 'N', help: 'K' },
            satisfaction: { label: 'Z', evidence: 'E', help: 'D', scale: { name: 'Umfrage' } },
          },
          regions: { emea: { note: 'Nur Resell.' } },
          history: { '1.0': { summary: 'Erstmals.' } },
        }),
      }),
    );

    expect(full).toBeUndefined();
    expect(langOfField(full, 'title')).toBeUndefined();
    expect(langOfField(part, 'title')).toBeUndefined();
    expect(langOfField(part, 'body')).toBe('en');
    expect(langOfField(none, 'title')).toBe('en');
    expect(langOfText(part, 'Resell only until 2027.')).toBe('en');
    expect(langOfText(part, 'Beispielbereich')).toBeUndefined();
    expect(langOfText(full, 'Umfrage')).toBeUndefined();
    expect(langOfText(none, 'Sample Area')).toBe('en');
  });
});
