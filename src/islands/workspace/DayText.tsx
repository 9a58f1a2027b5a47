import { formatDay } from '../../text/days.ts';
import type { Translate } from '../../text/translate.ts';

/** A calendar day as the page's language writes it, with the day itself for machines. */
export function DayText({ t, day }: { t: Translate; day: string }) {
  return <time dateTime={day}>{formatDay(t.formats, day)}</time>;
}
