import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { copiedPassages, visibleText } from '../checks/originality.ts';
import { readSite, type BuiltSite } from './dist.ts';

const source = readFileSync(
  new URL('../../fixtures/source/competency-overview.txt', import.meta.url),
  'utf8',
);

let site: BuiltSite;

beforeAll(() => {
  site = readSite();
});

describe('originality of the built site', () => {
  test('returns no sentence and no eight-word run of the source document on any page', () => {
    const text = [...site.pages.values()].map(visibleText).join(' ');

    const copied = copiedPassages(source, text);

    expect(copied).toEqual([]);
  });

  test('reports a sentence of the source document pasted into a page', () => {
    const sentence = source.split('\n').find((line) => line.split(' ').length > 12) ?? '';
    const page = `<main><p>Intro.</p><p>${sentence.replaceAll('&', '&amp;')}</p></main>`;

    const copied = copiedPassages(source, visibleText(page));

    expect(copied.length).toBeGreaterThan(0);
  });
});
