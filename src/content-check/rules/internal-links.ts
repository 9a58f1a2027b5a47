import { brokenLinkReason, findInternalLinks } from '../links.ts';
import type { Context, Report, RuleInfo } from '../types.ts';

/** Rule internal-links, with what it makes sure of (listed in content/README.md). */
export const internalLinksRule = {
  name: 'internal-links',
  check: checkLinks,
  description: 'links in bodies point at pages that exist',
} as const satisfies RuleInfo;

/** Rule internal-links: links in MDX bodies point at pages that exist. */
export function checkLinks(ctx: Context, report: Report): void {
  const { input } = ctx;
  for (const entry of [
    ...input.competencies,
    ...input.levels,
    ...input.businessModels,
    ...input.regions,
    ...input.tiers,
  ]) {
    for (const link of findInternalLinks(entry.frontmatter.body, entry.frontmatter.bodyLine)) {
      const reason = brokenLinkReason(link.href, ctx.slugs);
      if (reason)
        report(entry, ['body'], internalLinksRule.name, `link ${link.href}: ${reason}`, { at: link });
    }
  }
}
