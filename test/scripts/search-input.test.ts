import { describe, expect, test } from 'vitest';
import { searchInput } from '../../scripts/search/input.ts';

const page = (main: string) =>
  `<!doctype html><html lang="en"><head><title>T</title><style>p{color:red}</style></head>` +
  `<body><main data-pagefind-body>${main}</main><script type="module">go("</div>")</script></body></html>`;

describe('searchInput', () => {
  test('returns the page without ignored elements, nested ones of the same name included', () => {
    const html = page(
      '<h1>Archiving</h1><div class="explorer" data-pagefind-ignore><div><div>panel</div></div>' +
        '<p>diff</p></div><p>Story</p>',
    );

    expect(searchInput(html)).toBe(
      '<!doctype html><html lang="en"><head><title>T</title></head>' +
        '<body><main data-pagefind-body><h1>Archiving</h1><p>Story</p></main></body></html>',
    );
  });

  test('returns the page without its scripts and styles', () => {
    const html = page('<p>Text</p>');

    expect(searchInput(html)).not.toMatch(/<script|<style|color:red|go\(/);
  });

  test('returns the page without ignored elements whose attributes hold ">" or a quoted "<"', () => {
    const html = page(
      '<section id="sa" data-x="a > b" data-pagefind-ignore><astro-island props="{&quot;a&quot;:&quot;<b&quot;}">' +
        "<form><input value='x > y'></form></astro-island></section><p>Kept</p>",
    );

    expect(searchInput(html)).toContain('<main data-pagefind-body><p>Kept</p></main>');
  });

  test('returns an ignored element removed whole when a script inside it writes its closing tag', () => {
    const html = page(
      '<section data-pagefind-ignore><script>document.write("</section>")</script><p>widget</p></section><p>Kept</p>',
    );

    expect(searchInput(html)).toContain('<main data-pagefind-body><p>Kept</p></main>');
  });

  test('returns several ignored elements removed, and text that names the attribute kept', () => {
    const html = page(
      '<div data-pagefind-ignore>a</div><p>Use data-pagefind-ignore to skip a part.</p><section data-pagefind-ignore>b</section>',
    );

    expect(searchInput(html)).toContain(
      '<main data-pagefind-body><p>Use data-pagefind-ignore to skip a part.</p></main>',
    );
  });

  test('returns the page unchanged when an ignored element is never closed', () => {
    const html = page('<div data-pagefind-ignore><p>open</p>');

    expect(searchInput(html)).toBe(html);
  });

  test('returns a page without ignored parts as it is, less scripts and styles', () => {
    const html = '<html><body><main data-pagefind-body><p>Plain</p></main></body></html>';

    expect(searchInput(html)).toBe(html);
  });
});
