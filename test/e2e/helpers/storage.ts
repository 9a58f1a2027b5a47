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
