import { describe, expect, test } from 'vitest';
import { designationRuleText } from '../../src/views/designation.ts';
import { makeDesignation, makeRules } from '../helpers/fixtures.ts';
import { LABELS } from '../helpers/labels.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

describe('designationRuleText', () => {
  test('returns how the designation is checked, with the business model and waived kinds in words', () => {
    const text = designationRuleText(makeDesignation(), LABELS, EN);

    expect(text).toBe(
      'The self-assessment checks Services Expert against its own requirements on the Integrate business model, each listed once with its own threshold; it asks for no revenue figure.',
    );
    expect(text).not.toMatch(/stands in/);
  });

  test('returns null for a competency that is not an interim designation', () => {
    expect(designationRuleText(makeRules(), LABELS, EN)).toBeNull();
  });
});
