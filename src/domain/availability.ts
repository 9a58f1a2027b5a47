/**
 * Why a competency is not offered for a choice of business model, region and level, as a reason code, and
 * the words for each reason: a short form for chips and table cells, a sentence for the widget. The engine,
 * the explorer, the filters, compare and the catalogue all ask here, so a reason reads the same everywhere.
 */
import type { BusinessModelId, LevelId, RegionId } from '../schemas/ids.ts';
import { regionShort, titleIn, type WordingLabels } from './labels.ts';
import { competencyFactIllustrative, marked, markedText, type Marked } from './provenance.ts';
import { isOffered, isOfferedInRegion, offeredLevels, type CompetencyRules } from './rules.ts';
import type { Translate } from '../text/translate.ts';

/** What a partner looks at; a missing field means any. */
export interface OfferQuery {
  model?: BusinessModelId | undefined;
  /** Region code, e.g. "emea". */
  region?: RegionId | undefined;
  level?: LevelId | undefined;
}

/** Why something is not offered, as data; `reasonShort` and `reasonSentence` word it. */
export type Unavailable =
  /** The competency is retired and no longer awarded. */
  | { code: 'retired' }
  /** The competency has no level on the business model; `offeredOn` lists the models it has levels on. */
  | { code: 'business-model'; model: BusinessModelId; offeredOn: BusinessModelId[] }
  /** The competency is on the business model (or, with `model` null, on some model) but not at the level. */
  | { code: 'level'; level: LevelId; model: BusinessModelId | null }
  /** The competency is not offered in the region; `offeredIn` lists the regions it is offered in. */
  | { code: 'region'; region: RegionId; offeredIn: RegionId[] }
  /** An interim designation applies to solution areas only, and this is not one. */
  | { code: 'not-solution-area' }
  /** An interim designation stands in on one business model only, and this choice is another. */
  | { code: 'designation-model'; designationModel: BusinessModelId; model: BusinessModelId };

/** A reason's code, e.g. "region". */
export type UnavailableCode = Unavailable['code'];

/** How to judge: `asWritten` reads the rules as they stand, leaving aside that the competency is retired. */
export interface OfferOptions {
  asWritten?: boolean;
}

/**
 * Every reason the competency is not offered for the query, the most basic first: retired, business model,
 * level, region. [] when it is offered. A level is judged only on a business model the competency is on.
 */
export function unavailableReasons(
  rules: CompetencyRules,
  query: OfferQuery,
  options: OfferOptions = {},
): Unavailable[] {
  const reasons: Unavailable[] = [];
  if (!options.asWritten && rules.status === 'retired') reasons.push({ code: 'retired' });
  const { model, region, level } = query;
  const offeredOn = rules.businessModels.filter((m) => offeredLevels(rules, m).length > 0);
  const modelOffered = model === undefined || offeredOn.includes(model);
  if (model !== undefined && !modelOffered) reasons.push({ code: 'business-model', model, offeredOn });
  if (level !== undefined && modelOffered) {
    const models = model === undefined ? rules.businessModels : [model];
    if (!models.some((m) => isOffered(rules, level, m)))
      reasons.push({ code: 'level', level, model: model ?? null });
  }
  if (region !== undefined && !isOfferedInRegion(rules, region)) {
    reasons.push({ code: 'region', region, offeredIn: rules.regions.map((r) => r.id) });
  }
  return reasons;
}

/** The most basic reason the competency is not offered for the query, or null when it is offered. */
export function availability(
  rules: CompetencyRules,
  query: OfferQuery,
  options: OfferOptions = {},
): Unavailable | null {
  return unavailableReasons(rules, query, options)[0] ?? null;
}

/** Regions a competency is not offered in, in a few words, e.g. "Not offered in LATAM, APJ". */
export function notOfferedIn(regions: readonly string[], t: Translate): string {
  return t('reason.notOfferedIn', { regions: regions.join(t('list.separator')) });
}

/** A reason in a few words for a chip, a cell or a list, e.g. "Not offered in Latin America". */
export function reasonShort(reason: Unavailable, labels: WordingLabels, t: Translate): string {
  switch (reason.code) {
    case 'retired':
      return t('reason.retired');
    case 'business-model':
      return t('reason.model', { model: titleIn(labels.models, reason.model) });
    case 'level':
      return reason.model === null
        ? t('reason.level', { level: titleIn(labels.levels, reason.level) })
        : t('reason.levelOnModel', {
            level: titleIn(labels.levels, reason.level),
            model: titleIn(labels.models, reason.model),
          });
    case 'region':
      return notOfferedIn([titleIn(labels.regions ?? [], reason.region)], t);
    case 'not-solution-area':
      return t('reason.notSolutionArea');
    case 'designation-model':
      return t('reason.designationModel', { model: titleIn(labels.models, reason.designationModel) });
  }
}

/**
 * A reason as a sentence about `title` (the competency, or the designation for designation-model), as the
 * widget and exports show it, e.g. "Archiving is not offered in LATAM; it is offered in NA, EMEA."
 */
export function reasonSentence(
  reason: Unavailable,
  title: string,
  labels: WordingLabels,
  t: Translate,
): string {
  const model = (id: BusinessModelId) => titleIn(labels.models, id);
  switch (reason.code) {
    case 'retired':
      return t('reason.sentence.retired', { title });
    case 'business-model':
      return reason.offeredOn.length === 0
        ? t('reason.sentence.model', { title, model: model(reason.model) })
        : t('reason.sentence.modelElsewhere', {
            title,
            model: model(reason.model),
            offered: t.list(reason.offeredOn.map(model)),
          });
    case 'level':
      return reason.model === null
        ? t('reason.sentence.level', { title, level: titleIn(labels.levels, reason.level) })
        : t('reason.sentence.levelOnModel', {
            title,
            level: titleIn(labels.levels, reason.level),
            model: model(reason.model),
          });
    case 'region':
      return t('reason.sentence.region', {
        title,
        region: regionShort(labels, reason.region),
        offered: reason.offeredIn.map((r) => regionShort(labels, r)).join(t('list.separator')),
      });
    case 'not-solution-area':
      return t('reason.sentence.notSolutionArea', { title });
    case 'designation-model':
      return t('reason.sentence.designationModel', {
        title,
        designationModel: model(reason.designationModel),
        model: model(reason.model),
      });
  }
}

/**
 * Whether a reason rests on an example rather than on the program's overview: where a competency is offered
 * and on which models are examples unless its file says they are sourced; retirement and a designation's
 * own scope are facts of the content.
 */
export function reasonIllustrative(rules: CompetencyRules, reason: Unavailable): boolean {
  switch (reason.code) {
    case 'region':
      return competencyFactIllustrative(rules, 'regions');
    case 'business-model':
    case 'level':
    case 'designation-model':
      return competencyFactIllustrative(rules, 'businessModels');
    case 'retired':
    case 'not-solution-area':
      return false;
  }
}

/**
 * What a picker shows after a business model or region the competency is not offered on, as plain text with
 * its mark (an option holds no markup), e.g. " (not offered*)"; undefined where it is offered.
 */
export function pickerNote(offered: boolean, illustrative: boolean, t: Translate): string | undefined {
  return offered
    ? undefined
    : t('reason.picker', { notOffered: markedText(marked(t('reason.picker.notOffered'), illustrative)) });
}

/** A reason in a few words with its mark, e.g. "Not offered in Latin America*". */
export function shownReason(
  rules: CompetencyRules,
  reason: Unavailable,
  labels: WordingLabels,
  t: Translate,
): Marked {
  return marked(reasonShort(reason, labels, t), reasonIllustrative(rules, reason));
}
