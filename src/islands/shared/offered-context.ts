/**
 * A saved or linked context read against the pickers. Apart from context.ts, so that both islands load it
 * only with their lazy parts.
 */
import type { AssessmentContext } from '../../engine/types.ts';
import type { SavedContext } from '../../persistence/storage-access.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import { firstChoice, type Choice } from './context.ts';

/** A saved or linked business model and region, when the page offers both; else null. */
export function contextOf(
  models: readonly Choice<BusinessModelId>[],
  regions: readonly Choice[],
  saved: SavedContext,
): AssessmentContext | null {
  const businessModel = firstChoice(models, [saved.model]);
  const region = firstChoice(regions, [saved.region]);
  return businessModel && region !== undefined ? { businessModel, region } : null;
}

/** Whether two business model and region pairs are the same. */
export const sameContext = (a: AssessmentContext, b: AssessmentContext): boolean =>
  a.businessModel === b.businessModel && a.region === b.region;
