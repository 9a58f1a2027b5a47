import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { competencyPreview } from '../../src/admin/preview.ts';
import { readCollection } from '../../src/content-check/load.ts';
import type { CreateElement, ImmutableMap } from '../../src/admin/decap-globals.ts';
import { LABELS } from '../helpers/labels.ts';

/** Decap's entry for a competency file, as the preview receives it: plain data, dates as text. */
function entryOf(slug: string, data: unknown): ImmutableMap {
  const text = JSON.stringify(data, (_key, value: unknown) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value)
      ? value.slice(0, 10)
      : value,
  );
  const fields: Record<string, unknown> = { slug, data: { toJS: () => JSON.parse(text) as unknown } };
  return { get: (key) => fields[key], getIn: () => undefined, toJS: () => fields };
}

describe('competencyPreview', () => {
  test('returns every illustrative threshold and evidence rule with the mark the site gives it', async () => {
    const archiving = (await readCollection('content/competencies')).find((e) => e.id === 'archiving');
    const Preview = competencyPreview(h as unknown as CreateElement, LABELS);

    const html = renderToString(
      Preview({ entry: entryOf('archiving', archiving?.frontmatter.data) }) as never,
    );

    expect(html).toContain('<span class="matrix__threshold"><span class="illustrative" data-illustrative>');
    expect(html).toContain(
      '<span class="matrix__evidence">Evidence: <span class="illustrative" data-illustrative>',
    );
    // The asterisk drawn as text only in the legend, as on the site's pages.
    expect(html.match(/illustrative-mark/g)).toHaveLength(1);
    expect(html).toContain('<strong>Marked values are examples.</strong>');
  });
});
