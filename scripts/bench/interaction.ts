/**
 * What a partner feels: builds the real content and the portfolio at N generated competencies, serves each
 * with gzip, and drives the widget and the portfolio in headless Chromium 390 px wide with the CPU slowed 4x
 * (`cpu`),
 * recording every interaction's duration with the Event Timing API, the time until the outcome shows, the
 * longest animation frame and the JavaScript loaded. `slowMs` makes every input, change, click and keydown
 * listener of the page wait that long first: a deliberately slow build, to see the verdict fail.
 */
import { existsSync, readdirSync, renameSync, rmSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../test/helpers/browser.ts';
import { coldBuild } from './build.ts';
import { generateCompetencies } from './generate.ts';
import {
  EVENT_THRESHOLD_MS,
  TARGET_LARGE_PORTFOLIO_MS,
  TARGET_MS,
  interactionDurations,
  type Scenario,
  type ScenarioRun,
} from './interaction-report.ts';
import { fillContent, type Sandbox } from './sandbox.ts';
import { SLOW_SCORING_ENV, SLOW_SCORING_MARK } from './slow-scoring.ts';
import { count } from './stats.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar',
  '.csv': 'text/csv',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg)/;

/** Serves a built site as a static host would: index.html for a folder, gzip for text, 404.html otherwise. */
export function serve(root: string): Promise<{ origin: string; server: Server }> {
  const gzipped = new Map<string, Uint8Array>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) path = join(root, '404.html');
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      statSync(path);
    } catch {
      path = join(root, '404.html');
      res.statusCode = 404;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 'no-cache');
    let body: Uint8Array = readFileSync(path);
    if (COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      let zipped = gzipped.get(path);
      if (!zipped) gzipped.set(path, (zipped = gzipSync(body, { level: 9 })));
      body = zipped;
      res.setHeader('Content-Encoding', 'gzip');
    }
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, 'localhost', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ origin: `http://localhost:${port}`, server });
    }),
  );
}

/** The in-page recorder: Event Timing entries, long animation frames, and the outcome a scenario waits for. */
interface Recorder {
  events: { interactionId: number; duration: number; startTime: number }[];
  frames: { startTime: number; duration: number }[];
  /** Times of the partner's actions and of the paints after the watched element changed. */
  starts: number[];
  shows: number[];
  watch: (selector: string, startTypes: readonly string[]) => void;
}

