/**
 * Asking colleagues for some of the record's fields, loaded only when the owner makes a request or opens a
 * reply, or when the page is opened by a request link: the owner's request (Ask), the colleague's view of a
 * request (Answer), which works on a record held in the page only and never touches the colleague's own, and
 * the owner's review of a reply (Review), field by field beside the record, taken all, in part or not at all,
 * and undone. Formats: src/persistence/request-link.ts; what a reply does: src/persistence/reply-review.ts.
 */
import { useState } from 'preact/hooks';
import {
  applyRecordImport,
  undoRecordImport,
  type RecordReplacement,
} from '../../persistence/record-file.ts';
import {
  itemKey,
  outsideRecord,
  reviewReply,
  takeItems,
  type ReviewItem,
} from '../../persistence/reply-review.ts';
import {
  ASKABLE,
  decodeReply,
  decodeRequest,
  linkFragment,
  readReplyFile,
  readReplyJson,
  readRequestJson,
  replyFileText,
  replyJson,
  requestJson,
  type AskedSection,
  type Read,
  type RecordAsk,
  type RecordReply,
  type RecordRequest,
} from '../../persistence/request-link.ts';
import { numberWayOf } from '../../domain/read-number.ts';
import { emptyRecord, type PartnerRecord } from '../../schemas/record.ts';
import { newRecordId } from '../../schemas/record-values.ts';
import { formatDay, formatDayTime } from '../../text/days.ts';
import { islandTranslator, type Translate } from '../../text/translate.ts';
import { localDay } from '../../util/dates.ts';
import { copyLink, type CopiedLink } from '../shared/clipboard.ts';
import { download } from '../shared/download.ts';
import { LinkField } from '../shared/LinkField.tsx';
import { Notices } from '../shared/Notices.tsx';
import { openText, sealedFile, sealText } from '../shared/sealing.ts';
import { Unlock } from '../shared/Unlock.tsx';
import { Bookings } from './Bookings.tsx';
import type { WorkspaceData } from './data.ts';
import { References, Surveys } from './Dated.tsx';
import { People } from './People.tsx';
import { quarterParts, recentQuarters } from './quarters.ts';
import { expiryIn, type RecordView, type Workspace } from './use-record.ts';

/** The competencies the site lists, by slug: what a request may ask about. */
const knownOf = (data: WorkspaceData): ReadonlySet<string> => new Set(data.competencies.map((c) => c.slug));

const titleIn = (data: WorkspaceData) => (slug: string) =>
  data.competencies.find((c) => c.slug === slug)?.title ?? slug;

const quarterName = (t: Translate, q: string) => t('workspace.quarter', quarterParts(q));

/** What a request asks, in words: "passes of AK; bookings of Gateway Security for Q2 2026 and Q3 2026". */
function askText(t: Translate, data: WorkspaceData, ask: RecordAsk): string {
  const title = titleIn(data);
  const parts: string[] = [];
  if (ask.credentials)
    parts.push(
      t('workspace.ask.of.credentials', { people: t.list(ask.credentials.people.map((p) => p.label)) }),
    );
  if (ask.bookings)
    parts.push(
      t('workspace.ask.of.bookings', {
        competencies: t.list(ask.bookings.competencies.map(title)),
        quarters: t.list(ask.bookings.quarters.map((q) => quarterName(t, q))),
      }),
    );
  for (const section of ['references', 'surveys'] as const) {
    const part = ask[section];
    if (part)
      parts.push(t(`workspace.ask.of.${section}`, { competencies: t.list(part.competencies.map(title)) }));
  }
  return t.list(parts);
}

/** A link to this page with a fragment. */
const linkTo = (fragment: string): string => `${location.origin}${location.pathname}#${fragment}`;

/** A passphrase box, for a request or a reply made protected; empty: not protected. */
function Passphrase(props: { t: Translate; id: string; value: string; set: (v: string) => void }) {
  const { t, id } = props;
  return (
    <p class="sa-pass">
      <label for={id}>{t('workspace.ask.passphrase')}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellcheck={false}
        value={props.value}
        aria-describedby={`${id}-h`}
        onInput={(e) => props.set(e.currentTarget.value)}
      />
      <span id={`${id}-h`} class="sa-seal-hint">
        {t('workspace.ask.passphraseHelp')}
      </span>
    </p>
  );
}

