import { describe, expect, test } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { describeAnswer, describeShortfall, describeThreshold } from '../../src/domain/kinds.ts';
import { reasonSentence, type Unavailable } from '../../src/domain/availability.ts';
import type { OfferedAssessment } from '../../src/engine/types.ts';
import { translator } from '../../src/text/text.ts';
import { kinds, makeRules } from '../helpers/fixtures.ts';

const DE = translator('de');
const JA = translator('ja');
const integrate = { businessModel: 'integrate', region: 'na' } as const;

const scored = (t: typeof DE): OfferedAssessment => {
  const result = assess(makeRules(), integrate, { references: 1 }, t);
  if (result.status !== 'assessed') throw new Error(result.message);
  return result;
};

describe('the verdict in the language of the page', () => {
  test('returns the headline and the readiness in German and Japanese', () => {
    const de = scored(DE);
    const ja = scored(JA);

    expect(de.headline).toEqual({ label: 'Erreichte Stufe', value: 'Keine' });
    expect(ja.headline).toEqual({ label: '達成レベル', value: 'なし' });
    expect(de.levels[0]?.summary).toMatch(/^\d+ von \d+ erfüllt, zu \d+ % bereit$/);
    expect(ja.levels[0]?.summary).toMatch(/^\d+件中\d+件達成、準備度\d+%$/);
    expect(de.next?.text).toMatch(/^Für Principal: .+\.$/);
    expect(ja.next?.text).toMatch(/^Principalまで：.+。$/);
  });

  test('returns figures as each language writes them', () => {
    const revenue = { ...kinds.revenue, amount: 50_000, weight: 1 };
    const growth = { ...kinds.growth, percent: 12.5, weight: 1 };
    const references = { ...kinds.references, weight: 1 };

    expect(describeThreshold(revenue, DE)).toBe('50.000 USD in den letzten 12 Monaten');
    expect(describeThreshold(revenue, JA)).toBe('直近12か月でUSD 50,000');
    expect(describeAnswer(revenue, 1234.5, DE)).toBe('1.234,5 USD');
    expect(describeShortfall(revenue, 40_000, DE)).toBe('40.000 USD mehr Umsatz in den letzten 12 Monaten');
    expect(describeThreshold(growth, DE)).toBe('12,5 % Wachstum in den letzten 12 Monaten');
    expect(describeAnswer(references, 1, DE)).toBe('1 Kundenreferenz');
    expect(describeAnswer(references, 2, DE)).toBe('2 Kundenreferenzen');
    expect(describeAnswer(references, null, JA)).toBe('未回答');
  });

  test('returns why a competency is not offered, in sentences of the language', () => {
    const reason: Unavailable = { code: 'region', region: 'latam', offeredIn: ['na', 'emea'] };
    const labels = { levels: [], models: [], regions: [] };

    expect(reasonSentence(reason, 'Archiving', labels, DE)).toBe(
      'Archiving wird in LATAM nicht angeboten, sondern in NA, EMEA.',
    );
    expect(reasonSentence(reason, 'Archiving', labels, JA)).toBe(
      'ArchivingはLATAMでは提供されていません。提供地域：NA、EMEA。',
    );
  });
});
