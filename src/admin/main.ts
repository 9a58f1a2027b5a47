/**
 * The admin's script, loaded before Decap's bundle: it holds Decap back, registers the MDX format that
 * keeps files as they were, the content check before every save and the competency preview, then starts
 * Decap with the config.yml generated from the schemas.
 */
import { parseFrontmatter } from '../content-check/frontmatter.ts';
import { matrixLabels } from '../domain/labels.ts';
import {
  EFFECT_COLUMNS,
  EFFECTS_NOTE,
  EFFECTS_TITLE,
  NO_EFFECT,
  effectTable,
} from '../content-check/profile-effects.ts';
import { checkEdit, editEffects, formatProblem, type CompetencyEffect } from './check-entry.ts';
import type { ContentSnapshot, SnapshotCollection } from './content-snapshot.ts';
import type { DecapCms, ImmutableMap } from './decap-globals.ts';
import { ADMIN_COLLECTIONS, collectionFields, mdxFormat } from './decap-config.ts';
import { defaultsOf, formLabel } from './form-fields.ts';
import { fromFile, toFile } from './mdx-format.ts';
import { competencyPreview } from './preview.ts';

declare const __PREVIEW_CSS__: string;

window.CMS_MANUAL_INIT = true;

/** Each collection's field defaults, the same the form's widgets show for a new entry. */
const DEFAULTS: Record<string, Record<string, unknown>> = Object.fromEntries(
  ADMIN_COLLECTIONS.map((c) => [c.name, defaultsOf(collectionFields(c.schema))]),
);

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

/** One refused save's problem: the field as the form labels it, what is wrong, and the check's own line. */
interface ShownProblem {
  field: string;
  message: string;
  line: string;
  /** The form's control for the field, when the form shows it on its own (a top-level field). */
  control?: HTMLElement | undefined;
}

/**
 * The form's control of a top-level field: Decap gives it the id `<name>-field-<n>`. Fields inside lists
 * share their names with other items' fields, so only top-level ones are found this way.
 */
function controlOf(path: string): HTMLElement | undefined {
  if (!/^[A-Za-z]+$/.test(path)) return undefined;
  return document.querySelector<HTMLElement>(`[id^="${path}-field-"]`) ?? undefined;
}

/** The controls marked as having a problem by the last refused save. */
let marked: HTMLElement[] = [];

const PROBLEM_STYLE = { background: '#fff5f5', color: '#5c1010', borderColor: '#b42318' };
const NOTICE_STYLE = { background: '#f3f6fc', color: '#0b1f44', borderColor: '#1d4ed8' };

/**
 * The panel at the bottom of the page that stays until the next save: Decap's own notice (which shows the
 * same text) disappears after a few seconds and runs the lines together. Null removes it.
 */
function checkPanel(look: typeof PROBLEM_STYLE | null): HTMLElement | null {
  let panel = document.getElementById('content-check');
  if (look === null) {
    panel?.remove();
    return null;
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
      border: '2px solid',
      borderRadius: '0.5rem',
      font: '14px/1.4 system-ui, sans-serif',
    });
    document.body.append(panel);
  }
  Object.assign(panel.style, look);
  return panel;
}

function heading(text: string): HTMLHeadingElement {
  const h = document.createElement('h2');
  h.textContent = text;
  h.tabIndex = -1;
  h.style.cssText = 'font-size: 1rem; font-weight: bold; margin: 0 0 0.5rem';
  return h;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.style.cssText = 'margin: 0.5rem 0.5rem 0 0';
  b.addEventListener('click', onClick);
  return b;
}

/**
 * The effect of the save on the reference profiles, as `npm run check` prints it (the same words, from
 * src/content-check/profile-effects.ts): a note, then per changed competency a table or the one line.
 */
function effectsSection(effects: readonly CompetencyEffect[]): HTMLElement {
  const section = document.createElement('div');
  const title = document.createElement('h3');
  title.textContent = EFFECTS_TITLE;
  title.style.cssText = 'font-size: 1rem; font-weight: bold; margin: 0.75rem 0 0.25rem';
  const note = document.createElement('p');
  note.textContent = EFFECTS_NOTE;
  note.style.cssText = 'margin: 0 0 0.5rem';
  section.append(title, note);
  for (const effect of effects) {
    const { caption, rows } = effectTable(effect);
    if (rows.length === 0) {
      const line = document.createElement('p');
      line.textContent = `${caption}: ${NO_EFFECT}`;
      section.append(line);
      continue;
    }
    const table = document.createElement('table');
    table.style.cssText = 'border-collapse: collapse; margin-bottom: 0.5rem';
    const cap = document.createElement('caption');
    cap.textContent = caption;
    cap.style.cssText = 'text-align: start; font-weight: bold';
    const head = document.createElement('tr');
    for (const column of EFFECT_COLUMNS) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = column;
      head.append(th);
    }
    const body = document.createElement('tbody');
    for (const row of rows) {
      const tr = document.createElement('tr');
      row.forEach((cell, i) => {
        const td = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) td.scope = 'row';
        td.textContent = cell;
        tr.append(td);
      });
      body.append(tr);
    }
    const thead = document.createElement('thead');
    thead.append(head);
    table.append(cap, thead, body);
    for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
      cell.style.cssText = 'border: 1px solid currentColor; padding: 0.125rem 0.5rem; text-align: start';
    }
    section.append(table);
  }
  return section;
}

