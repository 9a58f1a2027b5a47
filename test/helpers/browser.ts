/**
 * The Chromium the browser tests and the screenshot script drive: the system's own, since the project
 * never downloads Playwright's browsers.
 */
import { existsSync } from 'node:fs';

/** Launch flags for a quiet headless Chromium: no sandbox (containers), no GPU, no background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The first Chromium or Chrome binary found: CHROMIUM_PATH, then the usual install locations; throws if none. */
export function chromiumPath(): string {
  const candidates = [
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p as string));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; ' +
        'macOS: `brew install --cask chromium`) or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}
