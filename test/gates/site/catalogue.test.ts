import { beforeAll, describe, expect, test } from 'vitest';
import { withBase } from '../../../src/util/base-path.ts';
import { readCollection } from '../../../src/content-check/load.ts';
import { describeThreshold } from '../../../src/domain/kinds.ts';
import { appliedRequirements, isOffered, toRules, type CompetencyRules } from '../../../src/domain/rules.ts';
import { rulesOn } from '../../../src/domain/announced.ts';
import { rulesDate } from '../../../src/site.config.ts';
import { BusinessModelSchema } from '../../../src/schemas/business-model.ts';
import { CompetencySchema } from '../../../src/schemas/competency.ts';
import { BUSINESS_MODEL_IDS, LEVEL_IDS } from '../../../src/schemas/ids.ts';
import { BASE, readSite, type BuiltSite } from './dist.ts';
import { translator } from '../../../src/text/text.ts';

const EN = translator('en');

/** Page text as a reader sees it: tags dropped, entities decoded, whitespace collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');
}

let site: BuiltSite;
let competencies: CompetencyRules[];
let modelTitles: Map<string, string>;

beforeAll(async () => {
  site = readSite();
  competencies = (await readCollection('content/competencies')).map((e) =>
    rulesOn(toRules({ id: e.id, data: CompetencySchema.parse(e.frontmatter.data) }), rulesDate()),
  );
  modelTitles = new Map(
    (await readCollection('content/business-models')).map((e) => [
      e.id,
      BusinessModelSchema.parse(e.frontmatter.data).title,
    ]),
  );
});

function page(path: string): string {
  const html = site.pages.get(path);
  if (html === undefined) throw new Error(`dist/${path} is missing`);
  return html;
}

describe('competency pages in dist/', () => {
  test('returns a page for every competency in content/competencies', () => {
    const missing = competencies
      .map((c) => `competencies/${c.slug}/index.html`)
      .filter((path) => !site.pages.has(path));

    expect(competencies.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  test('returns every requirement label and threshold, or "Not offered on <Model>", on each page', () => {
    const problems: string[] = [];

    for (const rules of competencies) {
      const text = textOf(page(`competencies/${rules.slug}/index.html`));
      for (const model of BUSINESS_MODEL_IDS) {
        const title = modelTitles.get(model) ?? model;
        if (!rules.businessModels.includes(model)) {
          if (!text.includes(`Not offered on ${title}`))
            problems.push(`${rules.slug}: no "Not offered on ${title}"`);
          continue;
        }
        for (const level of LEVEL_IDS.filter((l) => isOffered(rules, l, model))) {
          for (const req of appliedRequirements(rules, level, model)) {
            const where = `${rules.slug} ${level}/${model} ${req.id}`;
            if (!text.includes(req.label)) problems.push(`${where}: label "${req.label}" missing`);
            if (!text.includes(describeThreshold(req, EN))) problems.push(`${where}: threshold missing`);
          }
        }
      }
    }

    expect(problems).toEqual([]);
  });
});

describe('catalogue page in dist/', () => {
  test('returns a link to every competency page', () => {
    const html = page('competencies/index.html');

    const unlinked = competencies
      .map((c) => withBase(BASE, `/competencies/${c.slug}/`))
      .filter((href) => !html.includes(`href="${href}"`));

    expect(unlinked).toEqual([]);
  });
});

/** The HTML of a page without the element whose id is `id` (the self-assessment island's spot). */
function withoutSection(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  if (start === -1) return html;
  // Walk nested sections so the whole island section is cut, however it is built inside.
  const tags = /<section\b|<\/section>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</section>' ? -1 : 1;
    if (depth === 0) return html.slice(0, start) + html.slice(m.index + m[0].length);
  }
  return html.slice(0, start);
}

describe('catalogue pages ship no JavaScript of their own', () => {
  test('returns no <script> element on the overview, catalogue and program pages', () => {
    const paths = ['index.html', 'competencies/index.html', 'program/index.html'];

    const withScripts = paths.filter((path) => /<script\b/i.test(page(path)));

    expect(withScripts).toEqual([]);
  });

  test('returns no <script> element on competency pages outside the self-assessment section', () => {
    const paths = competencies.map((c) => `competencies/${c.slug}/index.html`);

    const withScripts = paths.filter((path) =>
      /<script\b/i.test(withoutSection(page(path), 'self-assessment')),
    );

    expect(withScripts).toEqual([]);
  });
});
