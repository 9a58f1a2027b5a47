/**
 * Forwarding the portfolio (loaded with its scoring code): the options for its share link and files
 * (protect with a passphrase, leave out money figures), making the link and the JSON file as chosen, the
 * banner over a shared or imported portfolio, with the passphrase prompt in its place while it is
 * protected, and the verdicts a sender kept for the money figures they left out.
 */
import { answerLabel } from '../../engine/answers.ts';
import { withholdPortfolioMoney, type PortfolioWithheld } from '../../engine/portfolio.ts';
import type { AssessmentContext } from '../../engine/types.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import { withheldNote } from '../../persistence/messages.ts';
import {
  encodePortfolioShare,
  portfolioShareJson,
  writePortfolioFile,
  type PortfolioFileSummary,
  type PortfolioPayload,
} from '../../persistence/portfolio-file.ts';
import { readRecord } from '../../persistence/record-storage.ts';
import { encodeSealedShare } from '../../persistence/share-link.ts';
import type { StorageLike } from '../../persistence/storage-access.ts';
import type { Translate } from '../../text/translate.ts';
import { copyLink, type CopiedLink } from '../shared/clipboard.ts';
import { download } from '../shared/download.ts';
import { ForwardOptions, PLAIN, type Forwarding } from '../shared/ForwardOptions.tsx';
import { LinkField } from '../shared/LinkField.tsx';
import { sealedFile, sealText } from '../shared/sealing.ts';
import { SharedBanner } from '../shared/SharedBanner.tsx';
import { Unlock } from '../shared/Unlock.tsx';

/**
 * How the partner chose to make the portfolio's next link or file (ForwardOptions): what its share link,
 * JSON export, action plan and evidence pack read when made.
 */
export const forwarding: { current: Forwarding } = { current: PLAIN };

/** What an action did (`note`), or why it did nothing (`problem`); the share link once made. */
export interface Said {
  note?: string;
  problem?: string;
  link?: CopiedLink;
}

/** The options for the portfolio's link and files, shown above their buttons. */
export function Forward({ w }: { w: Translate }) {
  return (
    <ForwardOptions
      t={w}
      prefix="pf"
      initial={forwarding.current}
      onChange={(choice) => (forwarding.current = choice)}
    />
  );
}

/** The box with the share link once made, under the buttons, which stay where they were. */
export function ShareLinkBox({ w, link }: { w: Translate; link: CopiedLink | null }) {
  return (
    link && (
      <LinkField
        id="pf-link"
        link={link}
        copied={w('msg.linkCopied.portfolio')}
        label={w('shared.linkLabel')}
      />
    )
  );
}

/** The portfolio's context and each competency's own: what its answers are scored for. */
export interface Scoring {
  list: readonly CompetencyRules[];
  context: AssessmentContext;
  own: Readonly<Record<string, AssessmentContext>>;
}

/**
 * The portfolio as its next link or file carries it: without money figures, their verdicts kept as the
 * page scores the answers, when the partner asks (withheld.ts); as it is otherwise.
 */
export function forwarded(w: Translate, payload: PortfolioPayload, s: Scoring): PortfolioPayload {
  if (!forwarding.current.moneyless) return payload;
  const given = Object.fromEntries(payload.entries.map((e) => [e.slug, e.answers]));
  const kept = withholdPortfolioMoney(s.list, s.context, given, w, s.own);
  return {
    ...payload,
    entries: payload.entries.map((e) => ({
      ...e,
      answers: kept.answers[e.slug] ?? {},
      withheld: kept.withheld[e.slug],
    })),
  };
}

/** Why a protected link or file cannot be made now, or null: no passphrase typed. */
const noPassphrase = (w: Translate): string | null =>
  forwarding.current.protect && !forwarding.current.passphrase ? w('msg.sealed.noPassphrase') : null;

