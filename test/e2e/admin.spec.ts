import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { freePort } from '../helpers/free-port.ts';

// The editor runs on `astro dev` and decap-server (`npm run edit`), not on the built site the other specs
// use, and on a copy of content/, so the real content is never written by a test.
const ARCHIVING = 'competencies/archiving.mdx';

// Free ports for the dev server and decap-server, taken when the editor starts.
let admin = '';
let workdir = '';
let content = '';
let editor: ChildProcess | undefined;

/** Runs the content check of `npm run check` on a content directory; returns its exit code and lines. */
function contentCheck(dir: string): { status: number | null; lines: string[] } {
  const run = spawnSync(process.execPath, ['scripts/check-content.ts'], {
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  return { status: run.status, lines: run.stdout.trim().split('\n') };
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Opens a collapsed requirement (the n-th with this summary, in form order) and returns its amount field. */
async function revenueAmount(page: Page, n: number, summary = 'Archiving revenue (revenue)') {
  const item = page.getByText(summary, { exact: true }).nth(n).locator('xpath=..');
  const amount = item.getByLabel('Amount', { exact: true });
  if (!(await amount.isVisible())) await item.getByRole('button').first().click();
  await expect(amount).toBeVisible();
  return amount;
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
}

test.describe.configure({ mode: 'serial' });

test.describe('the content editor at /admin/', () => {
  test.setTimeout(120_000);

  test.beforeAll(async () => {
    // The dev server's first start compiles the site; on a busy machine that takes a while.
    test.setTimeout(120_000);
    workdir = await mkdtemp(join(tmpdir(), 'catalogue-admin-'));
    content = join(workdir, 'content');
    await cp('content', content, { recursive: true });
    // Archiving's first version is made a draft (not yet in the rules lock), so changing one of its
    // thresholds needs no new version and the check accepts it: the test is about the form, not the lock.
    const lockFile = join(content, 'rules-lock.json');
    const lock = JSON.parse(await readFile(lockFile, 'utf8')) as Record<string, unknown>;
    delete lock['archiving'];
    await writeFile(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
    expect(contentCheck(content).status).toBe(0);

    const devPort = await freePort();
    const decapPort = await freePort();
    admin = `http://localhost:${devPort}/admin/`;
    editor = spawn(process.execPath, ['scripts/edit.ts'], {
      env: {
        ...process.env,
        CONTENT_DIR: content,
        PORT: String(devPort),
        DECAP_SERVER_PORT: String(decapPort),
      },
      stdio: 'ignore',
    });
    await waitForServer(`${admin}config.yml`, 60_000);
  });

  test.afterAll(async () => {
    if (editor && editor.exitCode === null) {
      const exited = new Promise((r) => editor?.once('exit', r));
      editor.kill('SIGTERM');
      await exited;
    }
    if (workdir) await rm(workdir, { recursive: true, force: true });
  });

  test('saves one changed threshold as exactly that line, and refuses a save the check fails', async ({
    page,
  }) => {
    const file = join(content, ARCHIVING);
    const original = await readFile(file, 'utf8');

    await page.goto(admin);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByRole('link', { name: 'Archiving', exact: true }).click();
    await (await revenueAmount(page, 0)).fill('60000');
    await publish(page);
    await expect(page.getByText('Changes saved', { exact: false })).toBeVisible();
    await expect.poll(() => readFile(file, 'utf8')).not.toBe(original);

    const saved = await readFile(file, 'utf8');
    const before = original.split('\n');
    const after = saved.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]));
    expect(changed).toEqual([['        amount: 50000', '        amount: 60000']]);
    expect(contentCheck(content).status).toBe(0);

    // What the check prints for the Expert threshold below Principal's, from a second copy with that file.
    const bad = saved.replace('        amount: 200000', '        amount: 55000');
    const other = join(workdir, 'expected', 'content');
    await cp(content, other, { recursive: true });
    await writeFile(join(other, ARCHIVING), bad);
    const expected = contentCheck(other);
    expect(expected.status).toBe(1);
    const problem = expected.lines.find((l) => l.includes('requirements.expert.integrate'));
    expect(problem).toBeDefined();
    const fieldAndMessage = problem!.slice(problem!.indexOf('  ') + 2);
    expect(fieldAndMessage).toMatch(
      /^requirements\.expert\.integrate\[\d\]\.amount {2}Expert asks for 55000/,
    );

    await (await revenueAmount(page, 2)).fill('55000');
    await publish(page);
    const check = page.getByRole('region', { name: 'Content check' });
    const message = fieldAndMessage.slice(fieldAndMessage.indexOf('  ') + 2);
    // The field as the form labels it: the level, the business model and the requirement's summary.
    await expect(
      check.getByRole('listitem').filter({
        hasText: `Requirements › Expert › Integrate › Archiving revenue (revenue) › Amount: ${message}`,
      }),
    ).toBeVisible();
    await expect(check.getByRole('listitem').filter({ hasText: fieldAndMessage })).toBeVisible();
    expect(await readFile(file, 'utf8')).toBe(saved);
  });

  test('shows the fields a file leaves out at their defaults, and a save writes none of them', async ({
    page,
  }) => {
    const file = join(content, ARCHIVING);
    const original = await readFile(file, 'utf8');
    expect(original).not.toMatch(/^(status|expertIncludesPrincipal):/m);

    await page.goto(admin);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByRole('link', { name: 'Archiving', exact: true }).click();

    await expect(page.getByRole('switch', { name: 'Expert includes principal' })).toBeChecked();
    // The select shows its value beside its input: the innermost part holding both reads "active".
    const status = page.getByRole('combobox', { name: 'Status (optional)' });
    await expect(page.locator('div', { has: status, hasText: /^active$/ })).not.toHaveCount(0);
    await page
      .getByLabel('Summary', { exact: true })
      .first()
      .fill('For partners who keep mailboxes lean by archiving.');
    await publish(page);
    await expect(page.getByText('Changes saved', { exact: false })).toBeVisible();
    await expect.poll(() => readFile(file, 'utf8')).not.toBe(original);
    expect(await readFile(file, 'utf8')).not.toMatch(/^(status|expertIncludesPrincipal):/m);
  });

  test('points a refused save at the field: marked in the form, and one press away in the list', async ({
    page,
  }) => {
    await page.goto(admin);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByRole('link', { name: 'Archiving', exact: true }).click();
    const summary = page.getByRole('textbox', { name: 'Summary', exact: true });
    await summary.fill('TODO: one sentence on the partners this competency is for.');
    await publish(page);

    const check = page.getByRole('region', { name: 'Content check' });
    await expect(check.getByRole('listitem').filter({ hasText: 'Summary: placeholder text' })).toBeVisible();
    await expect(summary).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('spinbutton', { name: 'Order' }).focus();
    await check.getByRole('button', { name: 'Summary', exact: true }).click();
    await expect(summary).toBeFocused();
  });

  test('shows, before saving, the reference profile a raised threshold moves from Expert to Principal', async ({
    page,
  }) => {
    // A new version with its history entry, as an editor writes it before changing a rule; the lock still
    // records 1.1, so the effect is measured against the rules of 1.1.
    const file = join(content, 'competencies/gateway-security.mdx');
    const raised = (await readFile(file, 'utf8'))
      .replace('version: "1.1"\neffective: 2026-12-02', 'version: "1.2"\neffective: 2027-01-15')
      .replace(
        'history:\n',
        'history:\n  - version: "1.2"\n    date: 2027-01-15\n    provenance: illustrative\n    summary: Raised the Expert revenue for Integrate partners.\n',
      );
    await writeFile(file, raised);

    await page.goto(admin);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByRole('link', { name: 'Gateway Security', exact: true }).click();
    // Expert, Integrate: the third revenue requirement in form order.
    await (await revenueAmount(page, 2, 'Gateway security revenue (revenue)')).fill('200000');
    await publish(page);

    const check = page.getByRole('region', { name: 'Content check' });
    const table = check.getByRole('table', { name: 'Gateway Security (version 1.1 → 1.2)' });
    await expect(
      table.getByRole('row', {
        name: 'Large integrator in North America Gateway Security Expert → Principal Platinum → Gold',
      }),
    ).toBeVisible();
    await expect(check.getByRole('heading', { name: 'Effect on reference profiles' })).toBeVisible();
    // Shown before the save: the file is as it was until the editor chooses.
    expect(await readFile(file, 'utf8')).toBe(raised);

    await check.getByRole('button', { name: 'Back to the form' }).click();
    await expect(check).toBeHidden();
    expect(await readFile(file, 'utf8')).toBe(raised);

    await publish(page);
    await check.getByRole('button', { name: 'Save with this effect' }).click();
    await expect(page.getByText('Changes saved', { exact: false })).toBeVisible();
    await expect
      .poll(() => readFile(file, 'utf8'))
      .toBe(raised.replace('        amount: 160000', '        amount: 200000'));
  });
});
