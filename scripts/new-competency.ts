// Scaffolds a competency file: `npm run new:competency -- "Cloud Backup" [--group storage-and-availability]`.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { COMPETENCY_GROUPS, type CompetencyGroup } from '../src/schemas/competency.ts';
import { BUSINESS_MODEL_IDS } from '../src/schemas/ids.ts';
import { contentRoot, readCollection } from '../src/content-check/load.ts';
import { competencyTemplate, slugify, translationTemplate } from '../src/content-check/scaffold.ts';
import { parseFrontmatter } from '../src/content-check/frontmatter.ts';
import { CompetencySchema } from '../src/schemas/competency.ts';
import { TRANSLATIONS_DIR } from '../src/schemas/translation.ts';
import { TRANSLATED_LANGS } from '../src/text/text.ts';
import { mkdir } from 'node:fs/promises';
import { isoDay } from '../src/util/dates.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { group: { type: 'string', default: 'information-management' } },
});
const title = positionals.join(' ').trim();
const group = values.group;
const isGroup = (value: string): value is CompetencyGroup => value in COMPETENCY_GROUPS;
if (title.length < 2 || !isGroup(group)) {
  console.error('Usage: npm run new:competency -- "Display Name" [--group <group>]');
  console.error(`Groups: ${Object.keys(COMPETENCY_GROUPS).join(', ')}`);
  process.exit(1);
}

const root = contentRoot();
const slug = slugify(title);
const file = join(root, 'competencies', `${slug}.mdx`);
const regions = await readCollection(join(root, 'regions'));
const existing = await readCollection(join(root, 'competencies'));
const orders = existing
  .map((entry) => entry.frontmatter.data as { group?: unknown; order?: unknown } | undefined)
  .filter((data) => data?.group === group && typeof data.order === 'number')
  .map((data) => data?.order as number);

const text = competencyTemplate({
  title,
  group,
  order: Math.max(0, ...orders) + 10,
  regions: regions.map((entry) => entry.id),
  businessModels: BUSINESS_MODEL_IDS,
  today: isoDay(new Date()),
});

try {
  // 'wx' fails when the file exists: an existing competency is never overwritten.
  await writeFile(file, text, { flag: 'wx' });
} catch (error) {
  const exists = error instanceof Error && 'code' in error && error.code === 'EEXIST';
  console.error(exists ? `${file} already exists; pick another name or edit that file.` : String(error));
  process.exit(1);
}

// A translation stub for every language the site speaks besides English, failing the check until written.
const english = CompetencySchema.parse(parseFrontmatter(text).data);
const translations: string[] = [];
for (const lang of TRANSLATED_LANGS) {
  const dir = join(root, TRANSLATIONS_DIR, lang, 'competencies');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${slug}.mdx`);
  await writeFile(path, translationTemplate(english, lang), { flag: 'wx' }).then(
    () => translations.push(path),
    () => console.error(`${path} already exists; it was left as it is.`),
  );
}

console.log(`Created ${[file, ...translations].join('\n        ')}

Next:
  1. Replace every "TODO" in ${translations.length > 0 ? 'them' : 'it'}: npm run check names each one (file:line, field) and fails until none is left.
  2. Adjust regions, businessModels and the requirements. Keep "illustrative" in the provenance of every
     figure that is an example, e.g. provenance: { threshold: illustrative, evidence: illustrative }.
  3. Preview with npm run dev at /competencies/${slug}/
  4. Run npm run check until it ends with "Content OK", then npm run content:lock, and commit both files.
`);
