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
  LINK_COPIED,
  linkNote,
  OTHER_COMPETENCY,
  portfolioLinkNote,
  UNCHANGED,
  UNREADABLE_ANSWERS,
} from '../../persistence/messages.ts';
import { copyLink, type CopiedLink } from '../shared/clipboard.ts';
import { LinkField } from '../shared/LinkField.tsx';
import { SharedBanner } from '../shared/SharedBanner.tsx';
import { hostContext, labelsOf, show, type Host, type Shared } from './host.ts';
import { rulesNote } from './rescore-note.tsx';
import { designationOf, designationPayload } from './ServicesExpert.tsx';

/** The box with the competency's share link, once made. */
export function ShareLinkField({ link }: { link: CopiedLink }) {
  return <LinkField id="sa-link" link={link} copied={LINK_COPIED.answers} />;
}

/**
 * Reads the share link in the location: `show` gets its answers and context, or `host.alert` the
 * problem; a link pasted into the tab brings the widget into view (`scrollTo`).
 */
export function openShare(host: Host, pasted = false): void {
  if (pasted) host.heading.current?.scrollIntoView();
  const unchanged = ` ${UNCHANGED}`;
  const decoded = decodeShare(location.hash);
  if (!decoded.ok) return host.alert(decoded.message + unchanged);
  const value = decoded.value;
  if (value.slug === PORTFOLIO_SHARE_SLUG) return host.alert(portfolioLinkNote(host.rules.title) + unchanged);
  if (value.slug !== host.rules.slug) return host.alert(OTHER_COMPETENCY + unchanged);
  const checked = checkAnswers(value.answers, host.rules);
  const ctx = hostContext(host, value.context);
  if (checked === null || ctx === null) return host.alert(UNREADABLE_ANSWERS + unchanged);
  const leftOut = leftOutNote(checked);
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
  host.info(linkNote(link.copied));
  host.setLink(link);
}

/**
 * The banner over shared or imported answers, asking before they replace the partner's own and saying what
 * that would change in the answers the partner has now.
 */
export function Banner(props: { host: Host; shared: Shared; leave: (use: boolean) => void }) {
  const { file, note, answers } = props.shared;
  const r = replacementOf(props.host.answers, answers);
  const changes = changesNote(labelsOf(props.host, r.changed), labelsOf(props.host, r.cleared));
  return (
    <SharedBanner
      id="sa-shared-h"
      level={3}
      title={file === undefined ? 'Viewing shared answers' : 'Viewing imported answers'}
      text={file === undefined ? undefined : fromFileNote(file)}
      file={file !== undefined}
      note={[<p>{changes}</p>, note]}
      leave={props.leave}
    />
  );
}