/** Runs in the page before its own scripts (addInitScript): keep it self-contained; `threshold` comes in. */
function recorder(threshold: number): void {
  const w = window as unknown as { __bench: Recorder };
  // The page's own addEventListener, before a slowed run wraps it: the recorder's listeners never wait.
  // Kept unbound on purpose: called on the window with .call.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const listen = EventTarget.prototype.addEventListener;
  const events: Recorder['events'] = [];
  const frames: Recorder['frames'] = [];
  new PerformanceObserver((list) => {
    // interactionId is newer than the DOM typings.
    for (const e of list.getEntries() as (PerformanceEventTiming & { interactionId: number })[]) {
      if (e.interactionId > 0)
        events.push({ interactionId: e.interactionId, duration: e.duration, startTime: e.startTime });
    }
  }).observe({ type: 'event', durationThreshold: threshold, buffered: true } as PerformanceObserverInit);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) frames.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // A browser without long animation frames: the column stays empty.
  }
  let observer: MutationObserver | undefined;
  const bench: Recorder = {
    events,
    frames,
    starts: [],
    shows: [],
    watch(selector, startTypes) {
      bench.starts = startTypes.length ? [] : [0];
      bench.shows = [];
      const text = () => document.querySelector(selector)?.textContent ?? null;
      let last = text();
      for (const type of startTypes) {
        listen.call(window, type, (e: Event) => bench.starts.push(e.timeStamp), { capture: true });
      }
      observer?.disconnect();
      observer = new MutationObserver(() => {
        const now = text();
        if (now === last) return;
        last = now;
        // The paint that shows it: after the next frame's rendering.
        requestAnimationFrame(() => setTimeout(() => bench.shows.push(performance.now())));
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    },
  };
  w.__bench = bench;
}

/** Makes every input, change, click and keydown listener wait `ms` first (a deliberately slow build). */
function slowListeners(ms: number): void {
  const proto = EventTarget.prototype;
  // Kept unbound on purpose: applied with .call to whichever target a listener is added to.
  /* eslint-disable @typescript-eslint/unbound-method */
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  /* eslint-enable @typescript-eslint/unbound-method */
  const wrapped = new WeakMap<object, EventListener>();
  const slow = new Set(['input', 'change', 'click', 'keydown']);
  proto.addEventListener = function (this: EventTarget, type, listener, options) {
    if (!listener || !slow.has(type)) return add.call(this, type, listener, options);
    let wrapper = wrapped.get(listener);
    if (!wrapper) {
      wrapper = function (this: unknown, event: Event) {
        const until = performance.now() + ms;
        while (performance.now() < until);
        return typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
      };
      wrapped.set(listener, wrapper);
    }
    return add.call(this, type, wrapper, options);
  };
  proto.removeEventListener = function (this: EventTarget, type, listener, options) {
    return remove.call(this, type, (listener && wrapped.get(listener)) ?? listener, options);
  };
}

export interface InteractionOptions {
  runs: number;
  /** Generated competencies of each portfolio's build. */
  portfolio: readonly number[];
  /** The widget's scenarios, the portfolio's, or both. */
  scenarios: readonly ('widget' | 'portfolio')[];
  slowMs: number;
  /** Milliseconds of busy loop built into the scoring code (slow-scoring.ts); 0 for none. */
  slowScoringMs: number;
  /** How many times slower the CPU is made (CDP Emulation.setCPUThrottlingRate). */
  cpu: number;
}

interface Site {
  origin: string;
  server: Server;
}

/**
 * Builds the sandbox's content and moves the output aside, so the next build does not replace it. A slowed
 * build (`slowScoringMs`) must carry the busy loop in its scripts, or the benchmark stops.
 */
async function buildAside(
  sandbox: Sandbox,
  name: string,
  slowScoringMs: number,
  generated?: number,
): Promise<string> {
  // Each side's own content: a variant's rules may predate fields the content uses now.
  const content = join(sandbox.source, 'content');
  const from = existsSync(content) ? content : undefined;
  if (generated === undefined) fillContent(sandbox, undefined, from);
  else fillContent(sandbox, (dir) => generateCompetencies(dir, generated), from);
  await coldBuild(sandbox, [], slowScoringMs > 0 ? { [SLOW_SCORING_ENV]: String(slowScoringMs) } : {});
  const dir = join(sandbox.root, name);
  rmSync(dir, { recursive: true, force: true });
  renameSync(sandbox.outDir, dir);
  if (slowScoringMs > 0) {
    const scripts = readdirSync(join(dir, '_astro')).filter((f) => f.endsWith('.js'));
    if (!scripts.some((f) => readFileSync(join(dir, '_astro', f), 'utf8').includes(SLOW_SCORING_MARK)))
      throw new Error(`The slowed build of ${name} has no busy loop in its scripts`);
  }
  return dir;
}

/** The browser, and how much a slowed run slows each listener. */
interface Session {
  browser: Browser;
  slowMs: number;
  cpu: number;
}

/** A fresh context (nothing stored) and page, 390 px wide, the CPU slowed, the recorder installed. */
async function openPage(
  session: Session,
  origin: string,
  seed?: Record<string, string>,
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await session.browser.newContext({
    baseURL: origin,
    viewport: { width: 390, height: 844 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  if (seed) {
    await page.addInitScript((items: Record<string, string>) => {
      if (sessionStorage.getItem('seeded')) return;
      for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }, seed);
  }
  await page.addInitScript(recorder, EVENT_THRESHOLD_MS);
  if (session.slowMs > 0) await page.addInitScript(slowListeners, session.slowMs);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: session.cpu });
  page.setDefaultTimeout(30_000);
  return { page, context };
}

const hydrated = (page: Page) =>
  page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);

async function openWidget(page: Page, suffix = ''): Promise<void> {
  await page.goto(`/competencies/archiving/${suffix}`);
  await page.locator('#self-assessment').scrollIntoViewIfNeeded();
  await hydrated(page);
}

/** Marks where a scenario starts: its interactions, frames and JavaScript are counted from here. */
const mark = (page: Page) => page.evaluate(() => performance.now());

/** How long the page is left after the outcome first shows, for later steps and Event Timing's reports. */
const SETTLE_MS = 800;

/** Waits until the watched element has changed after the last action, and returns how long until it last did. */
async function shown(page: Page): Promise<number> {
  await page.waitForFunction(() => {
    const b = (window as unknown as { __bench: Recorder }).__bench;
    const start = b.starts.at(-1);
    return start !== undefined && b.shows.some((t) => t >= start);
  });
  // What shows in steps (the field's echo, then the verdict once the scoring code is in) counts to the last.
  // Event Timing also reports an interaction only after the frame that followed it.
  await page.waitForTimeout(SETTLE_MS);
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: Recorder }).__bench;
    const start = b.starts.at(-1) ?? 0;
    return Math.max(...b.shows.filter((t) => t >= start)) - start;
  });
}

