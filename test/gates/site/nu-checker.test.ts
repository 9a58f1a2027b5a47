import { describe, expect, test } from 'vitest';
import { nuCheckerRuns } from '../checks/java.ts';
import { checkWithNu, formatNuMessages, nuErrors } from '../checks/nu-checker.ts';
import { DIST, readSite } from './dist.ts';

// One run over the whole build: the Java VM starts once, then the checker takes about 0.1 s a page.
const TIMEOUT_MS = 180_000;

describe.runIf(nuCheckerRuns())('W3C Nu HTML Checker over dist/', () => {
  test('returns no errors on any page, stylesheet or SVG', { timeout: TIMEOUT_MS }, async () => {
    const { files } = readSite();

    const { messages, checked } = await checkWithNu(DIST);

    expect(checked).toEqual(files.filter((file) => /\.(?:html|css|svg)$/.test(file)));
    expect(formatNuMessages(nuErrors(messages))).toBe('');
  });
});
