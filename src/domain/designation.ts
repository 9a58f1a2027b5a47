/**
 * What the content says about interim designations (Services Expert): which entry is one, which entries are
 * solution areas, and whether a designation applies to an area in a context. Every view and island asks
 * here, so the rule lives once and comes from content, never from a slug or business model literal.
 */
import type { BusinessModelId } from '../schemas/ids.ts';
import type { Competency } from '../schemas/competency.ts';
import type { PlainKey, Translate } from '../text/translate.ts';

/** The part of a competency's rules these questions read; CompetencyRules and content data both fit. */
type Entry = Pick<Competency, 'kind' | 'status' | 'businessModels' | 'designation'>;

/** True for an interim designation such as Services Expert. */
export function isInterimDesignation(entry: Pick<Competency, 'kind'>): boolean {
  return entry.kind === 'interim-designation';
}

/** True for a solution area: a competency proper, not an interim designation. */
export function isSolutionArea(entry: Pick<Competency, 'kind'>): boolean {
  return entry.kind === 'competency';
}

/** True for a solution area a partner can still work toward: a competency proper that is not retired. */
export function isOpenSolutionArea(entry: Pick<Competency, 'kind' | 'status'>): boolean {
  return isSolutionArea(entry) && entry.status !== 'retired';
}

/** The catalogue's interim designation, if it has one (the first in the order given). */
export function interimDesignationOf<T extends Pick<Competency, 'kind'>>(
  entries: readonly T[],
): T | undefined {
  return entries.find(isInterimDesignation);
}

/** The business model the designation is checked on (its own); undefined when it is not one. */
export function designationModel(
  designation: Pick<Competency, 'designation'> | undefined,
): BusinessModelId | undefined {
  return designation?.designation?.businessModel;
}

/**
 * Whether the designation can apply to an area at all: the area is a solution area offered on the business
 * model the designation is checked on. With `model`, also whether the partner's chosen model is that one.
 */
export function designationApplies(
  area: Entry,
  designation: Entry | undefined,
  model?: BusinessModelId,
): boolean {
  const on = designationModel(designation);
  if (on === undefined || !isSolutionArea(area) || !area.businessModels.includes(on)) return false;
  return model === undefined || model === on;
}

/** How the designation check comes out: every requirement met, some still missing, or not applicable here. */
export type DesignationOutcome = 'met' | 'missing' | 'not-applicable';

/** The keys of the verdict in a few words, the same on the designation's page, on every area page and in the portfolio. */
export const DESIGNATION_OUTCOME_WORDS: Readonly<Record<DesignationOutcome, PlainKey>> = {
  met: 'designation.met',
  missing: 'designation.missing',
  'not-applicable': 'designation.notApplicable',
};

/**
 * How the site checks an interim designation, as one sentence for pages (what the program says of it is
 * designationFact in wording.ts): `model` is the title of its business model (e.g. "Integrate"), `waived` the
 * kinds it asks no figure for, in words (e.g. ["revenue"]).
 */
export function designationRule(
  title: string,
  model: string,
  waived: readonly string[],
  t: Translate,
): string {
  return waived.length > 0
    ? t('designation.rule.waives', { title, model, waived: waived.join(t('designation.waived.or')) })
    : t('designation.rule', { title, model });
}
