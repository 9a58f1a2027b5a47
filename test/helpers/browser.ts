/**
 * The Chromium the browser tests, the screenshot script and the benchmark drive. The project never downloads a
 * browser: it takes one named by the environment, else the system's, else the one that the `@sparticuz/chromium`
 * devDependency ships inside its npm package (Linux x64), so `npm ci && npm test` works with Node alone.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Launch flags for a quiet headless Chromium: no sandbox (containers), no GPU, no background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where a system Chromium or Chrome is installed on Linux and macOS, in the order they are tried. */
export function systemChromiumPaths(home = homedir()): string[] {
  const apps = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome'];
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    ...apps.map((app) => join('/Applications', app)),
    ...apps.map((app) => join(home, 'Applications', app)),
  ];
}

/** A browser found, and where it came from (for the one line a run prints about it). */
export interface FoundChromium {
  path: string;
  from: 'environment' | 'system' | '@sparticuz/chromium';
}

const NONE_FOUND =
  'No Chromium found for the browser tests. Set CHROMIUM_PATH (or CHROME_PATH) to a Chromium or Chrome binary, ' +
  'or install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; macOS: `brew install --cask chromium`). ' +
  'On Linux x64 the @sparticuz/chromium devDependency provides one after `npm ci`.';

/**
 * The first Chromium found: CHROMIUM_PATH or CHROME_PATH, then a system install, then the one the
 * `@sparticuz/chromium` package carries (unpacked once into the temporary folder). Rejects, saying how to get
 * one, when there is none. `exists` and `bundled` are replaceable for tests.
 */
export async function findChromium({
  env = process.env,
  exists = existsSync,
  system = systemChromiumPaths(),
  bundled = bundledChromium,
}: {
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
  system?: readonly string[];
  bundled?: () => Promise<string | null>;
} = {}): Promise<FoundChromium> {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    const path = env[name];
    if (path) {
      if (!exists(path)) throw new Error(`${name} is set to ${path}, where there is no file.`);
      return { path, from: 'environment' };
    }
  }
  const installed = system.find((path) => exists(path));
  if (installed) return { path: installed, from: 'system' };
  const path = await bundled();
  if (path) return { path, from: '@sparticuz/chromium' };
  throw new Error(NONE_FOUND);
}

/** The Chromium inside the @sparticuz/chromium package, unpacked; null off Linux x64 or without the package. */
async function bundledChromium(): Promise<string | null> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return await chromium.executablePath();
  } catch {
    return null;
  }
}