/** Copies the portfolio's share link, protected and without money figures when the partner asks. */
export async function shareLink(w: Translate, payload: PortfolioPayload, s: Scoring): Promise<Said> {
  const problem = noPassphrase(w);
  if (problem) return { problem };
  const { protect, passphrase } = forwarding.current;
  const carried = forwarded(w, payload, s);
  let fragment = encodePortfolioShare(carried);
  if (protect) {
    const envelope = await sealText(portfolioShareJson(carried), passphrase);
    if (envelope === null) return { problem: w('msg.sealed.unavailable') };
    fragment = encodeSealedShare(envelope);
  }
  const link = await copyLink(`${location.origin}${location.pathname}#${fragment}`);
  const said = protect ? (link.copied ? 'msg.sealed.link' : 'msg.sealed.linkInBox') : undefined;
  return { link, note: w(said ?? (link.copied ? 'msg.link.copied' : 'msg.link.inBox')) };
}

/**
 * Downloads the portfolio as a JSON file, with the partner record saved in `store` when there is one;
 * without money figures (and so without the record, whose bookings are money figures) and protected with a
 * passphrase when the partner asks.
 */
export async function exportFile(
  w: Translate,
  payload: PortfolioPayload,
  s: Scoring,
  summary: PortfolioFileSummary,
  store: StorageLike,
): Promise<Said> {
  const problem = noPassphrase(w);
  if (problem) return { problem };
  const { protect, passphrase, moneyless } = forwarding.current;
  const read = moneyless ? null : readRecord(store);
  const record = read?.status === 'ok' ? read.state.record : undefined;
  const text = writePortfolioFile(forwarded(w, payload, s), summary, record);
  if (!protect) {
    download('competency-portfolio.json', text, 'application/json');
    return {};
  }
  const envelope = await sealText(text, passphrase);
  if (envelope === null) return { problem: w('msg.sealed.unavailable') };
  download('competency-portfolio-protected.json', await sealedFile(envelope), 'application/json');
  return {};
}

/** The verdicts a sender kept for money figures left out, said per competency by title and field labels. */
export function withheldNotes(
  w: Translate,
  list: readonly CompetencyRules[],
  withheld: PortfolioWithheld | undefined,
  kept: boolean,
): string[] {
  return list.flatMap((rules) => {
    const ids = Object.keys(withheld?.[rules.slug] ?? {});
    const note = withheldNote(
      w,
      ids.map((id) => answerLabel(rules, id) ?? id),
      kept,
    );
    return note ? [w('portfolio.titled', { title: rules.title, note })] : [];
  });
}

// The verdicts kept for money figures left out of a portfolio the partner used: scored in this tab, until the
// next replacement or undo, never saved (a reload shows those figures as not answered).
let keptHere: PortfolioWithheld = {};

/** Keeps the verdicts of a portfolio the partner used (withheldNotes then says so), or forgets them. */
export function keepWithheld(withheld: PortfolioWithheld = {}): void {
  keptHere = withheld;
}

/** The verdicts kept to score the partner's own portfolio with. */
export const keptWithheld = (): PortfolioWithheld => keptHere;

/** A shared or imported portfolio as the banner shows it (use-portfolio.ts's Shared). */
interface ShownShare {
  file?: boolean;
  changes?: string[];
  withheld?: PortfolioWithheld;
  /** Set while it is protected: tries a passphrase, gives why it did not open, or null once it did. */
  locked?: (passphrase: string) => Promise<string | null>;
}

/**
 * The banner over a shared or imported portfolio, saying what using it would change and which money
 * figures the sender left out; the passphrase prompt in its place while it is protected.
 */
export function PortfolioBanner(props: {
  w: Translate;
  list: readonly CompetencyRules[];
  shared: ShownShare;
  leave: (use: boolean) => void;
}) {
  const { w, shared, leave } = props;
  const file = !!shared.file;
  if (shared.locked)
    return <Unlock t={w} prefix="pf" level={2} file={file} open={shared.locked} leave={() => leave(false)} />;
  const notes = [...withheldNotes(w, props.list, shared.withheld, false), ...(shared.changes ?? [])];
  return (
    <SharedBanner
      t={w}
      id="pf-shared-h"
      level={2}
      title={w(file ? 'portfolio.viewingImported' : 'portfolio.viewingShared')}
      text={w(file ? 'msg.fromFile.unnamed' : 'shared.fromLink')}
      file={file}
      note={
        <ul>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      }
      leave={leave}
    />
  );
}