/** What the page recorded since `from`: its interactions, longest frame and JavaScript. */
async function collect(page: Page, from: number, shownMs: number): Promise<ScenarioRun> {
  const seen = await page.evaluate((since) => {
    const b = (window as unknown as { __bench: Recorder }).__bench;
    const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) =>
      new URL(r.name).pathname.endsWith('.js'),
    );
    const sum = (list: PerformanceResourceTiming[]) => list.reduce((n, r) => n + r.transferSize, 0);
    return {
      events: b.events.filter((e) => e.startTime >= since),
      frames: b.frames.filter((f) => f.startTime + f.duration >= since).map((f) => f.duration),
      jsBefore: sum(js.filter((r) => r.startTime < since)),
      jsDuring: sum(js.filter((r) => r.startTime >= since)),
    };
  }, from);
  return {
    interactions: interactionDurations(seen.events),
    shownMs,
    longestFrameMs: Math.max(0, ...seen.frames),
    jsBefore: seen.jsBefore,
    jsDuring: seen.jsDuring,
  };
}

const watch = (page: Page, selector: string, startTypes: readonly string[]) =>
  page.evaluate(([s, t]) => (window as unknown as { __bench: Recorder }).__bench.watch(s, t), [
    selector,
    startTypes,
  ] as const);

const BAR = '#self-assessment .sa-bar';
const CAPTION = '#self-assessment .sa-fields caption';
const BANNER = '#self-assessment .sa-shared';

/**
 * One run of every widget scenario; what the portfolio needs from it (an entry saved by the widget). With
 * `full` false, only the keystrokes that save that entry, recording nothing.
 */
