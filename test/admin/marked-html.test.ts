import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import { escapeHtml, markedHtml } from '../../src/admin/marked-html.ts';
import MarkedValue from '../../src/components/MarkedValue.astro';
import { marked, type Marked, type Segments } from '../../src/domain/provenance.ts';

let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('markedHtml', () => {
  test('marks an example once, with the word for screen readers, and leaves a stated value plain', () => {
    expect(markedHtml(marked('USD <75,000>', true))).toBe(
      '<span class="illustrative" data-illustrative>USD &lt;75,000&gt;' +
        '<span class="visually-hidden"> (illustrative)</span></span>',
    );
    expect(markedHtml(marked('Stated & sourced', false))).toBe('Stated &amp; sourced');
  });

  test('writes segments in order, marking only their examples', () => {
    const value = markedHtml(['Revenue: ', marked('USD 1', true), ' or ', marked('none', false)]);

    expect(value.startsWith('Revenue: <span class="illustrative" data-illustrative>USD 1')).toBe(true);
    expect(value.endsWith('</span></span> or none')).toBe(true);
    expect(markedHtml('a < b')).toBe('a &lt; b');
  });

  // The editor's preview shows marks as the pages do: the same markup, escaped the same way.
  test('writes what MarkedValue.astro renders, for text that needs escaping too', async () => {
    const tricky = `<b> & "quoted" 'single' &amp; </span><script>x</script>`;
    const values: (Marked | Segments | string)[] = [
      marked(tricky, true),
      marked(tricky, false),
      tricky,
      ['Evidence: ', marked('USD 1 & up', true), ' or ', marked('"none"', false), '.'],
      [],
      '',
    ];

    for (const value of values) {
      const rendered = await container.renderToString(MarkedValue, { props: { value } });
      expect(markedHtml(value)).toBe(rendered);
    }
    expect(escapeHtml(tricky)).toBe(
      '&lt;b&gt; &amp; &quot;quoted&quot; &#39;single&#39; &amp;amp; &lt;/span&gt;&lt;script&gt;x&lt;/script&gt;',
    );
  });
});
