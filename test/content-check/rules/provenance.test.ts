import { beforeAll, describe, expect, test } from 'vitest';
import { BAD, found, readGood, withCompetency, withTier } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule provenance', () => {
  test('reports each competency value without provenance, at the value it is about', () => {
    const result = withCompetency(good, `${BAD}/competencies/no-provenance.mdx`);

    expect(found(result, 'provenance')).toMatchInlineSnapshot(`
      [
        "test/fixtures/content/bad/competencies/no-provenance.mdx:25:9  requirements.expert.integrate[0].provenance.threshold  no provenance for this value; expected provenance.threshold: illustrative (an example value) or source (stated by the program overview), so pages can mark examples",
        "test/fixtures/content/bad/competencies/no-provenance.mdx:30:1  provenance.version  no provenance for this value; expected provenance.version: illustrative (an example value) or source (stated by the program overview), so pages can mark examples",
        "test/fixtures/content/bad/competencies/no-provenance.mdx:33:5  history[0].provenance  no provenance for this value; expected provenance: illustrative (an example value) or source (stated by the program overview), so pages can mark examples",
      ]
    `);
  });

  test('reports counting rules without provenance, at the counting they are about', () => {
    const result = withCompetency(good, `${BAD}/competencies/counting.mdx`, 'alpha');

    expect(found(result, 'provenance')).toEqual([
      'test/fixtures/content/bad/competencies/counting.mdx:21:9  requirements.principal.integrate[0].provenance.counting  no provenance for this value; expected provenance.counting: illustrative (an example value) or source (stated by the program overview), so pages can mark examples',
    ]);
  });

  test('reports the name, counts and benefits of a tier without provenance, at title, needs and benefits', () => {
    const result = withTier(good, `${BAD}/tiers/no-provenance.mdx`);

    expect(found(result, 'provenance')).toMatchInlineSnapshot(`
      [
        "test/fixtures/content/bad/tiers/no-provenance.mdx:2:1  provenance.title  no provenance for this value; expected provenance.title: illustrative (an example value) or source (stated by the program overview), so pages can mark examples",
        "test/fixtures/content/bad/tiers/no-provenance.mdx:5:1  provenance.needs  no provenance for this value; expected provenance.needs: illustrative (an example value) or source (stated by the program overview), so pages can mark examples",
        "test/fixtures/content/bad/tiers/no-provenance.mdx:6:1  provenance.benefits  no provenance for this value; expected provenance.benefits: illustrative (an example value) or source (stated by the program overview), so pages can mark examples",
      ]
    `);
  });

  test('returns nothing for content whose every value says where it comes from', () => {
    const result = withCompetency(good, `${BAD}/competencies/not-illustrative.mdx`);

    expect(found(result, 'provenance')).toEqual([]);
  });
});
