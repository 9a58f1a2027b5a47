import type { Translate } from '../../text/translate.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';
import type { ProgressData } from './use-progress.ts';

/** A tier's title as a snapshot names it, marked when it is an example; "No tier" for none. */
export function TierName(props: { id: string | null; tiers: ProgressData['tiers']; t: Translate }) {
  const tier = props.tiers.find((x) => x.id === props.id);
  if (!tier) return <>{props.id ?? props.t('progress.noTier')}</>;
  return <MarkedValue text={tier.title} illustrative={tier.illustrative} />;
}
