import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AssessmentContext } from '../../engine/types.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import { titleOfChoice, type Choice } from './context.ts';
import type { Translate } from '../../text/translate.ts';
import { localDay } from '../../util/dates.ts';
import { formatDay } from '../../text/days.ts';
import { lastPack, onPackMade } from './pack-made.ts';

/** "Integrate partners in North America": the business model and region an island scores for, in words. */
export const situationOf = (
  t: Translate,
  lists: { models: readonly Choice<BusinessModelId>[]; regions: readonly Choice[] },
  context: AssessmentContext,
): string =>
  t('widget.situation', {
    model: titleOfChoice(lists.models, context.businessModel),
    region: titleOfChoice(lists.regions, context.region),
  });

/**
 * The first line of a printed report, on paper only: what it assesses, for which business model and
 * region, and the day it is printed; then, once an evidence pack was made on the page, its hash and time. Rendered in the browser only (with an island's lazy part, which every
 * answer shown needs), so the day is the reader's, never the build's. The day is written as the page is
 * printed (or shown as printed), in the page's language, as the site writes days.
 */
export function PrintHead(props: {
  t: Translate;
  /** What is assessed, e.g. "Archiving self-assessment". */
  what: string;
  /** The business model and region, from situationOf. */
  situation: string;
  /** What follows in the same line, e.g. the rules version. */
  children?: ComponentChildren;
}) {
  const { t } = props;
  const [day, setDay] = useState('');
  const [pack, setPack] = useState(lastPack);
  useEffect(() => onPackMade(setPack), []);
  useEffect(() => {
    const print = matchMedia('print');
    // Preact renders the day before the page is laid out for printing.
    const today = () => setDay(formatDay(t.formats, localDay(new Date())));
    const shown = () => void (print.matches && today());
    addEventListener('beforeprint', today);
    print.addEventListener('change', shown);
    shown();
    return () => {
      removeEventListener('beforeprint', today);
      print.removeEventListener('change', shown);
    };
  }, [t]);
  return (
    <>
      <p class="sa-print">
        {t('shared.printHead', { what: props.what, situation: props.situation, day })}
        {props.children}
      </p>
      {pack && <p class="sa-print">{pack.line}</p>}
    </>
  );
}