/** Why a protected request or reply did not open, said of a request or a reply rather than of answers. */
const openProblem = (
  t: Translate,
  kind: 'request' | 'reply',
  { message, why }: { message: string; why: string },
): string =>
  why !== 'wrong' && why !== 'tampered'
    ? message
    : kind === 'request'
      ? t(`msg.request.${why}`)
      : t(`msg.reply.${why}`);

/** A text as a link's fragment, sealed with the passphrase when there is one; null when sealing failed. */
async function fragmentFor(
  kind: 'request' | 'reply',
  text: string,
  passphrase: string,
): Promise<string | null> {
  if (!passphrase) return linkFragment(kind, text);
  const envelope = await sealText(text, passphrase);
  return envelope ? linkFragment(kind, JSON.stringify(envelope)) : null;
}

/** The owner's request: what to ask for, their name, a passphrase if they like; then the link to copy. */
export function Ask({ ws, close }: { ws: Workspace; close: () => void }) {
  const { t, data } = ws;
  const withRevenue = data.competencies.filter((c) => c.currency !== undefined);
  const withRefs = data.competencies.filter((c) => c.references);
  const withSurveys = data.competencies.filter((c) => c.survey !== undefined);
  // The record's people, by id and label, in the record's order: whose passes a request may ask.
  const people = Object.entries(ws.record.people).map(([slug, p]) => ({ slug, title: p.label }));
  const quarters = recentQuarters(ws.today, 8);
  const first = (list: { slug: string }[]) => {
    const chosen = list.filter((c) => ws.chosen.includes(c.slug)).map((c) => c.slug);
    return chosen.length > 0 ? chosen : list.slice(0, 1).map((c) => c.slug);
  };
  const [sections, setSections] = useState<Set<AskedSection>>(() => new Set(['bookings']));
  const [picked, setPicked] = useState<Record<AskedSection, string[]>>(() => ({
    credentials: people.map((p) => p.slug),
    bookings: first(withRevenue),
    references: first(withRefs),
    surveys: first(withSurveys),
  }));
  const [pickedQuarters, setQuarters] = useState<string[]>(() => quarters.slice(-4));
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [link, setLink] = useState<CopiedLink | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = <T,>(list: T[], item: T, on: boolean): T[] =>
    on ? [...list.filter((i) => i !== item), item] : list.filter((i) => i !== item);
  const lists: Record<AskedSection, { slug: string; title: string }[]> = {
    credentials: people,
    bookings: withRevenue,
    references: withRefs,
    surveys: withSurveys,
  };
  const make = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const who = name.trim();
    if (!who) return ws.say(t('workspace.ask.needsName'));
    const ask: RecordAsk = {};
    for (const section of ASKABLE) {
      if (!sections.has(section)) continue;
      // In the catalogue's (or the record's) order, whatever order they were ticked in.
      const ticked = lists[section].filter((c) => picked[section].includes(c.slug));
      if (section === 'credentials') {
        if (ticked.length === 0) return ws.say(t('workspace.ask.needsPerson'));
        ask.credentials = { people: ticked.map((p) => ({ id: p.slug, label: p.title })) };
        continue;
      }
      const competencies = ticked.map((c) => c.slug);
      if (competencies.length === 0) return ws.say(t('workspace.ask.needsCompetency'));
      if (section === 'bookings') {
        if (pickedQuarters.length === 0) return ws.say(t('workspace.ask.needsQuarter'));
        ask.bookings = { competencies, quarters: [...pickedQuarters].sort() };
      } else ask[section] = { competencies };
    }
    if (Object.keys(ask).length === 0) return ws.say(t('workspace.ask.needsSection'));
    const request: RecordRequest = { id: newRecordId(), from: who, at: new Date().toISOString(), ask };
    setBusy(true);
    const fragment = await fragmentFor('request', requestJson(request), passphrase);
    setBusy(false);
    if (fragment === null) return ws.say(t('msg.sealed.unavailable'));
    const copied = await copyLink(linkTo(fragment));
    setLink(copied);
    ws.say(t(copied.copied ? 'workspace.ask.copied' : 'workspace.ask.made'));
  };
  return (
    <form class="ws-ask" onSubmit={(e) => void make(e)} aria-labelledby="ws-ask-h">
      <h3 id="ws-ask-h">{t('workspace.ask.heading')}</h3>
      <p>{t('workspace.ask.lead')}</p>
      {ASKABLE.map((section) =>
        lists[section].length === 0 ? (
          // No one to ask the passes of: said, rather than the choice left out unexplained.
          section === 'credentials' && <p key={section}>{t('workspace.ask.noPeople')}</p>
        ) : (
          <fieldset key={section} class="ws-pick">
            <legend>
              <input
                type="checkbox"
                id={`ws-ask-${section}`}
                checked={sections.has(section)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setSections((all) => new Set(toggle([...all], section, on)));
                }}
              />{' '}
              <label for={`ws-ask-${section}`}>{t(`workspace.ask.section.${section}`)}</label>
            </legend>
            {sections.has(section) && (
              <>
                <p class="ws-choices" role="group" aria-label={t(`workspace.ask.pickFor.${section}`)}>
                  {lists[section].map((c) => (
                    <span key={c.slug}>
                      <input
                        type="checkbox"
                        id={`ws-ask-${section}-${c.slug}`}
                        checked={picked[section].includes(c.slug)}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          setPicked((all) => ({ ...all, [section]: toggle(all[section], c.slug, on) }));
                        }}
                      />{' '}
                      <label for={`ws-ask-${section}-${c.slug}`}>{c.title}</label>
                    </span>
                  ))}
                </p>
                {section === 'bookings' && (
                  <p class="ws-choices" role="group" aria-label={t('workspace.ask.quarters')}>
                    {quarters.map((q) => (
                      <span key={q}>
                        <input
                          type="checkbox"
                          id={`ws-ask-q-${q}`}
                          checked={pickedQuarters.includes(q)}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            setQuarters((all) => toggle(all, q, on));
                          }}
                        />{' '}
                        <label for={`ws-ask-q-${q}`}>{quarterName(t, q)}</label>
                      </span>
                    ))}
                  </p>
                )}
              </>
            )}
          </fieldset>
        ),
      )}
      <p class="ws-row">
        <label for="ws-ask-name">{t('workspace.ask.name')}</label>
        <input
          id="ws-ask-name"
          type="text"
          autoComplete="name"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </p>
      <Passphrase t={t} id="ws-ask-pass" value={passphrase} set={setPassphrase} />
      <p class="ws-actions">
        <button type="submit" aria-busy={busy || undefined}>
          {t('workspace.ask.make')}
        </button>{' '}
        <button type="button" onClick={close}>
          {t('workspace.ask.close')}
        </button>
      </p>
      {link && (
        <LinkField
          id="ws-ask-link"
          link={link}
          copied={t('workspace.ask.linkCopied')}
          label={t('workspace.ask.link')}
        />
      )}
    </form>
  );
}