async function widgetRun(
  session: Session,
  site: Site,
  record: (name: string, run: ScenarioRun, byFrames?: boolean) => void,
  full = true,
): Promise<{ entry: string }> {
  const { page, context } = await openPage(session, site.origin);
  const field = (label: string) => page.locator('#self-assessment').getByLabel(label, { exact: true });
  await openWidget(page);

  let from = await mark(page);
  await watch(page, BAR, ['keydown']);
  await field('Customer references').click();
  await page.keyboard.type('3');
  record('first keystroke (click into a field, one digit)', await collect(page, from, await shown(page)));

  from = await mark(page);
  await watch(page, BAR, ['keydown']);
  await field('Archiving revenue').click();
  await page.keyboard.type('250000', { delay: 120 });
  record('a run of keystrokes (click, six digits)', await collect(page, from, await shown(page)));

  // What the next scenarios open: a share link, an exported file, the entry saved.
  await page
    .locator('#self-assessment')
    .getByRole('button', { name: 'Copy share link', exact: true })
    .click();
  const linkBox = page.locator('#self-assessment').getByRole('textbox', { name: /link/i });
  await page.waitForFunction(
    (el) => /#a=/.test((el as HTMLInputElement).value),
    await linkBox.elementHandle(),
  );
  const link = await linkBox.inputValue();
  if (!full) {
    const entry = await page.evaluate(() => localStorage.getItem('competency-assessment:archiving'));
    await context.close();
    if (!entry) throw new Error('The widget saved nothing after the keystrokes');
    return { entry };
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#self-assessment').getByRole('button', { name: 'Export answers (JSON)' }).click(),
  ]);
  const exported = readFileSync(await download.path());
  const entry = await page.evaluate(() => localStorage.getItem('competency-assessment:archiving'));
  if (!entry) throw new Error('The widget saved nothing after the keystrokes');

  from = await mark(page);
  let slowest = 0;
  for (const id of ['#sa-model', '#sa-region']) {
    await watch(page, CAPTION, ['keydown']);
    await page.locator(id).focus();
    await page.keyboard.press('ArrowDown');
    slowest = Math.max(slowest, await shown(page));
  }
  record('business model, then region (arrow key in each)', await collect(page, from, slowest));
  await context.close();

  {
    const { page, context } = await openPage(session, site.origin);
    await page.addInitScript(
      (s) => (window as unknown as { __bench: Recorder }).__bench.watch(s, []),
      BANNER,
    );
    await page.goto(new URL(link).pathname + new URL(link).hash);
    record('opening a share link, to the banner', await collect(page, 0, await shown(page)), true);

    const from = await mark(page);
    await watch(page, BANNER, ['click']);
    await page.getByRole('button', { name: 'Use these answers', exact: true }).click();
    record('"Use these answers"', await collect(page, from, await shown(page)));
    await context.close();
  }
  {
    const { page, context } = await openPage(session, site.origin);
    await openWidget(page);
    const from = await mark(page);
    await watch(page, BANNER, ['change']);
    await page
      .getByLabel('Import answers from a JSON file')
      .setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: exported });
    record('importing an exported file, to the banner', await collect(page, from, await shown(page)), true);
    await context.close();
  }
  return { entry };
}

const rowOf = (slug: string) => `tr:has(#pf-pick-${slug})`;

/**
 * Scrolls to the row of `slug`, the `index`th of `total`, as a partner would before ticking it: a long grid
 * renders a row only once it is near the screen. Left to settle before the tick is timed.
 */
async function reach(page: Page, slug: string, index: number, total: number): Promise<void> {
  const box = page.locator(`#pf-pick-${slug}`);
  // Aimed again until the row is there: the grid's height is an estimate until the rows near it are drawn.
  for (let tries = 0; (await box.count()) === 0; tries++) {
    if (tries === 30) throw new Error(`The portfolio never drew the row of ${slug}`);
    await page.evaluate(
      ([at, of]) => {
        const body = document.querySelector('.pf-table tbody')?.getBoundingClientRect();
        if (body) scrollTo(0, scrollY + body.top + (at / of) * body.height - innerHeight / 2);
      },
      [index, total] as const,
    );
    await page.waitForTimeout(1000);
  }
  await box.scrollIntoViewIfNeeded();
  await page.waitForTimeout(SETTLE_MS);
}

async function portfolioRun(
  session: Session,
  site: Site,
  entry: string,
  record: (name: string, run: ScenarioRun) => void,
): Promise<void> {
  let slugs: string[];
  let offered: string[];
  {
    const { page, context } = await openPage(session, site.origin);
    await page.goto('/self-assessment/');
    await hydrated(page);
    // Ticked, only those offered for the first business model and region change what the row shows.
    // From the page as served, every row in it: a long grid renders only the rows near the screen.
    [slugs, offered] = await page.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const boxes = [...served.querySelectorAll<HTMLInputElement>('input[id^="pf-pick-"]')];
      const slugOf = (i: HTMLInputElement) => i.id.slice(8);
      return [
        boxes.map(slugOf),
        boxes.filter((i) => i.closest('tr')?.textContent?.includes('Not in your portfolio')).map(slugOf),
      ];
    });
    const [first] = offered;
    if (!first) throw new Error('The portfolio lists no competency');
    const from = await mark(page);
    await watch(page, rowOf(first), ['click']);
    await page.locator(`#pf-pick-${first}`).click();
    record('portfolio: the first tick', await collect(page, from, await shown(page)));
    await context.close();
  }
  const last = offered.at(-1) as string;
  const seed = Object.fromEntries(slugs.map((slug) => [`competency-assessment:${slug}`, entry]));
  const others = slugs.filter((slug) => slug !== last);
  seed['competency-assessment:portfolio'] = JSON.stringify({ v: 1, slugs: others });
  const { page, context } = await openPage(session, site.origin, seed);
  await page.goto('/self-assessment/');
  await hydrated(page);
  // Every chosen row scored: the scoring code is in.
  await page.waitForFunction(
    (row) => document.querySelector(row)?.querySelector('.pf-cell') != null,
    rowOf(offered[0] as string),
  );
  await reach(page, last, slugs.indexOf(last), slugs.length);
  const from = await mark(page);
  await watch(page, rowOf(last), ['click']);
  await page.locator(`#pf-pick-${last}`).click();
  record(
    `portfolio: a tick with all ${count(slugs.length)} answered`,
    await collect(page, from, await shown(page)),
  );
  await context.close();
}

