import type { JSX } from 'preact';
import { packCheckHref } from '../../persistence/evidence-pack.ts';
import { fillParts } from '../../text/fill-parts.ts';
import type { Translate } from '../../text/translate.ts';

/** Under the evidence pack's buttons: the page where a validator checks a pack, in the page's language. */
export function PackCheckNote({ t }: { t: Translate }) {
  const link = <a href={packCheckHref(import.meta.env.BASE_URL, t.lang)}>{t('pack.check')}</a>;
  return <p>{fillParts<JSX.Element>(t.raw('pack.checkNote'), { link })}</p>;
}
