import { describe, expect, test } from 'vitest';
import { moveBodyStylesToHead } from '../../src/integrations/styles-in-head.ts';

const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('moveBodyStylesToHead', () => {
  test('returns the page with its body styles at the end of the head, in order and unchanged', () => {
    const html =
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"><style>p{x:1}\n</style></head>' +
      `<body><main><script>1</script>${ISLAND_STYLE}<astro-island></astro-island>` +
      '<style media="print">q{y:2}</style></main></body></html>';

    const moved = moveBodyStylesToHead(html);

    expect(moved).toBe(
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"><style>p{x:1}\n</style>' +
        `${ISLAND_STYLE}<style media="print">q{y:2}</style></head>` +
        '<body><main><script>1</script><astro-island></astro-island></main></body></html>',
    );
  });

  test('returns styles inside scripts, comments, templates and SVG where they are', () => {
    const body =
      '<body><script>const s = "<style>a{}</style>";</script><!-- <style>b{}</style> -->' +
      '<template><style>c{}</style></template><svg viewBox="0 0 1 1"><style>d{}</style></svg>' +
      '<style-guide>e</style-guide></body>';
    const html = `<html><head><title>t</title></head>${body}</html>`;

    expect(moveBodyStylesToHead(html)).toBe(html);
  });

  test('returns a page without a head as it is', () => {
    const html = `<p>fragment</p>${ISLAND_STYLE}`;

    expect(moveBodyStylesToHead(html)).toBe(html);
  });
});
