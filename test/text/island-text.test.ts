import { describe, expect, test } from 'vitest';
import { islandText, WIDGET_TEXT } from '../../src/text/island-text.ts';
import { translator } from '../../src/text/text.ts';

describe('islandText', () => {
  test('returns the texts an island names, in the language of the translator, placeholders left to fill', () => {
    const text = islandText(translator('en'), { heading: 'widget.heading', missingFor: 'widget.missingFor' });

    expect(text).toEqual({ heading: 'Your situation and figures', missingFor: "What's missing for {level}" });
  });

  test('gives the widget a text for every name it uses', () => {
    const text = islandText(translator('en'), WIDGET_TEXT);

    expect(Object.keys(text).sort()).toEqual(Object.keys(WIDGET_TEXT).sort());
    for (const value of Object.values(text)) expect(value.trim()).not.toBe('');
  });
});
