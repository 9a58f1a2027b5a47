import { useState } from 'preact/hooks';
import { readNumberAnswer } from '../../domain/number-words.ts';
import type { RecordView } from './use-record.ts';
import { newId, putEntry, removeEntries } from './record-edits.ts';
import { DayText } from './DayText.tsx';
import { EntryTable } from './EntryTable.tsx';
import { AddForm, type AddField } from './AddForm.tsx';
import type { Translate } from '../../text/translate.ts';
import type { WorkspaceCompetency } from '../../views/workspace.ts';

/** The field that picks the competency an entry is for, among those a section counts. */
function competencyField(
  t: Translate,
  id: string,
  competencies: readonly WorkspaceCompetency[],
  value: string,
  set: (slug: string) => void,
): AddField {
  return {
    kind: 'select',
    id,
    label: t('workspace.competency'),
    value,
    set,
    choose: t('workspace.chooseCompetency'),
    options: competencies.map((c) => ({ value: c.slug, text: c.title })),
  };
}

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
  const add = () => {
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
      <AddForm
        fields={[
          competencyField(t, 'ws-ref-c', competencies, competency, setCompetency),
          {
            kind: 'text',
            id: 'ws-ref-name',
            label: t('workspace.reference.customer'),
            value: customer,
            set: setCustomer,
          },
          { kind: 'date', id: 'ws-ref-day', label: t('workspace.reference.date'), value: date, set: setDate },
        ]}
        submit={t('workspace.reference.add')}
        onSubmit={add}
      />
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
  const add = () => {
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
      <AddForm
        fields={[
          competencyField(t, 'ws-sv-c', competencies, competency, setCompetency),
          {
            kind: 'text',
            id: 'ws-sv-score',
            decimal: true,
            invalid: problem !== '',
            label: chosen?.survey
              ? t('workspace.survey.scoreOn', {
                  min: t.number(chosen.survey.min),
                  max: t.number(chosen.survey.max),
                })
              : t('workspace.survey.score'),
            value: score,
            set: setScore,
          },
          { kind: 'date', id: 'ws-sv-day', label: t('workspace.survey.date'), value: date, set: setDate },
        ]}
        submit={t('workspace.survey.add')}
        onSubmit={add}
        problem={{ id: 'ws-sv-m', text: problem }}
      />
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
