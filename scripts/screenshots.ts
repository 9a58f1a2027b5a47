// Full-page screenshots of site pages at desktop and phone widths, in light and dark colour schemes.
// Usage: node_modules/.bin/node scripts/screenshots.ts <base-url> <out-dir> [--parts] [path ...]
// e.g.   node_modules/.bin/node scripts/screenshots.ts http://localhost:4400 /tmp/shots / /competencies/
// --parts also saves long pages in slices of 1,200 px (-part1.png, ...), which image viewers show legibly.
// Also reports any page that scrolls sideways at 320 px, which the layout must never do.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../test/helpers/browser.ts';

const DEFAULT_PATHS = [
  '/',
  '/competencies/',
  '/competencies/archiving/',
  '/competencies/security-monitoring-and-management/',
  '/competencies/services-expert/',
  '/program/',
  '/404.html',
];
const WIDTHS = [1280, 390];
const SCHEMES = ['light', 'dark'] as const;

const SLICE = 1200;

const args = process.argv.slice(2);
const parts = args.includes('--parts');
const [baseUrl, outDir, ...rest] = args.filter((a) => a !== '--parts');
if (!baseUrl || !outDir) {
  console.error('Usage: node scripts/screenshots.ts <base-url> <out-dir> [--parts] [path ...]');
  process.exit(2);
}
const paths = rest.length > 0 ? rest : DEFAULT_PATHS;

/** A file name for a path, e.g. "/competencies/archiving/" -> "competencies-archiving". */
function fileStem(path: string): string {
  return (
    path
      .replace(/\.html$/, '')
      .replace(/^\/|\/$/g, '')
      .replaceAll('/', '-') || 'home'
  );
}

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: (await findChromium()).path,
  args: [...CHROMIUM_ARGS],
});

try {
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
        const file = join(outDir, `${fileStem(path)}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        const height = await page.evaluate('document.documentElement.scrollHeight');
        if (parts && typeof height === 'number' && height > SLICE) {
          for (let y = 0, n = 1; y < height; y += SLICE, n += 1) {
            const clip = { x: 0, y, width, height: Math.min(SLICE, height - y) };
            await page.screenshot({ path: file.replace(/\.png$/, `-part${n}.png`), fullPage: true, clip });
          }
        }
      }
      await context.close();
    }
  }

  // Sideways scrolling at the narrowest supported width is a layout bug on any page.
  const narrow = await browser.newContext({
    viewport: { width: 320, height: 800 },
    javaScriptEnabled: false,
  });
  const page = await narrow.newPage();
  let overflowing = 0;
  for (const path of paths) {
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
    const extra = await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    if (typeof extra === 'number' && extra > 0) {
      overflowing += 1;
      console.error(`${path} scrolls sideways by ${extra}px at 320 px`);
    }
  }
  await narrow.close();
  if (overflowing > 0) process.exitCode = 1;
} finally {
  await browser.close();
}