/**
 * Lists the problems of a refused save. Each names the field as the form labels it, then gives the line
 * `npm run check` prints, for whoever fixes the file by hand; the effect on the reference profiles follows.
 */
function showProblems(lines: readonly ShownProblem[], effects: readonly CompetencyEffect[] = []): void {
  for (const control of marked) {
    control.removeAttribute('aria-invalid');
    control.style.removeProperty('outline');
  }
  marked = lines.flatMap((p) => (p.control ? [p.control] : []));
  for (const control of marked) {
    control.setAttribute('aria-invalid', 'true');
    control.style.setProperty('outline', '3px solid #b42318');
  }
  const panel = checkPanel(lines.length === 0 ? null : PROBLEM_STYLE);
  if (!panel) return;
  const title = heading(
    `Not saved: the content check found ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}`,
  );
  const list = document.createElement('ul');
  list.style.cssText = 'margin: 0; padding-left: 1.25rem; white-space: pre-wrap';
  for (const { field, message, line, control } of lines) {
    const item = document.createElement('li');
    const name = document.createElement(control ? 'button' : 'strong');
    name.textContent = field;
    if (control) {
      // A button that takes the editor to the field, which is outlined until the next save.
      (name as HTMLButtonElement).type = 'button';
      name.title = `Go to ${field}`;
      name.style.cssText = 'font: inherit; font-weight: bold; text-decoration: underline';
      name.addEventListener('click', () => {
        control.scrollIntoView({ block: 'center' });
        control.focus();
      });
    }
    const where = document.createElement('small');
    where.textContent = line;
    where.style.cssText = 'display: block; font-family: ui-monospace, monospace';
    item.append(name, `: ${message}`, where);
    list.append(item);
  }
  const parts: HTMLElement[] = [title, list];
  if (effects.length > 0) parts.push(effectsSection(effects));
  panel.replaceChildren(
    ...parts,
    button('Close', () => showProblems([])),
  );
}

/**
 * Shows what the save does to the reference profiles and waits for the editor: true to save, false to go
 * back to the form. A demotion is allowed; it is shown so that nobody makes one without seeing it.
 */
function confirmEffects(effects: readonly CompetencyEffect[]): Promise<boolean> {
  const panel = checkPanel(NOTICE_STYLE);
  if (!panel) return Promise.resolve(true);
  // Focus comes back where it was (the form's publish control) once the editor has chosen.
  const before = document.activeElement;
  return new Promise((resolve) => {
    const done = (save: boolean) => () => {
      checkPanel(null);
      if (before instanceof HTMLElement && before.isConnected) before.focus();
      resolve(save);
    };
    const title = heading('Before saving: this change moves reference profiles');
    panel.replaceChildren(
      title,
      effectsSection(effects),
      button('Save with this effect', done(true)),
      button('Back to the form', done(false)),
    );
    // Escape goes back to the form, as it closes a dialog.
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') done(false)();
    });
    title.focus();
  });
}

/**
 * Runs the content check on the text the save would write; throwing stops Decap's save and shows the lines.
 * A save that moves a reference profile's level or tier waits until the editor has seen the table and chosen.
 */
async function checkBeforeSave({ entry }: { entry: ImmutableMap }): Promise<undefined> {
  const data = (entry.get('data') as ImmutableMap).toJS() as Record<string, unknown>;
  const collection = entry.get('collection') as SnapshotCollection;
  const slug = entry.get('slug');
  const title = data['title'];
  const id = typeof slug === 'string' && slug !== '' ? slug : slugify(typeof title === 'string' ? title : '');
  const content = await snapshot();
  const edit = { collection, id, source: toFile(data, DEFAULTS[collection]) };
  const problems = checkEdit(content, edit);
  const effects = editEffects(content, edit);
  showProblems(
    problems.map((p) => ({
      field: formLabel(p.path, data),
      message: p.message,
      line: formatProblem(p),
      control: controlOf(p.path),
    })),
    effects,
  );
  if (problems.length > 0) {
    // The message is Decap's notice; the lines themselves are in the panel.
    throw new Error(
      `the content check found ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}, listed at the bottom of the page; nothing was saved`,
    );
  }
  if (effects.some((e) => e.moves.length > 0) && !(await confirmEffects(effects))) {
    throw new Error('not saved: you went back to the form after seeing the effect on the reference profiles');
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
  for (const { name } of ADMIN_COLLECTIONS) {
    cms.registerCustomFormat(mdxFormat(name), 'mdx', {
      fromFile: (text) => fromFile(text, DEFAULTS[name]),
      toFile: (data) => toFile(data as Record<string, unknown>, DEFAULTS[name]),
    });
  }
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
