/**
 * Provenance of what the site shows: whether a value is stated by the program's overview or is an example.
 * Every view asks here, and shows a value through `Marked`, so a page cannot show an example as a fact. A
 * value whose provenance is missing counts as illustrative (the content check reports it).
 */
import type { Provenance } from '../schemas/provenance.ts';
import type { Requirement } from '../schemas/requirement.ts';
import type { Tier } from '../schemas/tier.ts';
import type { Competency, RulesChange } from '../schemas/competency.ts';

/** A value as shown, with whether it is an illustrative example. Plain data, so islands can receive it. */
export interface Marked {
  text: string;
  /** True when the value is an example, not stated by the program: shown with the mark. */
  illustrative: boolean;
}

/** Text with some marked values in it, e.g. ["Archiving revenue: ", { text: "USD 75,000 ...", illustrative: true }]. */
export type Segments = readonly (string | Marked)[];

/** A value with its mark. */
export function marked(text: string, illustrative: boolean): Marked {
  return { text, illustrative };
}

/** The plain text of segments, for exports and sentences that cannot carry a mark. */
export function plainText(parts: Segments | Marked | string): string {
  if (typeof parts === 'string') return parts;
  if ('text' in parts) return parts.text;
  return parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

/** Whether a value of this provenance is an example; a missing provenance counts as one. */
export function isIllustrative(provenance: Provenance | undefined): boolean {
  return provenance !== 'source';
}

/** Whether a requirement's threshold (figure, courses, exam, scale) is an example. */
export function thresholdIllustrative(req: Pick<Requirement, 'provenance'>): boolean {
  return isIllustrative(req.provenance?.threshold);
}

/** Whether a requirement's evidence and help text are examples. */
export function evidenceIllustrative(req: Pick<Requirement, 'provenance'>): boolean {
  return isIllustrative(req.provenance?.evidence);
}

/** Whether a requirement's counting rules (validity of passes, windows, how often a person counts) are examples. */
export function countingIllustrative(req: Pick<Requirement, 'provenance'>): boolean {
  return isIllustrative(req.provenance?.counting);
}

/** Whether a tier's name and summary are examples. */
export function tierTitleIllustrative(tier: Pick<Tier, 'provenance'>): boolean {
  return isIllustrative(tier.provenance?.title);
}

/** Whether a tier's competency counts are examples. */
export function tierNeedsIllustrative(tier: Pick<Tier, 'provenance'>): boolean {
  return isIllustrative(tier.provenance?.needs);
}

/** Whether a tier's benefits are examples. */
export function tierBenefitsIllustrative(tier: Pick<Tier, 'provenance'>): boolean {
  return isIllustrative(tier.provenance?.benefits);
}

/** Whether a competency's fact of this name (regions, business models, version) is an example. */
export function competencyFactIllustrative(
  rules: Pick<Competency, 'provenance'>,
  fact: 'regions' | 'businessModels' | 'version',
): boolean {
  return isIllustrative(rules.provenance?.[fact]);
}

/** Whether a history entry is an example. */
export function historyIllustrative(entry: Pick<RulesChange, 'provenance'>): boolean {
  return isIllustrative(entry.provenance);
}

/** The legend of the mark, wherever marked values are shown: its lead, then the rest of the sentence. */
export const MARK_LEGEND = { lead: 'mark.legend.lead', text: 'mark.legend.text' } as const;

/** The mark in plain text, where markup cannot go (a select's option): the asterisk the legend explains. */
export const MARK_TEXT = '*';

/** A value as plain text with its mark, for places that hold text only, e.g. "Resell (not offered*)". */
export function markedText(value: Marked): string {
  return value.illustrative ? `${value.text}${MARK_TEXT}` : value.text;
}
