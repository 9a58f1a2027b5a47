import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './test/helpers/browser.ts';
import { freePort } from './test/helpers/free-port.ts';

// The runner loads this file first, then once in every worker: what it settles first (the browser, unpacked
// once; the port) goes into the environment, so the workers find the same.
process.env['CHROMIUM_PATH'] ??= (await findChromium()).path;
// E2E_PORT pins the preview server's port; otherwise a free one is taken.
process.env['E2E_PORT'] ??= String(await freePort());
const PORT = Number(process.env['E2E_PORT']);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: process.env['CI'] ? 'list' : 'line',
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'],
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    // --ignore-lock: a preview the developer left running elsewhere neither blocks this one nor is replaced by it.
    command: `npx astro preview --port ${PORT} --ignore-lock`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
  },
});
