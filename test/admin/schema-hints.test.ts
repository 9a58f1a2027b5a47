import { describe, expect, test } from 'vitest';
import { readHints } from '../../src/admin/schema-hints.ts';

describe('readHints', () => {
  // TypeScript reads the schemas' types: a second or two, much longer on a loaded machine.
  test(
    'returns the JSDoc of every schema field, by the path the form uses',
    { timeout: 120_000 },
    async () => {
      const hints = await readHints();
      const competency = hints.get('competencies');

      expect(competency?.get('title')).toBe('Display name without the word "Competency", e.g. "Archiving".');
      expect(competency?.get('regions[].note')).toBe(
        'What differs in this region, if anything, e.g. "Resell only until 2027".',
      );
      expect(competency?.get('requirements.expert.resell[revenue].periodMonths')).toBe(
        'Length of the trailing period the revenue is counted over, in months, e.g. 12.',
      );
      expect(competency?.get('requirements.expert.resell[growth].periodMonths')).toBe(
        'The period the growth is measured over, in months, e.g. 12 for year over year.',
      );
      expect(hints.get('tiers')?.get('needs.expert')).toBe('Competencies held at Expert, e.g. 3.');
    },
  );
});
