import { describe, expect, test } from 'vitest';
import { baseLinksPlugin, withBasePath } from '../../src/integrations/base-links.ts';

describe('withBasePath', () => {
  test('returns site-absolute paths under the base, once', () => {
    expect(withBasePath('/program/', '/catalogue/')).toBe('/catalogue/program/');
    expect(withBasePath('/catalogue/program/', '/catalogue')).toBe('/catalogue/program/');
    expect(withBasePath('/program/#tiers', '/')).toBe('/program/#tiers');
  });

  test('returns relative, protocol-relative and external URLs unchanged', () => {
    expect(withBasePath('../program/', '/catalogue/')).toBe('../program/');
    expect(withBasePath('//cdn.example.com/x.png', '/catalogue/')).toBe('//cdn.example.com/x.png');
    expect(withBasePath('https://example.com/', '/catalogue/')).toBe('https://example.com/');
    expect(withBasePath('#anchor', '/catalogue/')).toBe('#anchor');
  });
});

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
