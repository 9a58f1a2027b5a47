import { afterEach, describe, expect, test } from 'vitest';
import { islandDataJson, provideIslandData, readIslandData } from '../../src/persistence/island-data.ts';

describe('islandDataJson', () => {
  test('returns JSON that cannot end its script element, and parses back to the same value', () => {
    const data = { note: '</script><!-- <b>', n: 1 };

    const json = islandDataJson(data);

    expect(json).not.toMatch(/<\/script|<!--|</);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('readIslandData', () => {
  afterEach(() => {
    delete (globalThis as { document?: unknown }).document;
  });

  test('returns the data provided for an id, on the server', () => {
    provideIslandData('sa-data-archiving', { slug: 'archiving' });

    expect(readIslandData('sa-data-archiving')).toEqual({ slug: 'archiving' });
  });

  test('returns the data written into the page, in the browser', () => {
    const json = islandDataJson({ slug: 'mobility', text: 'a < b' });
    (globalThis as { document?: unknown }).document = {
      getElementById: (id: string) => (id === 'sa-data-mobility' ? { textContent: json } : null),
    };

    expect(readIslandData('sa-data-mobility')).toEqual({ slug: 'mobility', text: 'a < b' });
  });

  test('returns data for the pages rendering now, after many others', () => {
    provideIslandData('first', 1);
    for (let i = 0; i < 100; i++) provideIslandData(`page-${i}`, i);

    expect(readIslandData('page-99')).toBe(99);
    expect(() => readIslandData('first')).toThrow('No island data was provided for "first"');
  });

  test('rejects an id the page does not have, naming it', () => {
    (globalThis as { document?: unknown }).document = { getElementById: () => null };

    expect(() => readIslandData('sa-data-nowhere')).toThrow('The page has no island data "sa-data-nowhere"');
  });
});
