/**
 * The competency's share link: making it (protected with a passphrase when the partner asks), opening one
 * (read-only until the partner chooses; a protected one once its passphrase is typed), and the banner over
 * shared or imported answers.
 */
import { PORTFOLIO_SHARE_SLUG } from '../../persistence/formats.ts';
import { replacementOf } from '../../persistence/replacement.ts';
import {
  decodeShare,
  decodeShareJson,
  encodeSealedShare,
  encodeShare,
  shareJson,
  type ShareResult,
} from '../../persistence/share-link.ts';
import { checkAnswers } from '../../engine/answers.ts';
import { checkWithheld, withholdMoney, type Withheld } from '../../engine/withheld.ts';
import type { Answers } from '../../schemas/answers.ts';
import {
  changesNote,
  fromFileNote,
  leftOutNote,
  portfolioLinkNote,
  unchanged,
  withheldNote,
} from '../../persistence/messages.ts';
import { copyLink, type CopiedLink } from '../shared/clipboard.ts';
import { LinkField } from '../shared/LinkField.tsx';
import { SharedBanner } from '../shared/SharedBanner.tsx';
import { ForwardOptions, PLAIN, type Forwarding } from '../shared/ForwardOptions.tsx';
import { openText, sealText } from '../shared/sealing.ts';
import { Unlock } from '../shared/Unlock.tsx';
import { hostContext, labelsOf, show, textOf, type Host, type Shared } from './host.ts';
import { rulesNote } from './rescore-note.tsx';
import { designationOf, designationPayload } from './ServicesExpert.tsx';

/** How the partner chose to make the next link or file (ForwardOptions), read by the buttons. */
export const forwarding: { current: Forwarding } = { current: PLAIN };

/** The options for the link and the files, and the box with the share link once made. */
export function Forward({ host, link }: { host: Pick<Host, 'words'>; link: CopiedLink | null }) {
  const t = textOf(host);
  return (
    <>
      <ForwardOptions
        t={t}
        prefix="sa"
        initial={forwarding.current}
        onChange={(choice) => (forwarding.current = choice)}
      />
      {link && (
        <LinkField
          id="sa-link"
          link={link}
          copied={t('msg.linkCopied.answers')}
          label={t('shared.linkLabel')}
        />
      )}
    </>
  );
}

/**
 * Shows protected answers (a link's or a file's envelope) locked: the banner asks for the passphrase, and
 * `read` takes the text it opens to, showing the answers or giving why not. Nothing else changes meanwhile.
 */
export function showLocked(
  host: Host,
  envelope: unknown,
  file: string | undefined,
  read: (text: string) => string | null,
): void {
  const t = textOf(host);
  show(host, {
    answers: {},
    context: host.context,
    note: null,
    file,
    locked: async (passphrase) => {
      const opened = await openText(t, envelope, passphrase);
      return opened.ok ? read(opened.text) : opened.message;
    },
  });
}

/** Shows a link's answers read-only, or gives why not (nothing changed). */
function showShared(host: Host, decoded: ShareResult): string | null {
  const t = textOf(host);
  if (!decoded.ok) return decoded.message;
  const value = decoded.value;
  if (value.slug === PORTFOLIO_SHARE_SLUG) return portfolioLinkNote(t, host.rules.title);
  if (value.slug !== host.rules.slug) return t('msg.otherCompetency');
  const checked = checkAnswers(value.answers, host.rules);
  const ctx = hostContext(host, value.context);
  if (checked === null || ctx === null) return t('msg.unreadableAnswers');
  const leftOut = leftOutNote(t, checked);
  const withheld = checkWithheld(value.withheld, host.rules);
  show(host, {
    answers: checked.answers,
    context: ctx,
    note: [
      leftOut && <p>{leftOut}</p>,
      <WithheldNote host={host} withheld={withheld} />,
      rulesNote(host, value.rulesVersion, ctx, checked.answers),
    ],
    designation: designationOf(host, value.designation),
    withheld,
  });
  return null;
}

/**
 * Reads the share link in the location: `show` gets its answers and context, or `host.alert` the
 * problem; a protected link asks for its passphrase first. A link pasted into the tab brings the widget
 * into view (`scrollTo`).
 */
export function openShare(host: Host, pasted = false): void {
  if (pasted) host.heading.current?.scrollIntoView();
  const t = textOf(host);
  const decoded = decodeShare(t, location.hash);
  if (!decoded.ok && decoded.sealed !== undefined) {
    return showLocked(host, decoded.sealed, undefined, (text) => {
      const opened = decodeShareJson(t, text);
      // What a protected link opens to is a plain link's text, never another envelope.
      return opened.ok || opened.sealed === undefined ? showShared(host, opened) : t('msg.sealed.damaged');
    });
  }
  const why = showShared(host, decoded);
  if (why !== null) host.alert(unchanged(t, why));
}

/** What the banner says of money figures the sender left out, naming them; nothing when none were. */
export function WithheldNote({ host, withheld }: { host: Host; withheld: Withheld }) {
  const note = withheldNote(textOf(host), labelsOf(host, Object.keys(withheld)), false);
  return note && <p>{note}</p>;
}

/**
 * The partner's answers as the next link or file carries them: without money figures, their verdicts kept,
 * when the partner asks (withheld.ts); `withheld` is undefined otherwise.
 */
export function forwarded(host: Host): { answers: Answers; withheld?: Withheld | undefined } {
  if (!forwarding.current.moneyless) return { answers: host.answers };
  return withholdMoney(host.rules, host.own, host.answers);
}

/** The share link of the answers, protected when the partner asks, and whether it reached the clipboard. */
export async function shareLink(host: Host): Promise<void> {
  const { context } = host;
  const t = textOf(host);
  const payload = {
    slug: host.rules.slug,
    rulesVersion: host.rulesVersion,
    context: { model: context.businessModel, region: context.region },
    ...forwarded(host),
    designation: designationPayload(host),
  };
  const { protect, passphrase } = forwarding.current;
  let fragment = encodeShare(payload);
  if (protect) {
    if (!passphrase) return host.alert(t('msg.sealed.noPassphrase'));
    const envelope = await sealText(shareJson(payload), passphrase);
    if (envelope === null) return host.alert(t('msg.sealed.unavailable'));
    fragment = encodeSealedShare(envelope);
  }
  const link = await copyLink(`${location.origin}${location.pathname}${location.search}#${fragment}`);
  host.alert('');
  if (protect) host.info(link.copied ? t('msg.sealed.link') : t('msg.sealed.linkInBox'));
  else host.info(link.copied ? t('msg.link.copied') : t('msg.link.inBox'));
  host.setLink(link);
}

/**
 * The banner over shared or imported answers, asking before they replace the partner's own and saying what
 * that would change in the answers the partner has now.
 */
export function Banner(props: { host: Host; shared: Shared; leave: (use: boolean) => void }) {
  const { file, note, answers, locked } = props.shared;
  const t = textOf(props.host);
  if (locked) {
    return (
      <Unlock
        t={t}
        prefix="sa"
        level={3}
        file={file !== undefined}
        open={locked}
        leave={() => props.leave(false)}
      />
    );
  }
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
