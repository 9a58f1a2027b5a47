import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import { describe, expect, test } from 'vitest';
import { ISLAND_STYLE, moveIslandStyleToHead } from '../../src/integrations/styles-in-head.ts';

const bytes = (html: string) => new TextEncoder().encode(html);
const text = (page: Uint8Array) => new TextDecoder().decode(page);

describe('moveIslandStyleToHead', () => {
  test('knows the style Astro writes before the first island', () => {
    expect(ISLAND_STYLE).toBe(`<style>${ISLAND_STYLES}</style>`);
  });

  test('returns the page with the island style at the end of the head and the rest unchanged', () => {
    const html =
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"><style>p{x:1}\n</style></head>' +
      `<body><main><script>1</script>${ISLAND_STYLE}<script>2</script><astro-island>é</astro-island>` +
      '<style media="print">q{y:2}</style></main></body></html>';

    const moved = moveIslandStyleToHead(bytes(html));

    expect(text(moved)).toBe(
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"><style>p{x:1}\n</style>' +
        `${ISLAND_STYLE}</head><body><main><script>1</script><script>2</script><astro-island>é</astro-island>` +
        '<style media="print">q{y:2}</style></main></body></html>',
    );
  });

  test('moves every copy, in order, when a page has more than one', () => {
    const html = `<html><head></head><body>a${ISLAND_STYLE}b${ISLAND_STYLE}c</body></html>`;

    expect(text(moveIslandStyleToHead(bytes(html)))).toBe(
      `<html><head>${ISLAND_STYLE}${ISLAND_STYLE}</head><body>abc</body></html>`,
    );
  });

  test('returns a page without the style, or without a head, as it is', () => {
    const plain = bytes('<html><head><title>t</title></head><body><p>x</p></body></html>');
    const headless = bytes(`<p>fragment</p>${ISLAND_STYLE}`);

    expect(moveIslandStyleToHead(plain)).toBe(plain);
    expect(moveIslandStyleToHead(headless)).toBe(headless);
  });

  test('leaves a style already in the head where it is', () => {
    const page = bytes(`<html><head>${ISLAND_STYLE}</head><body><p>x</p></body></html>`);

    expect(moveIslandStyleToHead(page)).toBe(page);
  });
});