/** A record held in the page only, shown as `only` says: what a colleague fills in to answer. */
function useDraft(data: WorkspaceData, only: RecordAsk | undefined): RecordView {
  const [t] = useState(() => islandTranslator(data.words));
  const [record, setRecord] = useState<PartnerRecord>(emptyRecord);
  const [said, setSaid] = useState({ text: '', n: 0 });
  const [today] = useState(() => localDay(new Date()));
  const say = (text: string) => setSaid((last) => ({ text, n: last.n + 1 }));
  return {
    t,
    data,
    record,
    edit(change, message) {
      setRecord((now) => change(now));
      say(message);
    },
    say,
    said,
    today,
    day: (day) => formatDay(t.formats, day),
    expiryOf: expiryIn(data),
    reader: { t, way: numberWayOf(data.words.lang, data.words.formats.decimal) },
    chosen: [],
    only,
  };
}

/** A request or a reply from the location or a file: read, or waiting for its passphrase, or refused. */
type Opening<T> =
  | { state: 'read'; value: T; leftOut: number }
  | { state: 'sealed'; envelope: unknown }
  | { state: 'refused'; message: string }
  | { state: 'none' };

const openingOf = <T,>(read: Read<T>): Opening<T> =>
  read.ok
    ? { state: 'read', value: read.value, leftOut: read.leftOut }
    : read.sealed !== undefined
      ? { state: 'sealed', envelope: read.sealed }
      : { state: 'refused', message: read.message };

/**
 * The colleague's view, when the page is opened by a request link: who asked for what, only those fields,
 * their name, and the reply as a link or a file. Their own record is never read or written.
 */
