import { describe, expect, test } from 'vitest';
import { announcedDate, announcedRules, announcedVersion, rulesOn } from '../../src/domain/announced.ts';
import { makeRules } from '../helpers/fixtures.ts';
import { makeAnnounced } from '../helpers/announced.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

describe('rulesOn', () => {
  test('keeps the current rules and the announcement before the effective date', () => {
    const rules = makeAnnounced();

    expect(rulesOn(rules, '2027-06-30')).toBe(rules);
  });

  test('applies the announced rules from the effective date on, with their version, date and history entry', () => {
    const rules = makeAnnounced();

    const on = rulesOn(rules, '2027-07-01');

    expect(on.announced).toBeUndefined();
    expect('announced' in on).toBe(false);
    expect(on.version).toBe('1.1');
    expect(on.effective).toBe('2027-07-01');
    expect(on.requirements).toBe(rules.announced?.requirements);
    expect(on.provenance).toEqual({ version: 'illustrative' });
    expect(on.history).toEqual([
      {
        version: '1.1',
        date: '2027-07-01',
        summary: 'Expert on Integrate asks for a fourth reference.',
        provenance: 'illustrative',
      },
      ...rules.history,
    ]);
    expect(rulesOn(rules, '2030-01-01')).toEqual(on);
  });

  test('writes no provenance into the history entry of an announcement without one', () => {
    const rules = makeAnnounced();
    const { provenance: _, ...bare } = rules.announced!;

    const on = rulesOn({ ...rules, announced: bare }, '2027-07-01');

    expect(on.history[0]).toEqual({ version: '1.1', date: '2027-07-01', summary: bare.summary });
    expect(on.provenance?.version).toBeUndefined();
  });

  test('leaves rules without an announcement as they are', () => {
    const rules = makeRules();

    expect(rulesOn(rules, '2099-01-01')).toBe(rules);
    expect(announcedRules(rules)).toBeUndefined();
  });
});

describe('announced facts as shown', () => {
  test('gives the date and version with the announcement mark', () => {
    const next = makeAnnounced().announced!;

    expect(announcedRules(makeAnnounced())?.version).toBe('1.1');
    expect(announcedDate(next, EN)).toEqual({ text: '1 July 2027', illustrative: true });
    expect(announcedVersion({ ...next, provenance: 'source' }, EN)).toEqual({
      text: 'rules version 1.1',
      illustrative: false,
    });
  });
});
