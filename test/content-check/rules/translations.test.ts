import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/content-check/check.ts';
import { translationFile } from '../../../src/content-check/load.ts';
import { figuresOf } from '../../../src/content-check/rules/translations.ts';
import type { CheckResult, ContentInput } from '../../../src/content-check/types.ts';
import { entry, found, readGood } from '../fixture-tree.ts';

const DIR = 'test/fixtures/content/translations';
const LANGUAGES = ['de', 'ja'];
const ALPHA = 'test/fixtures/content/good/competencies/alpha.mdx';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

/** The good tree plus one translation fixture, placed as content/translations/<path>.mdx. */
function withTranslation(name: string, path = 'de/competencies/alpha', languages = LANGUAGES): CheckResult {
  const file = translationFile(entry(`${DIR}/${name}.mdx`, path));
  return checkContent({ ...good, translations: [file] }, undefined, languages);
}

const rules = (result: CheckResult) => [
  ...found(result, 'translation-text-only'),
  ...found(result, 'translation-current'),
];

describe('checkContent rules translation-text-only and translation-current', () => {
  test('accepts a translation that carries only the text of fields its source has', () => {
    expect(withTranslation('good').problems).toEqual([]);
  });

  test('fails a translation that restates a threshold, in a field of its own or in its words', () => {
    const FILE = `${DIR}/restates.mdx`;
    expect(rules(withTranslation('restates'))).toEqual([
      `${FILE}:8:5  requirements.revenue.amount  "amount" restates a rule of the English source: a translation carries only text (label, evidence, help, scale), and the site takes amount from the source; remove it here`,
      `${FILE}:9:5  requirements.revenue.help  restates the figure 100000 of requirement "revenue", which the English text does not write: the site shows the rules' figures from the source, so leave it out of the translation`,
      `${FILE}:14:27  body  restates the figure 100000 of its requirements, which the English text does not write: the site shows the rules' figures from the source, so leave it out of the translation`,
    ]);
  });

  test('fails a translation that restates a counting rule, in a field of its own or in its words', () => {
    const FILE = `${DIR}/restates-counting.mdx`;
    // A source whose technical exam has counting rules: a pass counts 24 months (at Principal).
    const source = entry('test/fixtures/content/bad/competencies/counting.mdx', 'alpha');
    const translation = translationFile(entry(FILE, 'de/competencies/alpha'));
    const competencies = [...good.competencies.filter((e) => e.id !== 'alpha'), source];
    const result = checkContent({ ...good, competencies, translations: [translation] }, undefined, LANGUAGES);

    expect(found(result, 'translation-text-only')).toEqual([
      `${FILE}:8:5  requirements.technical-exam.counting  "counting" restates a rule of the English source: a translation carries only text (label, evidence, help, scale), and the site takes counting from the source; remove it here`,
      `${FILE}:9:5  requirements.technical-exam.help  restates the figure 24 of requirement "technical-exam", which the English text does not write: the site shows the rules' figures from the source, so leave it out of the translation`,
    ]);
  });

  test('fails a stale translation, written for an older rules version than its source', () => {
    expect(rules(withTranslation('stale'))).toEqual([
      `${DIR}/stale.mdx:2:1  translates  stale: written for version "1.0" of ${ALPHA}, which is at "1.1" since 2026-03-01 (Added a revenue target at Expert for Integrate partners.); bring the text up to date with what changed, then set translates: "1.1"`,
    ]);
  });

  test('fails a field, a requirement or a region note the source lacks, and a rule restated at the top', () => {
    const FILE = `${DIR}/unknown-fields.mdx`;
    expect(rules(withTranslation('unknown-fields'))).toEqual([
      `${FILE}:5:1  sumary  unknown field "sumary": the source has no such text to translate; expected one of translates, title, summary, requirements, regions, history, announced, designation; did you mean "summary"?`,
      `${FILE}:7:3  requirements.revenu  no requirement with id "revenu" in the English source, so there is nothing to translate here; did you mean "revenue"?`,
      `${FILE}:10:3  regions.na  the English source writes no note for region "na", so there is nothing to translate here`,
      `${FILE}:12:1  version  "version" restates a rule of the English source: a translation carries only text (translates, title, summary, requirements, regions, history, announced, designation), and the site takes version from the source; remove it here`,
    ]);
  });

  test('fails a translation without a source, in a collection without translations, or in a language the site does not speak', () => {
    const FILE = `${DIR}/good.mdx`;
    expect(rules(withTranslation('good', 'de/competencies/alpa'))).toEqual([
      `${FILE}:2:1  frontmatter  no English source test/fixtures/content/good/competencies/alpa.mdx for this translation; a translation takes the name of its source; did you mean "alpha.mdx"?`,
    ]);
    expect(rules(withTranslation('good', 'de/competency/alpha'))).toEqual([
      `${FILE}:2:1  frontmatter  "competency" is not a collection that has translations; expected translations/de/<collection>/ for one of: competencies, levels, business-models, regions, tiers; did you mean "competencies"?`,
    ]);
    expect(rules(withTranslation('good', 'fr/competencies/alpha'))).toEqual([
      `${FILE}:2:1  frontmatter  "fr" is not a language of the site; expected a folder translations/<language>/ for one of: de, ja`,
    ]);
    expect(rules(withTranslation('good', 'de/alpha'))).toEqual([
      `${FILE}:2:1  frontmatter  a translation belongs in translations/<language>/<collection>/<name>.mdx, named as its English source, e.g. translations/de/competencies/archiving.mdx`,
    ]);
    expect(rules(withTranslation('good', 'de/competencies/alpha', []))).toEqual([
      `${FILE}:2:1  frontmatter  the site has no language but English yet, so "de" cannot be translated to; a language's words (src/text/) come first`,
    ]);
  });
});

test('fails a scaffold placeholder left in a translation', () => {
  const file = translationFile(entry(`${DIR}/placeholder.mdx`, 'de/competencies/alpha'));
  const result = checkContent({ ...good, translations: [file] }, undefined, LANGUAGES);
  expect(found(result, 'placeholders')).toEqual([
    `${DIR}/placeholder.mdx:3:1  title  placeholder text left from the scaffold: "TODO: Titel auf Deutsch"; replace it with the real text`,
    `${DIR}/placeholder.mdx:7:1  body  placeholder text left from the scaffold: "TODO: den Text übersetzen."; replace it with the real text`,
  ]);
});

describe('figuresOf', () => {
  test('reads a figure in any of the forms a language writes it, as every number its marks could mean', () => {
    expect([...figuresOf('100.000 USD')]).toEqual([100000]);
    expect([...figuresOf('8,5 von 10')]).toEqual([85, 8.5, 10]);
    expect([...figuresOf('１００，０００ドル')]).toEqual([100000]);
    expect([...figuresOf('10万ドル')]).toEqual([100000]);
    expect([...figuresOf("CHF 1'850'000")]).toEqual([1850000]);
  });
});
