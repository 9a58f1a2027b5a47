import { useState } from 'preact/hooks';
import { readNumberAnswer } from '../../domain/number-words.ts';
import type { RecordView } from './use-record.ts';
import { newId, putEntry, removeEntries } from './record-edits.ts';
import { DayText } from './DayText.tsx';
import { EntryTable } from './EntryTable.tsx';

/** Customer references: competency, customer and the day they agreed; add and remove. */
export function References({ ws }: { ws: RecordView }) {
  const { t, record, edit, data } = ws;
  const asked = ws.only?.references;
  const competencies = data.competencies.filter(
    (c) => c.references && (!asked || asked.competencies.includes(c.slug)),
  );
  const [competency, setCompetency] = useState('');
  const [customer, setCustomer] = useState('');
  const [date, setDate] = useState('');
  const titleOf = (slug: string) => data.competencies.find((c) => c.slug === slug)?.title ?? slug;
  const entries = Object.entries(record.references).sort(
    ([, a], [, b]) => b.date.localeCompare(a.date) || a.customer.localeCompare(b.customer),
  );
  const add = (e: Event) => {
    e.preventDefault();
    const name = customer.trim();
    if (!competency || !name || !date) return ws.say(t('workspace.reference.needs'));
    edit(
      (r) => putEntry(r, 'references', newId(), { competency, customer: name, date }),
      t('workspace.reference.added', { customer: name, competency: titleOf(competency) }),
    );
    setCustomer('');
    setDate('');
  };
  if (competencies.length === 0) return null;
  return (
    <section class="ws-section" aria-labelledby="ws-refs-h">
      <h2 id="ws-refs-h">{t('workspace.references.heading')}</h2>
      <p>{t('workspace.references.lead')}</p>
      <form class="ws-add" onSubmit={add}>
        <label for="ws-ref-c">{t('workspace.competency')}</label>
        <select id="ws-ref-c" value={competency} onChange={(e) => setCompetency(e.currentTarget.value)}>
          <option value="">{t('workspace.chooseCompetency')}</option>
          {competencies.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.title}
            </option>
          ))}
        </select>
        <label for="ws-ref-name">{t('workspace.reference.customer')}</label>
        <input
          id="ws-ref-name"
          type="text"
          autocomplete="off"
          value={customer}
          onInput={(e) => setCustomer(e.currentTarget.value)}
        />
        <label for="ws-ref-day">{t('workspace.reference.date')}</label>
        <input id="ws-ref-day" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        <button type="submit">{t('workspace.reference.add')}</button>
      </form>
      {entries.length > 0 && (
        <EntryTable
          t={t}
          caption={t('workspace.references.heading')}
          captionHidden
          columns={[
            t('workspace.competency'),
            t('workspace.reference.customer'),
            t('workspace.reference.date'),
          ]}
          rows={entries.map(([id, r]) => ({
            key: id,
            cells: [titleOf(r.competency), r.customer, <DayText t={t} day={r.date} />],
            by: r.by,
            removeName: t('workspace.reference.remove', { customer: r.customer }),
            remove: () =>
              edit(
                (rec) => removeEntries(rec, 'references', [id]),
                t('workspace.reference.removed', { customer: r.customer }),
              ),
          }))}
        />
      )}
    </section>
  );
}

/** Satisfaction survey results: competency, score on its scale and the day returned; add and remove. */
export function Surveys({ ws }: { ws: RecordView }) {
  const { t, record, edit, data } = ws;
  const asked = ws.only?.surveys;
  const competencies = data.competencies.filter(
    (c) => c.survey !== undefined && (!asked || asked.competencies.includes(c.slug)),
  );
  const [competency, setCompetency] = useState('');
  const [score, setScore] = useState('');
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState('');
  const chosen = competencies.find((c) => c.slug === competency);
  const titleOf = (slug: string) => data.competencies.find((c) => c.slug === slug)?.title ?? slug;
  const entries = Object.entries(record.surveys).sort(([, a], [, b]) => b.date.localeCompare(a.date));
  const add = (e: Event) => {
    e.preventDefault();
    if (!chosen?.survey || !score.trim() || !date) return ws.say(t('workspace.survey.needs'));
    const { min, max } = chosen.survey;
    const label = t('workspace.survey.score');
    const read = readNumberAnswer(score, { whole: false, min, max, scale: true }, label, ws.reader);
    if (!read.ok || read.value === undefined) {
      const message = read.ok ? t('workspace.survey.needs') : read.message;
      setProblem(message);
      return ws.say(message);
    }
    const value = read.value;
    setProblem('');
    edit(
      (r) => putEntry(r, 'surveys', newId(), { competency, score: value, date }),
      t('workspace.survey.added', { score: t.number(value), competency: chosen.title }),
    );
    setScore('');
    setDate('');
  };
  if (competencies.length === 0) return null;
  return (
    <section class="ws-section" aria-labelledby="ws-surveys-h">
      <h2 id="ws-surveys-h">{t('workspace.surveys.heading')}</h2>
      <p>{t('workspace.surveys.lead')}</p>
      <form class="ws-add" onSubmit={add}>
        <label for="ws-sv-c">{t('workspace.competency')}</label>
        <select id="ws-sv-c" value={competency} onChange={(e) => setCompetency(e.currentTarget.value)}>
          <option value="">{t('workspace.chooseCompetency')}</option>
          {competencies.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.title}
            </option>
          ))}
        </select>
        <label for="ws-sv-score">
          {chosen?.survey
            ? t('workspace.survey.scoreOn', {
                min: t.number(chosen.survey.min),
                max: t.number(chosen.survey.max),
              })
            : t('workspace.survey.score')}
        </label>
        <input
          id="ws-sv-score"
          type="text"
          inputMode="decimal"
          autocomplete="off"
          value={score}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'ws-sv-m' : undefined}
          onInput={(e) => setScore(e.currentTarget.value)}
        />
        <label for="ws-sv-day">{t('workspace.survey.date')}</label>
        <input id="ws-sv-day" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        <button type="submit">{t('workspace.survey.add')}</button>
        {problem && (
          <p id="ws-sv-m" class="ws-error">
            {problem}
          </p>
        )}
      </form>
      {entries.length > 0 && (
        <EntryTable
          t={t}
          caption={t('workspace.surveys.heading')}
          captionHidden
          columns={[t('workspace.competency'), t('workspace.survey.score'), t('workspace.survey.date')]}
          rows={entries.map(([id, s]) => ({
            key: id,
            cells: [titleOf(s.competency), t.number(s.score), <DayText t={t} day={s.date} />],
            by: s.by,
            removeName: t('workspace.survey.remove'),
            remove: () =>
              edit(
                (r) => removeEntries(r, 'surveys', [id]),
                t('workspace.survey.removed', { competency: titleOf(s.competency) }),
              ),
          }))}
        />
      )}
    </section>
  );
}
