/**
 * The admin's script, loaded before Decap's bundle: it holds Decap back, registers the MDX format that
 * keeps files as they were, the content check before every save and the competency preview, then starts
 * Decap with the config.yml generated from the schemas.
 */
import { parseFrontmatter } from '../content-check/frontmatter.ts';
import { matrixLabels } from '../domain/labels.ts';
import { checkEdit, formatProblem } from './check-entry.ts';
import type { ContentSnapshot, SnapshotCollection } from './content-snapshot.ts';
import type { DecapCms, ImmutableMap } from './decap-globals.ts';
import { MDX_FORMAT } from './decap-config.ts';
import { fromFile, toFile } from './mdx-format.ts';
import { competencyPreview } from './preview.ts';

declare const __PREVIEW_CSS__: string;

window.CMS_MANUAL_INIT = true;

/** The content as it is now; fetched again before each save, as other saves may have changed it. */
async function snapshot(): Promise<ContentSnapshot> {
  const response = await fetch('content.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`could not read the content to check against (${response.status})`);
  return (await response.json()) as ContentSnapshot;
}

/** A new entry has no slug until Decap makes one from its title, the same way. */
const slugify = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Lists the check's lines in a panel that stays until the next save: Decap's own notice (which shows the
 * same text) disappears after a few seconds and runs the lines together.
 */
function showProblems(lines: readonly string[]): void {
  let panel = document.getElementById('content-check');
  if (lines.length === 0) {
    panel?.remove();
    return;
  }
  if (!panel) {
    panel = document.createElement('section');
    panel.id = 'content-check';
    panel.setAttribute('aria-label', 'Content check');
    panel.setAttribute('aria-live', 'polite');
    Object.assign(panel.style, {
      position: 'fixed',
      insetInline: '1rem',
      bottom: '1rem',
      zIndex: '1000',
      maxHeight: '40vh',
      overflow: 'auto',
      padding: '0.75rem 1rem',
      background: '#fff5f5',
      color: '#5c1010',
      border: '2px solid #b42318',
      borderRadius: '0.5rem',
      font: '14px/1.4 system-ui, sans-serif',
    });
    document.body.append(panel);
  }
  const heading = document.createElement('h2');
  heading.textContent = `Not saved: the content check found ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}`;
  heading.style.cssText = 'font-size: 1rem; margin: 0 0 0.5rem';
  const list = document.createElement('ul');
  list.style.cssText =
    'margin: 0; padding-left: 1.25rem; font-family: ui-monospace, monospace; white-space: pre-wrap';
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.style.cssText = 'margin-top: 0.5rem';
  close.addEventListener('click', () => showProblems([]));
  panel.replaceChildren(heading, list, close);
}

/** Runs the content check on the text the save would write; throwing stops Decap's save and shows the lines. */
async function checkBeforeSave({ entry }: { entry: ImmutableMap }): Promise<undefined> {
  const data = (entry.get('data') as ImmutableMap).toJS() as Record<string, unknown>;
  const collection = entry.get('collection') as SnapshotCollection;
  const slug = entry.get('slug');
  const title = data['title'];
  const id = typeof slug === 'string' && slug !== '' ? slug : slugify(typeof title === 'string' ? title : '');
  const problems = checkEdit(await snapshot(), { collection, id, source: toFile(data) });
  showProblems(problems.map(formatProblem));
  if (problems.length > 0) {
    // The message is Decap's notice; the lines themselves are in the panel.
    throw new Error(
      `the content check found ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}, listed at the bottom of the page; nothing was saved`,
    );
  }
  return undefined;
}

/** Column and table titles for the preview, from the level and business model files that parse. */
function labelsOf(content: ContentSnapshot) {
  const read = (files: ContentSnapshot['files'][SnapshotCollection]) =>
    files.flatMap((f) => {
      const data = parseFrontmatter(f.source).data as
        { title?: unknown; rank: number; order: number } | undefined;
      return typeof data?.title === 'string' ? [{ id: f.id, data: { ...data, title: data.title } }] : [];
    });
  return matrixLabels(read(content.files.levels), read(content.files.businessModels));
}

async function start(cms: DecapCms): Promise<void> {
  cms.registerCustomFormat(MDX_FORMAT, 'mdx', {
    fromFile,
    toFile: (data) => toFile(data as Record<string, unknown>),
  });
  cms.registerEventListener({ name: 'preSave', handler: checkBeforeSave });
  cms.registerPreviewStyle(__PREVIEW_CSS__, { raw: true });
  const h = window.h;
  if (h) cms.registerPreviewTemplate('competencies', competencyPreview(h, labelsOf(await snapshot())));
  cms.init();
}

document.addEventListener('DOMContentLoaded', () => {
  const cms = window.CMS;
  if (cms) void start(cms);
});
