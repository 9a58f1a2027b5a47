import { useState } from 'preact/hooks';
import type { RecordCredential } from '../../schemas/record.ts';
import type { RecordView } from './use-record.ts';
import { findEntry, newId, putEntry, removeEntries, removePerson } from './record-edits.ts';
import { DayText } from './DayText.tsx';
import { EntryTable } from './EntryTable.tsx';
import { AddForm } from './AddForm.tsx';

/**
 * The people of the record, each with their passes: add, rename and remove them, add and remove passes. A
 * colleague answering a request for passes sees only the people asked about, and adds or removes passes.
 */
export function People({ ws }: { ws: RecordView }) {
  const { t, record, edit } = ws;
  const [label, setLabel] = useState('');
  const asked = ws.only?.credentials;
  const people = asked
    ? asked.people.map(({ id, label: name }) => [id, { label: name }] as const)
    : Object.entries(record.people);
  const add = () => {
    const name = label.trim();
    if (!name) return ws.say(t('workspace.person.needsLabel'));
    edit(
      (r) => putEntry(r, 'people', newId(), { label: name }),
      t('workspace.person.added', { person: name }),
    );
    setLabel('');
  };
  return (
    <section class="ws-section" aria-labelledby="ws-people-h">
      <h2 id="ws-people-h">{t('workspace.people.heading')}</h2>
      {asked ? (
        <p>{t('workspace.people.askedLead')}</p>
      ) : (
        <>
          <p>{t('workspace.people.lead')}</p>
          <AddForm
            fields={[
              {
                kind: 'text',
                id: 'ws-person-new',
                label: t('workspace.person.label'),
                value: label,
                set: setLabel,
              },
            ]}
            submit={t('workspace.person.add')}
            onSubmit={add}
          />
        </>
      )}
      {people.length === 0 ? (
        <p class="ws-empty">{t('workspace.people.empty')}</p>
      ) : (
        <ul class="ws-people">
          {people.map(([id, person]) => (
            <li key={id}>
              <Person ws={ws} id={id} label={person.label} asked={asked !== undefined} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * One person: their id or initials, their passes with each one's expiry day, and a form to add a pass; in an
 * answer to a request (`asked`), the person as the request names them, not renamed or removed.
 */
function Person({ ws, id, label, asked }: { ws: RecordView; id: string; label: string; asked: boolean }) {
  const { t, record, edit, data } = ws;
  const [draft, setDraft] = useState<string | null>(null);
  const [pass, setPass] = useState('');
  const [passed, setPassed] = useState('');
  const passes = Object.entries(record.credentials)
    .filter(([, c]) => c.person === id)
    .sort(([, a], [, b]) => a.passed.localeCompare(b.passed) || a.name.localeCompare(b.name));
  const rename = () => {
    const name = (draft ?? label).trim();
    setDraft(null);
    if (!name || name === label) return;
    edit((r) => putEntry(r, 'people', id, { label: name }), t('workspace.person.renamed', { person: name }));
  };
  const addPass = () => {
    if (!pass || !passed) return ws.say(t('workspace.pass.needs'));
    const entry: RecordCredential = { person: id, name: pass, passed };
    // The same pass on the same day is one pass.
    const known = findEntry(
      record,
      'credentials',
      (c) => c.person === id && c.name === pass && c.passed === passed,
    );
    if (known) return ws.say(t('workspace.pass.known'));
    edit(
      (r) => putEntry(r, 'credentials', newId(), entry),
      t('workspace.pass.added', { person: label, name: pass, day: ws.day(passed) }),
    );
    setPass('');
    setPassed('');
  };
  const prefix = `ws-p-${id}`;
  return (
    <article class="ws-person" aria-labelledby={`${prefix}-h`}>
      <h3 id={`${prefix}-h`}>{label}</h3>
      {!asked && (
        <div class="ws-row">
          <label for={`${prefix}-label`}>{t('workspace.person.label')}</label>
          <input
            id={`${prefix}-label`}
            type="text"
            autocomplete="off"
            value={draft ?? label}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onChange={rename}
          />
          <button
            type="button"
            class="ws-remove"
            onClick={() => edit((r) => removePerson(r, id), t('workspace.person.removed', { person: label }))}
          >
            {t('workspace.person.remove', { person: label })}
          </button>
        </div>
      )}
      {passes.length > 0 && (
        <EntryTable
          t={t}
          caption={t('workspace.passes.caption', { person: label })}
          columns={[t('workspace.pass.name'), t('workspace.pass.passed'), t('workspace.pass.expires')]}
          rows={passes.map(([passId, c]) => {
            const expires = ws.expiryOf(c.name, c.passed);
            return {
              key: passId,
              cells: [
                c.name,
                <DayText t={t} day={c.passed} />,
                expires ? <DayText t={t} day={expires} /> : t('workspace.pass.noExpiry'),
              ],
              by: c.by,
              removeName: t('workspace.pass.remove', { name: c.name }),
              remove: () =>
                edit(
                  (r) => removeEntries(r, 'credentials', [passId]),
                  t('workspace.pass.removed', { person: label, name: c.name }),
                ),
            };
          })}
        />
      )}
      <AddForm
        label={t('workspace.pass.addFor', { person: label })}
        fields={[
          {
            kind: 'select',
            id: `${prefix}-pass`,
            label: t('workspace.pass.name'),
            value: pass,
            set: setPass,
            choose: t('workspace.pass.choose'),
            options: data.competencies
              .filter((c) => c.credentials.length > 0)
              .map((c) => ({
                group: c.title,
                options: c.credentials.map((cred) => ({
                  value: cred.name,
                  text: t(cred.kind === 'exam' ? 'workspace.pass.exam' : 'workspace.pass.course', {
                    name: cred.name,
                  }),
                })),
              })),
          },
          {
            kind: 'date',
            id: `${prefix}-passed`,
            label: t('workspace.pass.passed'),
            value: passed,
            set: setPassed,
          },
        ]}
        submit={t('workspace.pass.add')}
        onSubmit={addPass}
      />
    </article>
  );
}
