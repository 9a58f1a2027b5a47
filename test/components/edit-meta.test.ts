import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import EditMeta from '../../src/components/EditMeta.astro';
import { repository } from '../../src/site.config.ts';

describe('EditMeta', () => {
  test('returns an edit link and the last-updated date as a time element', async () => {
    const container = await AstroContainer.create();

    const html = await container.renderToString(EditMeta, {
      props: { file: 'content/competencies/archiving.mdx', updated: '2026-03-01T10:00:00+00:00' },
    });

    expect(html).toContain(
      `href="${repository.repoUrl}/edit/${repository.branch}/content/competencies/archiving.mdx"`,
    );
    expect(html).toContain('>Edit this page</a>');
    expect(html).toMatch(
      / · Last updated <time datetime="2026-03-01T10:00:00.000Z"[^>]*>1 March 2026<\/time>/,
    );
  });

  test('returns the edit link alone when the date is unknown', async () => {
    const container = await AstroContainer.create();

    const html = await container.renderToString(EditMeta, {
      props: { file: 'content/competencies/archiving.mdx', updated: undefined },
    });

    expect(html).toContain('Edit this page');
    expect(html).not.toContain('Last updated');
  });
});