/** A site built and served for the benchmark: this checkout or the variant, with one portfolio per size. */
interface Built {
  /** Added to each row's site, e.g. " (main~3)" for the variant; empty for this checkout. */
  label: string;
  real: Site;
  portfolios: { size: number; site: Site }[];
}

async function buildAll(sandbox: Sandbox, options: InteractionOptions, label: string): Promise<Built> {
  const slow = options.slowScoringMs;
  console.log(`  building the real content${label}${slow > 0 ? `, scoring slowed by ${slow} ms` : ''}`);
  const real = await serve(await buildAside(sandbox, 'dist-real', slow));
  const portfolios: Built['portfolios'] = [];
  if (options.scenarios.includes('portfolio')) {
    for (const size of options.portfolio) {
      console.log(`  building ${size} generated competencies for the portfolio${label}`);
      portfolios.push({
        size,
        site: await serve(await buildAside(sandbox, `dist-portfolio-${size}`, slow, size)),
      });
    }
  }
  return { label, real, portfolios };
}

/**
 * Every scenario, `options.runs` times, on builds made in `sandbox`; with a `variant` (another checkout's
 * sandbox), the same on its builds, interleaved run by run, who goes first turning, its rows named apart.
 */
export async function interactionBench(
  sandbox: Sandbox,
  options: InteractionOptions,
  variant?: { sandbox: Sandbox; name: string },
): Promise<Scenario[]> {
  const sites = [await buildAll(sandbox, options, '')];
  if (variant) sites.push(await buildAll(variant.sandbox, options, ` (${variant.name})`));
  const browser = await chromium.launch({
    executablePath: (await findChromium()).path,
    args: [...CHROMIUM_ARGS],
  });
  const session: Session = { browser, slowMs: options.slowMs, cpu: options.cpu };
  // One list per site built: this checkout's rows first, then the variant's.
  const scenarios = sites.map(() => new Map<string, Scenario>());
  const recordOn =
    (built: Built, site: string, targetMs: number) =>
    (name: string, run: ScenarioRun, byFrames = false): void => {
      const rows = scenarios[sites.indexOf(built)] as Map<string, Scenario>;
      const key = `${site}\n${name}`;
      const scenario = rows.get(key) ?? { name, site: `${site}${built.label}`, targetMs, byFrames, runs: [] };
      scenario.runs.push(run);
      rows.set(key, scenario);
    };
  const widget = options.scenarios.includes('widget');
  try {
    for (let run = 1; run <= options.runs; run++) {
      console.log(`  run ${run} of ${options.runs}`);
      const order = run % 2 === 1 ? sites : [...sites].reverse();
      for (const built of order) {
        // Without the widget's scenarios, it only saves the entry the portfolio needs, recording nothing.
        const record = widget ? recordOn(built, 'real content', TARGET_MS) : () => {};
        const { entry } = await widgetRun(session, built.real, record, widget);
        for (const { size, site } of built.portfolios) {
          const target = size >= 1000 ? TARGET_LARGE_PORTFOLIO_MS : TARGET_MS;
          await portfolioRun(session, site, entry, recordOn(built, `portfolio at ${count(size)}`, target));
        }
      }
    }
  } finally {
    await browser.close();
    for (const built of sites) {
      built.real.server.close();
      for (const p of built.portfolios) p.site.server.close();
    }
  }
  return scenarios.flatMap((rows) => [...rows.values()]);
}
