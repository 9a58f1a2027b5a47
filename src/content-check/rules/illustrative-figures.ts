import type { Context, IllustrativePolicy, Report, RuleInfo } from '../types.ts';
import { figureFieldOf, figureOf } from '../../domain/kinds.ts';
import { requirementLists } from './requirement-lists.ts';

/** Rule illustrative-figures, with what it makes sure of (listed in content/README.md). */
export const illustrativeFiguresRule = {
  name: 'illustrative-figures',
  check: checkIllustrative,
  description: 'a figure or counting rule the program does not publish is not marked `source`',
} as const satisfies RuleInfo;

/**
 * The program's overview gives no figures, so every threshold the content states is an example; it names no
 * tiers either, so tier counts are examples too.
 */
export const ILLUSTRATIVE_POLICY: IllustrativePolicy = {
  requirementKinds: ['exam', 'revenue', 'growth', 'references', 'satisfaction'],
  tierCounts: true,
};

/** Rule illustrative-figures: figures the program does not publish are not claimed as sourced. */
export function checkIllustrative(ctx: Context, report: Report): void {
  const kinds = new Set<string>(ctx.policy.requirementKinds);
  for (const { entry, data } of ctx.competencies) {
    for (const { level, model, list } of requirementLists(data)) {
      list.forEach((req, i) => {
        if ('counting' in req && req.counting !== undefined && req.provenance?.counting === 'source') {
          report(
            entry,
            ['requirements', level, model, i, 'provenance', 'counting'],
            illustrativeFiguresRule.name,
            'the program publishes no counting rules (validity, windows, how often a person counts), so these are examples; expected provenance.counting: illustrative so the site says so',
            { near: ['requirements', level, model, i, 'counting'] },
          );
        }
        const field = figureFieldOf(req);
        if (!kinds.has(req.kind) || req.provenance?.threshold !== 'source' || field === undefined) return;
        const value = figureOf(req);
        report(
          entry,
          ['requirements', level, model, i, 'provenance', 'threshold'],
          illustrativeFiguresRule.name,
          `the program publishes no ${req.kind} figure, so ${field}: ${String(value)} is an example; expected provenance.threshold: illustrative so the site says so`,
          { near: ['requirements', level, model, i, field] },
        );
      });
    }
  }
  if (!ctx.policy.tierCounts) return;
  for (const { entry, data } of ctx.tiers) {
    if (data.provenance?.needs === 'source' && (data.needs.principal > 0 || data.needs.expert > 0)) {
      report(
        entry,
        ['provenance', 'needs'],
        illustrativeFiguresRule.name,
        'the tier counts in needs are not published by the program; expected provenance.needs: illustrative so the site says so',
        { near: ['needs'] },
      );
    }
  }
}
