import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import RequirementMatrix from '../../src/components/RequirementMatrix.astro';
import { LABELS } from '../helpers/labels.ts';
import { buildRequirementMatrix } from '../../src/views/catalogue.ts';
import { readCollection } from '../../src/content-check/load.ts';
import { countingRules } from '../../src/domain/counting.ts';
import { describeThreshold } from '../../src/domain/kinds.ts';
import { evidenceIllustrative, thresholdIllustrative } from '../../src/domain/provenance.ts';
import { appliedRequirements, toRules, type CompetencyRules } from '../../src/domain/rules.ts';
import { CompetencySchema } from '../../src/schemas/competency.ts';
import { BUSINESS_MODEL_IDS, LEVEL_IDS } from '../../src/schemas/ids.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

/** HTML text as a reader sees it: tags dropped, entities decoded, whitespace collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&amp;', '&')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replace(/\s+/g, ' ');
}

let archiving: CompetencyRules;
let container: AstroContainer;

beforeAll(async () => {
  const entry = (await readCollection('content/competencies')).find((e) => e.id === 'archiving');
  if (!entry) throw new Error('content/competencies/archiving.mdx is missing');
  archiving = toRules({ id: entry.id, data: CompetencySchema.parse(entry.frontmatter.data) });
  container = await AstroContainer.create();
});

async function render(rules: CompetencyRules): Promise<string> {
  return container.renderToString(RequirementMatrix, {
    props: { matrix: buildRequirementMatrix(rules, LABELS, EN) },
  });
}

describe('RequirementMatrix', () => {
  test('returns one captioned table per level with level and model column headers', async () => {
    const html = await render(archiving);

    const captions = [...html.matchAll(/<caption[^>]*>([\s\S]*?)<\/caption>/g)].map((m) =>
      textOf(m[1] ?? '').trim(),
    );
    expect(captions).toEqual([
      'Principal level Archiving requirements by business model',
      'Expert level Archiving requirements by business model',
    ]);
    const columns = [...html.matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map((m) =>
      textOf(m[1] ?? '').trim(),
    );
    expect(columns).toEqual([
      'Principal, Integrate',
      'Principal, Resell',
      'Expert, Integrate',
      'Expert, Resell',
    ]);
  });

  test('returns every requirement label and threshold of every level and business model', async () => {
    const html = await render(archiving);

    const text = textOf(html);
    const rowHeaders = [...html.matchAll(/<th scope="rowgroup"[^>]*>([\s\S]*?)<\/th>/g)].map((m) =>
      textOf(m[1] ?? ''),
    );
    for (const level of LEVEL_IDS) {
      for (const model of BUSINESS_MODEL_IDS) {
        for (const req of appliedRequirements(archiving, level, model)) {
          expect(rowHeaders.some((h) => h.includes(req.label))).toBe(true);
          expect(text).toContain(describeThreshold(req, EN));
        }
      }
    }
  });

  test('returns each illustrative threshold, evidence and counting rule marked, named illustrative once each', async () => {
    const applied = LEVEL_IDS.flatMap((level) =>
      BUSINESS_MODEL_IDS.flatMap((model) => appliedRequirements(archiving, level, model)),
    );
    const illustrative =
      applied.filter(thresholdIllustrative).length +
      applied.filter(evidenceIllustrative).length +
      applied.flatMap((req) => countingRules(req, EN)).filter((rule) => rule.illustrative).length;

    const html = await render(archiving);

    expect(illustrative).toBeGreaterThan(0);
    expect(html.match(/data-illustrative/g)?.length).toBe(illustrative);
    expect(html.match(/\(illustrative\)/g)?.length).toBe(illustrative);
  });

  test('returns carried Principal requirements at Expert, marked as carried', async () => {
    const html = await render(archiving);

    const expertTable = html.slice(html.indexOf('id="requirements-expert"'));
    expect(textOf(expertTable)).toContain('Carried from Principal');
    expect(textOf(html.slice(0, html.indexOf('id="requirements-expert"')))).not.toContain('Carried from');
  });

  test('returns a plain "Not offered on Resell" column for an Integrate-only competency', async () => {
    const integrateOnly: CompetencyRules = {
      ...archiving,
      businessModels: ['integrate'],
      requirements: {
        principal: { integrate: archiving.requirements.principal?.integrate ?? [] },
        expert: { integrate: archiving.requirements.expert?.integrate ?? [] },
      },
    };

    const html = await render(integrateOnly);

    const text = textOf(html);
    expect(text.match(/Not offered on Resell/g)?.length).toBe(2);
    const principalRows = appliedRequirements(integrateOnly, 'principal', 'integrate').length;
    const expertRows = appliedRequirements(integrateOnly, 'expert', 'integrate').length;
    expect(html.match(/<td[^>]*class="matrix__off[^"]*"/g)?.length).toBe(principalRows + expertRows);
    expect(text).not.toContain('USD 75,000');
  });
});