export function Answer({ data }: { data: WorkspaceData }) {
  const [t] = useState(() => islandTranslator(data.words));
  // Read once, as the page opens: a request never changes while it is answered.
  const [opening, setOpening] = useState<Opening<RecordRequest>>(() =>
    openingOf(decodeRequest(t, location.hash, knownOf(data))),
  );
  const [ask, setAsk] = useState<RecordAsk | undefined>(() =>
    opening.state === 'read' ? opening.value.ask : undefined,
  );
  const ws = useDraft(data, ask);
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [link, setLink] = useState<CopiedLink | null>(null);
  const unlock = async (phrase: string): Promise<string | null> => {
    if (opening.state !== 'sealed') return null;
    const opened = await openText(t, opening.envelope, phrase);
    if (!opened.ok) return openProblem(t, 'request', opened);
    const read = openingOf(readRequestJson(t, opened.text, knownOf(data)));
    if (read.state === 'sealed') return t('msg.request.damaged');
    setOpening(read);
    if (read.state === 'read') setAsk(read.value.ask);
    if (read.state === 'refused') ws.say(read.message);
    return null;
  };
  const reply = (): RecordReply | null => {
    if (opening.state !== 'read') return null;
    const who = name.trim();
    if (!who) {
      ws.say(t('workspace.answer.needsName'));
      document.getElementById('ws-answer-name')?.focus();
      return null;
    }
    const entries = ASKABLE.reduce((n, s) => n + Object.keys(ws.record[s]).length, 0);
    if (entries === 0) {
      ws.say(t('workspace.answer.empty'));
      return null;
    }
    const request = opening.value;
    return {
      request: request.id,
      from: request.from,
      ask: request.ask,
      by: { name: who, at: new Date().toISOString() },
      record: ws.record,
    };
  };
  const makeLink = async () => {
    const value = reply();
    if (!value) return;
    const fragment = await fragmentFor('reply', replyJson(value), passphrase);
    if (fragment === null) return ws.say(t('msg.sealed.unavailable'));
    const copied = await copyLink(linkTo(fragment));
    setLink(copied);
    ws.say(t(copied.copied ? 'workspace.answer.copied' : 'workspace.answer.made'));
  };
  const makeFile = async () => {
    const value = reply();
    if (!value) return;
    let text = replyFileText(value);
    if (passphrase) {
      const envelope = await sealText(replyJson(value), passphrase);
      if (!envelope) return ws.say(t('msg.sealed.unavailable'));
      text = await sealedFile(envelope);
    }
    download(`competency-reply-${localDay(new Date())}.json`, text, 'application/json');
    ws.say(t('workspace.answer.downloaded'));
  };
  const request = opening.state === 'read' ? opening.value : null;
  return (
    <>
      <Notices
        problem={opening.state === 'refused' ? opening.message : ''}
        info={ws.said.text && <p key={ws.said.n}>{ws.said.text}</p>}
      />
      {opening.state === 'sealed' && (
        <Unlock
          t={t}
          prefix="ws-req"
          level={2}
          file={false}
          words={{
            heading: t('workspace.unlock.request'),
            text: t('workspace.unlock.requestText'),
            leave: t('workspace.answer.own'),
          }}
          open={unlock}
          leave={() => location.assign(location.pathname)}
        />
      )}
      {request && (
        <>
          <section class="ws-section ws-answer" aria-labelledby="ws-answer-h">
            <h2 id="ws-answer-h">{t('workspace.answer.heading', { name: request.from })}</h2>
            <p>
              {t('workspace.answer.lead', {
                name: request.from,
                day: formatDay(t.formats, request.at.slice(0, 10)),
                asks: askText(t, data, request.ask),
              })}
            </p>
            <p>{t('workspace.answer.private')}</p>
            <p class="ws-row">
              <label for="ws-answer-name">{t('workspace.answer.name', { name: request.from })}</label>
              <input
                id="ws-answer-name"
                type="text"
                autoComplete="name"
                value={name}
                onInput={(e) => setName(e.currentTarget.value)}
              />
            </p>
          </section>
          {request.ask.credentials && <People ws={ws} />}
          {request.ask.bookings && <Bookings ws={ws} />}
          {request.ask.references && <References ws={ws} />}
          {request.ask.surveys && <Surveys ws={ws} />}
          <section class="ws-section" aria-labelledby="ws-send-h">
            <h2 id="ws-send-h">{t('workspace.answer.send')}</h2>
            <p>{t('workspace.answer.sendLead', { name: request.from })}</p>
            <Passphrase t={t} id="ws-answer-pass" value={passphrase} set={setPassphrase} />
            <p class="ws-actions">
              <button type="button" onClick={() => void makeLink()}>
                {t('workspace.answer.link')}
              </button>{' '}
              <button type="button" onClick={() => void makeFile()}>
                {t('workspace.answer.file')}
              </button>
            </p>
            {link && (
              <LinkField
                id="ws-answer-link"
                link={link}
                copied={t('workspace.answer.linkCopied')}
                label={t('workspace.answer.linkLabel')}
              />
            )}
          </section>
        </>
      )}
      <p>
        <a href={location.pathname}>{t('workspace.answer.own')}</a>
      </p>
    </>
  );
}

