import type { Page } from '@playwright/test';

/**
 * Puts `text` under `key` in the page's localStorage before its first load only, so what the site then
 * writes there survives the test's reloads (a marker in sessionStorage says the seed is done).
 */
export async function seedStorageOnce(page: Page, key: string, text: string): Promise<void> {
  await page.addInitScript(
    ([k, t]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, t);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key, text] as const,
  );
}

/** A Storage method the browser may refuse. */
type StorageMethod = 'getItem' | 'setItem' | 'removeItem';

/**
 * Makes the page's localStorage refuse `method` on every load, as a full storage (setItem throws
 * QuotaExceededError), a privacy setting or a damaged profile do; sessionStorage keeps working. Add it
 * after `seedStorageOnce`, so the seed still lands.
 */
export async function refuseStorage(page: Page, method: StorageMethod): Promise<void> {
  await page.addInitScript((name: StorageMethod) => {
    // Kept unbound on purpose: it is applied below to whichever storage the call was made on.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const real = Storage.prototype[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(Storage.prototype, name, {
      configurable: true,
      writable: true,
      value: function (this: Storage, ...args: unknown[]) {
        if (this === window.localStorage) {
          throw new DOMException('refused', name === 'setItem' ? 'QuotaExceededError' : 'SecurityError');
        }
        return real.apply(this, args);
      },
    });
  }, method);
}

/** What another tab of the page's browser reads under `key`, whatever the page itself is refused. */
export async function storedElsewhere(page: Page, key: string): Promise<string | null> {
  const other = await page.context().newPage();
  try {
    await other.goto('/404.html');
    return await other.evaluate((k) => localStorage.getItem(k), key);
  } finally {
    await other.close();
  }
}
