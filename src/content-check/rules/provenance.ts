import type { Context, Path, Report, RuleInfo } from '../types.ts';
import { figureFieldOf } from '../../domain/kinds.ts';
import { requirementLists } from './requirement-lists.ts';

/** Rule provenance, with what it makes sure of (listed in content/README.md). */
export const provenanceRule = {
  name: 'provenance',
  check: checkProvenance,
  description:
    'every threshold, evidence rule, counting rule, region and model restriction, version, history entry, announcement, tier value and reference profile says `source` or `illustrative`',
} as const satisfies RuleInfo;

const expected = (field: string): string =>
  `no provenance for this value; expected ${field}: illustrative (an example value) or source (stated by the program overview), so pages can mark examples`;

/**
 * Rule provenance: every value a page shows as a figure or rule says where it comes from. A value without
 * provenance is shown as illustrative, but the editor is told to say so.
 */
export function checkProvenance(ctx: Context, report: Report): void {
  const missing = (entry: Parameters<Report>[0], path: Path, near: Path): void => {
    report(
      entry,
      path,
      provenanceRule.name,
      expected(String(path.at(-1) === 'provenance' ? 'provenance' : `provenance.${String(path.at(-1))}`)),
      { near },
    );
  };
  for (const { entry, data } of ctx.competencies) {
    for (const { level, model, list } of requirementLists(data)) {
      list.forEach((req, i) => {
        const at: Path = ['requirements', level, model, i];
        const figure = figureFieldOf(req) ?? 'kind';
        if (req.provenance?.threshold === undefined)
          missing(entry, [...at, 'provenance', 'threshold'], [...at, figure]);
        if (req.provenance?.evidence === undefined)
          missing(entry, [...at, 'provenance', 'evidence'], [...at, 'evidence']);
        if ('counting' in req && req.counting !== undefined && req.provenance?.counting === undefined)
          missing(entry, [...at, 'provenance', 'counting'], [...at, 'counting']);
      });
    }
    for (const fact of ['regions', 'businessModels', 'version'] as const) {
      if (data.provenance?.[fact] === undefined) missing(entry, ['provenance', fact], [fact]);
    }
    data.history.forEach((h, i) => {
      if (h.provenance === undefined) missing(entry, ['history', i, 'provenance'], ['history', i, 'version']);
    });
    if (data.announced && data.announced.provenance === undefined)
      missing(entry, ['announced', 'provenance'], ['announced', 'version']);
  }
  for (const { entry, data } of ctx.profiles) {
    if (data.provenance === undefined) missing(entry, ['provenance'], ['title']);
  }
  for (const { entry, data } of ctx.tiers) {
    if (data.provenance?.title === undefined) missing(entry, ['provenance', 'title'], ['title']);
    if (data.provenance?.needs === undefined) missing(entry, ['provenance', 'needs'], ['needs']);
    if (data.benefits.length > 0 && data.provenance?.benefits === undefined)
      missing(entry, ['provenance', 'benefits'], ['benefits']);
  }
}