/** What came back for one field, in the page's words: the day passed, an amount, a customer's day, a score. */
function valueText(
  t: Translate,
  data: WorkspaceData,
  item: ReviewItem,
  entry: ReviewItem['entry'] | undefined,
): string {
  if (!entry) return t('workspace.review.none');
  if (item.section === 'credentials')
    return formatDay(t.formats, (entry as PartnerRecord['credentials'][string]).passed);
  if (item.section === 'bookings') {
    const booking = entry as PartnerRecord['bookings'][string];
    const currency = data.competencies.find((c) => c.slug === booking.competency)?.currency ?? '';
    return t.money(booking.amount, currency);
  }
  if (item.section === 'references')
    return formatDay(t.formats, (entry as PartnerRecord['references'][string]).date);
  return t.number((entry as PartnerRecord['surveys'][string]).score);
}

/** The field an item fills, in the page's words: "AK, Gateway Security Technical Specialist", "Gateway Security, Q3 2026". */
function fieldText(t: Translate, ws: Workspace, item: ReviewItem): string {
  const { data } = ws;
  if (item.section === 'credentials')
    return t('workspace.review.passField', {
      person: ws.record.people[item.entry.person]?.label ?? item.entry.person,
      name: item.entry.name,
    });
  const competency = titleIn(data)(item.entry.competency);
  if (item.section === 'bookings')
    return t('workspace.review.field', { competency, what: quarterName(t, item.entry.quarter) });
  if (item.section === 'references')
    return t('workspace.review.field', { competency, what: item.entry.customer });
  return t('workspace.review.field', { competency, what: formatDay(t.formats, item.entry.date) });
}

/**
 * The owner's review of a reply: every entry beside the record's for the same field, new, the same or
 * different (a conflict, never taken unless ticked), who sent it and when; ticked entries are taken with
 * their attribution through the record's storage, and the take can be undone.
 */
