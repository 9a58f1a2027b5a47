/**
 * The competency's share link: making it, opening one (read-only until the partner chooses), and the banner
 * over shared or imported answers.
 */
import { PORTFOLIO_SHARE_SLUG } from '../../persistence/formats.ts';
import { replacementOf } from '../../persistence/replacement.ts';
import { decodeShare, encodeShare } from '../../persistence/share-link.ts';
import { checkAnswers } from '../../engine/answers.ts';
import {
  changesNote,
  fromFileNote,
  leftOutNote,
  portfolioLinkNote,
  unchanged,
} from '../../persistence/messages.ts';
import { copyLink, type CopiedLink } from '../shared/clipboard.ts';
import { LinkField } from '../shared/LinkField.tsx';
import { SharedBanner } from '../shared/SharedBanner.tsx';
import { hostContext, labelsOf, show, textOf, type Host, type Shared } from './host.ts';
import { rulesNote } from './rescore-note.tsx';
import { designationOf, designationPayload } from './ServicesExpert.tsx';

/** The box with the competency's share link, once made. */
export function ShareLinkField({ host, link }: { host: Pick<Host, 'words'>; link: CopiedLink }) {
  const t = textOf(host);
  return (
    <LinkField id="sa-link" link={link} copied={t('msg.linkCopied.answers')} label={t('shared.linkLabel')} />
  );
}

/**
 * Reads the share link in the location: `show` gets its answers and context, or `host.alert` the
 * problem; a link pasted into the tab brings the widget into view (`scrollTo`).
 */
export function openShare(host: Host, pasted = false): void {
  if (pasted) host.heading.current?.scrollIntoView();
  const t = textOf(host);
  const refuse = (message: string) => host.alert(unchanged(t, message));
  const decoded = decodeShare(t, location.hash);
  if (!decoded.ok) return refuse(decoded.message);
  const value = decoded.value;
  if (value.slug === PORTFOLIO_SHARE_SLUG) return refuse(portfolioLinkNote(t, host.rules.title));
  if (value.slug !== host.rules.slug) return refuse(t('msg.otherCompetency'));
  const checked = checkAnswers(value.answers, host.rules);
  const ctx = hostContext(host, value.context);
  if (checked === null || ctx === null) return refuse(t('msg.unreadableAnswers'));
  const leftOut = leftOutNote(t, checked);
  show(host, {
    answers: checked.answers,
    context: ctx,
    note: [leftOut && <p>{leftOut}</p>, rulesNote(host, value.rulesVersion, ctx, checked.answers)],
    designation: designationOf(host, value.designation),
  });
}

/** The share link of the answers, and whether it reached the clipboard. */
export async function shareLink(host: Host): Promise<void> {
  const { context, answers } = host;
  const fragment = encodeShare({
    slug: host.rules.slug,
    rulesVersion: host.rulesVersion,
    context: { model: context.businessModel, region: context.region },
    answers,
    designation: designationPayload(host),
  });
  const link = await copyLink(`${location.origin}${location.pathname}${location.search}#${fragment}`);
  const t = textOf(host);
  host.info(link.copied ? t('msg.link.copied') : t('msg.link.inBox'));
  host.setLink(link);
}

/**
 * The banner over shared or imported answers, asking before they replace the partner's own and saying what
 * that would change in the answers the partner has now.
 */
export function Banner(props: { host: Host; shared: Shared; leave: (use: boolean) => void }) {
  const { file, note, answers } = props.shared;
  const t = textOf(props.host);
  const r = replacementOf(props.host.answers, answers);
  const changes = changesNote(t, labelsOf(props.host, r.changed), labelsOf(props.host, r.cleared));
  return (
    <SharedBanner
      t={t}
      id="sa-shared-h"
      level={3}
      title={file === undefined ? t('more.viewingShared') : t('more.viewingImported')}
      text={file === undefined ? t('shared.fromLink') : fromFileNote(t, file)}
      file={file !== undefined}
      note={[<p>{changes}</p>, note]}
      leave={props.leave}
    />
  );
}
