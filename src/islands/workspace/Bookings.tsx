import { useState } from 'preact/hooks';
import { readNumberAnswer, type NumberChoice } from '../../domain/number-words.ts';
import type { NumberField } from '../../domain/read-number.ts';
import type { RecordView } from './use-record.ts';
import { ByNote } from './ByNote.tsx';
import { findEntry, newId, putEntry, removeEntries } from './record-edits.ts';
import { quarterParts, recentQuarters } from './quarters.ts';

/** The largest amount a quarter's booking may be: far above any competency's, below where figures lose precision. */
const MOST = 1e12;

/** The ids of the grid's headers, which name each box: its competency and its quarter. */
const rowId = (slug: string) => `ws-b-${slug}`;
const columnId = (quarter: string) => `ws-q-${quarter}`;

/** What a booking's box is waiting for: text typed and, when it is not an amount yet, why, and its readings. */
interface Draft {
  text: string;
  message?: string | undefined;
  choices?: readonly NumberChoice[] | undefined;
}

/**
 * Bookings per competency per quarter: a grid of the competencies with a revenue requirement by the last
 * eight quarters, each box read through the site's one number reader in the page's language. On a phone each
 * competency is a block of its own, its quarters two by two, each box under its quarter's name.
 */
export function Bookings({ ws }: { ws: RecordView }) {
  const { t, record, edit, data } = ws;
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const asked = ws.only?.bookings;
  const competencies = data.competencies.filter(
    (c) => c.currency !== undefined && (!asked || asked.competencies.includes(c.slug)),
  );
  const quarters = asked?.quarters ?? recentQuarters(ws.today, 8);
  const quarterName = (q: string) => t('workspace.quarter', quarterParts(q));
  const amountOf = (slug: string, quarter: string) => {
    const id = findEntry(record, 'bookings', (b) => b.competency === slug && b.quarter === quarter);
    const booking = id === undefined ? undefined : record.bookings[id];
    return id === undefined ? undefined : { id, amount: booking?.amount ?? 0, by: booking?.by };
  };
  const setDraft = (key: string, draft: Draft | null) =>
    setDrafts((all) => {
      const { [key]: _old, ...rest } = all;
      return draft ? { ...rest, [key]: draft } : rest;
    });
  const commit = (
    slug: string,
    title: string,
    quarter: string,
    currency: string,
    value: number | undefined,
  ) => {
    const key = `${slug}/${quarter}`;
    setDraft(key, null);
    const known = amountOf(slug, quarter);
    const where = { competency: title, quarter: quarterName(quarter) };
    if (value === undefined) {
      if (known) edit((r) => removeEntries(r, 'bookings', [known.id]), t('workspace.booking.removed', where));
      return;
    }
    if (known?.amount === value) return;
    edit(
      (r) => putEntry(r, 'bookings', known?.id ?? newId(), { competency: slug, quarter, amount: value }),
      t('workspace.booking.saved', { ...where, amount: t.money(value, currency) }),
    );
  };
  const read = (slug: string, title: string, quarter: string, currency: string, text: string) => {
    const field: NumberField = { whole: false, min: 0, max: MOST, scale: false, unit: currency };
    const label = t('workspace.booking.label', { competency: title, quarter: quarterName(quarter) });
    const answer = readNumberAnswer(text, field, label, ws.reader);
    if (answer.ok) return commit(slug, title, quarter, currency, answer.value);
    setDraft(`${slug}/${quarter}`, { text, message: answer.message, choices: answer.choices });
    ws.say(answer.message);
  };
  if (competencies.length === 0) return null;
  return (
    <section class="ws-section" aria-labelledby="ws-bookings-h">
      <h2 id="ws-bookings-h">{t('workspace.bookings.heading')}</h2>
      <p>{t('workspace.bookings.lead')}</p>
      <div class="sa-scroll">
        <table class="ws-table ws-grid" role="table">
          <caption class="visually-hidden">{t('workspace.bookings.caption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {t('workspace.competency')}
              </th>
              {quarters.map((q) => (
                <th scope="col" role="columnheader" key={q} id={columnId(q)}>
                  {quarterName(q)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {competencies.map((c) => (
              <tr role="row" key={c.slug}>
                <th scope="row" role="rowheader" id={rowId(c.slug)}>
                  {c.title} <span class="ws-unit">({c.currency})</span>
                </th>
                {quarters.map((q) => {
                  const key = `${c.slug}/${q}`;
                  const draft = drafts[key];
                  const known = amountOf(c.slug, q);
                  const id = `ws-b-${c.slug}-${q}`;
                  const currency = c.currency ?? '';
                  return (
                    <td role="cell" key={q}>
                      <span class="ws-cell-h" aria-hidden="true">
                        {quarterName(q)}
                      </span>
                      <input
                        id={id}
                        type="text"
                        inputMode="decimal"
                        autocomplete="off"
                        aria-labelledby={`${rowId(c.slug)} ${columnId(q)}`}
                        aria-invalid={draft?.message ? true : undefined}
                        aria-describedby={
                          [draft?.message && `${id}-m`, known?.by && `${id}-by`].filter(Boolean).join(' ') ||
                          undefined
                        }
                        value={draft?.text ?? (known ? t.number(known.amount) : '')}
                        onInput={(e) => setDraft(key, { text: e.currentTarget.value })}
                        onChange={(e) => read(c.slug, c.title, q, currency, e.currentTarget.value)}
                      />
                      <ByNote t={t} by={known?.by} id={`${id}-by`} />
                      {draft?.message && (
                        <p id={`${id}-m`} class="ws-error">
                          {draft.message}{' '}
                          {draft.choices?.map((choice) => (
                            <button
                              type="button"
                              key={choice.value}
                              onClick={() => commit(c.slug, c.title, q, currency, choice.value)}
                            >
                              {choice.text}
                            </button>
                          ))}
                        </p>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
