import { describe, expect, test } from 'vitest';
import { baseLinksPlugin } from '../../src/integrations/base-links.ts';

describe('baseLinksPlugin', () => {
  test('returns a plugin that rewrites link URLs through the processor context', () => {
    const plugin = baseLinksPlugin('/catalogue/');
    const calls: [string, string][] = [];
    const context = { setProperty: (_node: unknown, key: 'url', value: string) => calls.push([key, value]) };

    plugin.link({ url: '/program/' }, context);
    plugin.image({ url: 'https://example.com/a.png' }, context);

    expect(plugin.name).toBe('base-links');
    expect(calls).toEqual([['url', '/catalogue/program/']]);
  });
});