export function Review({
  ws,
  reply,
  leftOut,
  close,
}: {
  ws: Workspace;
  reply: RecordReply;
  leftOut: number;
  close: () => void;
}) {
  const { t, data } = ws;
  const items = reviewReply(ws.record, reply);
  const [chosen, setChosen] = useState<Set<string>>(
    () =>
      new Set(
        reviewReply(ws.record, reply)
          .filter((i) => i.state === 'new')
          .map(itemKey),
      ),
  );
  const [taken, setTaken] = useState<RecordReplacement | null>(null);
  const when = formatDayTime(t.formats, new Date(reply.by.at));
  const conflicts = items.filter((i) => i.state === 'differs').length;
  const strangers = outsideRecord(ws.record, reply);
  const set = (keys: string[]) => {
    setChosen(new Set(keys));
    ws.say(t.count('workspace.review.chosen', keys.length));
  };
  const take = () => {
    const picked = items.filter((i) => chosen.has(itemKey(i)) && i.state !== 'same');
    if (picked.length === 0) return ws.say(t('workspace.review.nothing'));
    const next = takeItems(ws.record, picked, chosen);
    const { replacement } = applyRecordImport(ws.record, next);
    setTaken(replacement);
    ws.edit(() => next, t.count('workspace.review.taken', picked.length, { name: reply.by.name }));
  };
  const undo = () => {
    if (!taken) return;
    ws.edit((now) => undoRecordImport(now, taken), t('workspace.review.undone'));
    setTaken(null);
  };
  const states: Record<ReviewItem['state'], string> = {
    new: t('workspace.review.state.new'),
    same: t('workspace.review.state.same'),
    differs: t('workspace.review.state.differs'),
  };
  return (
    <section class="ws-review" aria-labelledby="ws-review-h">
      <h3 id="ws-review-h">{t('workspace.review.heading', { name: reply.by.name })}</h3>
      <p>
        {t('workspace.review.lead', { name: reply.by.name, when, asks: askText(t, data, reply.ask) })}{' '}
        {t.count('workspace.review.conflicts', conflicts)}
      </p>
      {leftOut > 0 && <p>{t.count('workspace.review.leftOut', leftOut)}</p>}
      {strangers > 0 && <p>{t.count('workspace.review.noPerson', strangers)}</p>}
      {items.length === 0 ? (
        <p>{t('workspace.review.empty')}</p>
      ) : (
        <table class="ws-table ws-list ws-review-table" role="table">
          <caption class="visually-hidden">{t('workspace.review.caption', { name: reply.by.name })}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {t('workspace.review.fieldHead')}
              </th>
              <th scope="col" role="columnheader">
                {t('workspace.review.theirs')}
              </th>
              <th scope="col" role="columnheader">
                {t('workspace.review.mine')}
              </th>
              <th scope="col" role="columnheader">
                {t('workspace.review.state')}
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {items.map((item) => {
              const key = itemKey(item);
              const field = fieldText(t, ws, item);
              const id = `ws-rv-${item.section}-${item.id}`;
              return (
                <tr role="row" key={key} class={`ws-rv-${item.state}`}>
                  <td role="cell" class="ws-rv-field">
                    <input
                      type="checkbox"
                      id={id}
                      aria-label={t('workspace.review.takeOne', { field })}
                      disabled={item.state === 'same' || taken !== null}
                      checked={chosen.has(key) && item.state !== 'same'}
                      aria-describedby={`${id}-s`}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setChosen((all) => {
                          const next = new Set(all);
                          if (on) next.add(key);
                          else next.delete(key);
                          return next;
                        });
                      }}
                    />{' '}
                    <label for={id}>{field}</label>
                  </td>
                  <td role="cell">
                    <span class="ws-cell-h" aria-hidden="true">
                      {t('workspace.review.theirs')}
                    </span>
                    {valueText(t, data, item, item.entry)}
                    <span class="ws-by">
                      {t('workspace.by', {
                        name: reply.by.name,
                        day: formatDay(t.formats, reply.by.at.slice(0, 10)),
                      })}
                    </span>
                  </td>
                  <td role="cell">
                    <span class="ws-cell-h" aria-hidden="true">
                      {t('workspace.review.mine')}
                    </span>
                    {valueText(t, data, item, item.current?.entry)}
                  </td>
                  <td role="cell" id={`${id}-s`}>
                    <span class="ws-cell-h" aria-hidden="true">
                      {t('workspace.review.state')}
                    </span>
                    <strong class={`ws-state ws-state-${item.state}`}>{states[item.state]}</strong>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p class="ws-actions">
        {taken ? (
          <button type="button" onClick={undo}>
            {t('workspace.review.undo')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => set(items.filter((i) => i.state !== 'same').map(itemKey))}>
              {t('workspace.review.all')}
            </button>{' '}
            <button type="button" onClick={() => set([])}>
              {t('workspace.review.none.button')}
            </button>{' '}
            <button type="button" class="ws-primary" onClick={take}>
              {t('workspace.review.takeChosen')}
            </button>
          </>
        )}{' '}
        <button type="button" onClick={close}>
          {t('workspace.review.close')}
        </button>
      </p>
    </section>
  );
}

/** Reads a reply from the location's `#reply=`, or from a file's text. */
export const replyFromHash = (t: Translate, data: WorkspaceData): Opening<RecordReply> =>
  openingOf(decodeReply(t, location.hash, knownOf(data)));
export const replyFromFile = (t: Translate, data: WorkspaceData, text: string): Opening<RecordReply> =>
  openingOf(readReplyFile(t, text, knownOf(data)));

/** Opens a sealed reply with a passphrase: the reply, or the message why not. */
export async function unsealReply(
  t: Translate,
  data: WorkspaceData,
  envelope: unknown,
  phrase: string,
): Promise<Opening<RecordReply> | { state: 'wrong'; message: string }> {
  const opened = await openText(t, envelope, phrase);
  if (!opened.ok) return { state: 'wrong', message: openProblem(t, 'reply', opened) };
  const read = openingOf(readReplyJson(t, opened.text, knownOf(data)));
  return read.state === 'sealed' ? { state: 'refused', message: t('msg.reply.damaged') } : read;
}

export type { Opening };
