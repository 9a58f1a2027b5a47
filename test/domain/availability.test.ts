import { describe, expect, test } from 'vitest';
import {
  availability,
  notOfferedIn,
  pickerNote,
  reasonSentence,
  reasonShort,
  unavailableReasons,
  type Unavailable,
} from '../../src/domain/availability.ts';
import { ID_LABELS } from '../../src/domain/labels.ts';
import { kinds, makeRules } from '../helpers/fixtures.ts';
import { LABELS } from '../helpers/labels.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

/** Offered on Integrate at both levels, on Resell at Expert only, in NA and EMEA. */
const expertOnlyOnResell = () =>
  makeRules({
    requirements: {
      principal: { integrate: [kinds.training] },
      expert: { integrate: [kinds.exam], resell: [kinds.revenue] },
    },
  });

describe('unavailableReasons', () => {
  test('returns no reason for a choice the competency offers', () => {
    const rules = makeRules();

    const reasons = unavailableReasons(rules, { model: 'resell', region: 'emea', level: 'expert' });

    expect(reasons).toEqual([]);
  });

  test('returns every reason, the most basic first', () => {
    const rules = makeRules({ status: 'retired', businessModels: ['integrate'] });

    const reasons = unavailableReasons(rules, { model: 'resell', region: 'latam', level: 'expert' });

    expect(reasons).toEqual([
      { code: 'retired' },
      { code: 'business-model', model: 'resell', offeredOn: ['integrate'] },
      { code: 'region', region: 'latam', offeredIn: ['na', 'emea'] },
    ]);
  });

  test('returns a missing level on the model, or on every model when none is chosen', () => {
    const rules = expertOnlyOnResell();

    expect(unavailableReasons(rules, { model: 'resell', level: 'principal' })).toEqual([
      { code: 'level', level: 'principal', model: 'resell' },
    ]);
    expect(unavailableReasons(rules, { level: 'principal' })).toEqual([]);
    expect(
      unavailableReasons(makeRules({ requirements: { expert: { integrate: [kinds.exam] } } }), {
        level: 'principal',
      }),
    ).toEqual([{ code: 'level', level: 'principal', model: null }]);
  });

  test('returns no level reason for a model the competency is not on', () => {
    const rules = makeRules({ businessModels: ['integrate'] });

    const reasons = unavailableReasons(rules, { model: 'resell', level: 'expert' });

    expect(reasons.map((r) => r.code)).toEqual(['business-model']);
  });

  test('returns the rules as written when asked to leave retirement aside', () => {
    const rules = makeRules({ status: 'retired' });

    expect(availability(rules, { model: 'integrate' })).toEqual({ code: 'retired' });
    expect(availability(rules, { model: 'integrate' }, { asWritten: true })).toBeNull();
  });
});

describe('reasonShort', () => {
  test('returns each reason in a few words with the content titles', () => {
    const reasons: Unavailable[] = [
      { code: 'retired' },
      { code: 'business-model', model: 'resell', offeredOn: ['integrate'] },
      { code: 'level', level: 'principal', model: 'resell' },
      { code: 'level', level: 'principal', model: null },
      { code: 'region', region: 'latam', offeredIn: ['na'] },
      { code: 'not-solution-area' },
      { code: 'designation-model', designationModel: 'integrate', model: 'resell' },
    ];

    expect(reasons.map((r) => reasonShort(r, LABELS, EN))).toMatchInlineSnapshot(`
      [
        "Retired, no longer awarded",
        "Not offered on Resell",
        "No Principal level on Resell",
        "No Principal level",
        "Not offered in Latin America",
        "Not a solution-area competency",
        "Applies on Integrate only",
      ]
    `);
  });

  test('returns the id for a title the labels do not have', () => {
    expect(reasonShort({ code: 'region', region: 'mars', offeredIn: [] }, LABELS, EN)).toBe(
      'Not offered in mars',
    );
  });
});

describe('reasonSentence', () => {
  test('returns each reason as a sentence about the title', () => {
    const reasons: Unavailable[] = [
      { code: 'retired' },
      { code: 'business-model', model: 'resell', offeredOn: ['integrate'] },
      { code: 'business-model', model: 'resell', offeredOn: [] },
      { code: 'level', level: 'expert', model: 'integrate' },
      { code: 'region', region: 'latam', offeredIn: ['na', 'emea'] },
      { code: 'not-solution-area' },
      { code: 'designation-model', designationModel: 'integrate', model: 'resell' },
    ];

    expect(reasons.map((r) => reasonSentence(r, 'Archiving', LABELS, EN))).toMatchInlineSnapshot(`
      [
        "Archiving is retired and no longer awarded.",
        "Archiving is not offered on the Resell business model; it is offered on Integrate.",
        "Archiving is not offered on the Resell business model.",
        "Archiving has no Expert level on the Integrate business model.",
        "Archiving is not offered in LATAM; it is offered in NA, EMEA.",
        "Archiving is not a solution-area competency.",
        "Archiving applies to the Integrate business model; this assessment is for Resell.",
      ]
    `);
  });

  test('returns titles from the labels given, and region codes in capitals without region labels', () => {
    const labels = { ...LABELS, models: [{ id: 'resell' as const, title: 'Resale' }] };

    expect(
      reasonSentence({ code: 'business-model', model: 'resell', offeredOn: ['resell'] }, 'X', labels, EN),
    ).toBe('X is not offered on the Resale business model; it is offered on Resale.');
    expect(reasonSentence({ code: 'region', region: 'apj', offeredIn: ['na'] }, 'X', ID_LABELS, EN)).toBe(
      'X is not offered in APJ; it is offered in NA.',
    );
  });
});

describe('notOfferedIn', () => {
  test('returns the regions a competency is not offered in, in a few words', () => {
    expect(notOfferedIn(['LATAM', 'APJ'], EN)).toBe('Not offered in LATAM, APJ');
  });
});

describe('pickerNote', () => {
  test('returns nothing where offered, and "not offered" with the mark where that rests on an example', () => {
    expect(pickerNote(true, true, EN)).toBeUndefined();
    expect(pickerNote(false, true, EN)).toBe(' (not offered*)');
    expect(pickerNote(false, false, EN)).toBe(' (not offered)');
  });
});
