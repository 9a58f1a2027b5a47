import { describe, expect, test } from 'vitest';
import { findChromium, systemChromiumPaths } from './browser.ts';

const none = (): Promise<string | null> => Promise.resolve(null);

describe('findChromium', () => {
  test('returns CHROMIUM_PATH, then CHROME_PATH, before any system browser', async () => {
    const exists = () => true;

    const chromium = await findChromium({
      env: { CHROMIUM_PATH: '/a', CHROME_PATH: '/b' },
      exists,
      bundled: none,
    });
    const chrome = await findChromium({ env: { CHROME_PATH: '/b' }, exists, bundled: none });

    expect([chromium, chrome]).toEqual([
      { path: '/a', from: 'environment' },
      { path: '/b', from: 'environment' },
    ]);
  });

  test('rejects a variable that names no file instead of looking elsewhere', async () => {
    const run = findChromium({ env: { CHROME_PATH: '/nowhere' }, exists: () => false, bundled: none });

    await expect(run).rejects.toThrow('CHROME_PATH is set to /nowhere, where there is no file.');
  });

  test('returns the first system browser, macOS apps included', async () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';

    const found = await findChromium({ env: {}, exists: (p) => p === mac, bundled: none });

    expect(found).toEqual({ path: mac, from: 'system' });
    expect(systemChromiumPaths('/home/u')).toContain(
      '/home/u/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
  });

  test('returns the packaged Chromium when the system has none, and rejects with how to get one otherwise', async () => {
    const bundled = () => Promise.resolve('/tmp/chromium');

    const found = await findChromium({ env: {}, exists: () => false, bundled });
    const missing = findChromium({ env: {}, exists: () => false, bundled: none });

    expect(found).toEqual({ path: '/tmp/chromium', from: '@sparticuz/chromium' });
    await expect(missing).rejects.toThrow(/No Chromium found.*CHROMIUM_PATH.*@sparticuz\/chromium/);
  });
});
