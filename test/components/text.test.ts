import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import Text from '../../src/components/Text.astro';

describe('Text', () => {
  test('returns the text of its key with each placeholder filled by the slot of its name, escaped as text', async () => {
    const container = await AstroContainer.create();

    const html = await container.renderToString(Text, {
      props: { k: 'site.footer.marks' },
      slots: { mark: '<b>*</b>' },
    });

    expect(html).toBe('Values marked <b>*</b> are examples, not the program&#39;s own figures.');
  });

  test('stops the build when a placeholder has no slot', async () => {
    const container = await AstroContainer.create();

    await expect(container.renderToString(Text, { props: { k: 'site.notice' } })).rejects.toThrow(
      '<Text k="site.notice"> needs a slot named "mark"',
    );
  });
});
