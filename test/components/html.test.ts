import { describe, expect, test } from 'vitest';
import { attr, escapeHtml, html } from '../../src/components/html.ts';
import { markedHtml } from '../../src/components/marked-html.ts';
import { marked } from '../../src/domain/provenance.ts';

describe('html', () => {
  test('escapes interpolated text as Astro does and writes HTML as it is', () => {
    const label = `<b> & "quoted" 'single'`;

    expect(html`<li title="${label}">${label}${html`<i>x</i>`}</li>`.value).toBe(
      '<li title="&lt;b&gt; &amp; &quot;quoted&quot; &#39;single&#39;">' +
        '&lt;b&gt; &amp; &quot;quoted&quot; &#39;single&#39;<i>x</i></li>',
    );
  });

  test('writes lists, numbers and nothing for false, null and undefined', () => {
    expect(html`<ul>${['a', html`<b>b</b>`]}${3}${false}${null}${undefined}</ul>`.value).toBe(
      '<ul>a<b>b</b>3</ul>',
    );
    expect(escapeHtml('plain')).toBe('plain');
  });

  test('writes an attribute only when it has a value, bare for true and the empty string', () => {
    const flags = html`${attr('aria-current', 'page')}${attr('data-default', '')}${attr('hidden', true)}`;
    const none = html`${attr('x', undefined)}${attr('y', null)}${attr('z', false)}`;

    expect(flags.value).toBe(' aria-current="page" data-default hidden');
    expect(none.value).toBe('');
  });
});

describe('markedHtml', () => {
  test('marks an example once, with the word for screen readers, and leaves a stated value plain', () => {
    expect(markedHtml(marked('USD <75,000>', true)).value).toBe(
      '<span class="illustrative" data-illustrative>USD &lt;75,000&gt;' +
        '<span class="visually-hidden"> (illustrative)</span></span>',
    );
    expect(markedHtml(marked('Stated & sourced', false)).value).toBe('Stated &amp; sourced');
  });

  test('writes segments in order, marking only their examples', () => {
    const value = markedHtml(['Revenue: ', marked('USD 1', true), ' or ', marked('none', false)]).value;

    expect(value.startsWith('Revenue: <span class="illustrative" data-illustrative>USD 1')).toBe(true);
    expect(value.endsWith('</span></span> or none')).toBe(true);
    expect(markedHtml('a < b').value).toBe('a &lt; b');
  });
});
