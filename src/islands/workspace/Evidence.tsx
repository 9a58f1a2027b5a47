import { useState } from 'preact/hooks';
import type { EvidenceStatus, RecordEvidence } from '../../schemas/record.ts';
import type { Workspace } from './use-record.ts';
import { ByNote } from './ByNote.tsx';
import { findEntry, newId, putEntry } from './record-edits.ts';

const STATUSES: readonly EvidenceStatus[] = ['todo', 'doing', 'ready'];

/** The links a box holds, one a line, blanks left out. */
const linksIn = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * Evidence per requirement of one competency at a time: who owns it (a person of the record), where it
 * stands, when it is due, a note and links. An entry is made the first time one of its fields is set.
 */
export function Evidence({ ws }: { ws: Workspace }) {
  const { t, record, edit, data } = ws;
  const offered = data.competencies.filter((c) => c.requirements.length > 0);
  const [slug, setSlug] = useState(() => ws.chosen[0] ?? offered[0]?.slug ?? '');
  const competency = offered.find((c) => c.slug === slug) ?? offered[0];
  if (!competency) return null;
  const people = Object.entries(record.people);
  const change = (requirement: string, label: string, patch: Partial<RecordEvidence>) => {
    const id = findEntry(
      record,
      'evidence',
      (e) => e.competency === competency.slug && e.requirement === requirement,
    );
    const known = id === undefined ? undefined : record.evidence[id];
    const entry: RecordEvidence = {
      competency: competency.slug,
      requirement,
      status: 'todo',
      ...known,
      ...patch,
      // Changed here, it is the partner's own: who entered it before no longer speaks for it.
      by: undefined,
    };
    edit(
      (r) => putEntry(r, 'evidence', id ?? newId(), entry),
      t('workspace.evidence.saved', { requirement: label, competency: competency.title }),
    );
  };
  return (
    <section class="ws-section" aria-labelledby="ws-ev-h">
      <h2 id="ws-ev-h">{t('workspace.evidence.heading')}</h2>
      <p>{t('workspace.evidence.lead')}</p>
      <p class="ws-row">
        <label for="ws-ev-c">{t('workspace.competency')}</label>
        <select id="ws-ev-c" value={competency.slug} onChange={(e) => setSlug(e.currentTarget.value)}>
          {offered.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.title}
            </option>
          ))}
        </select>
      </p>
      <ul class="ws-evidence">
        {competency.requirements.map((req) => {
          const id = findEntry(
            record,
            'evidence',
            (e) => e.competency === competency.slug && e.requirement === req.id,
          );
          const entry = id === undefined ? undefined : record.evidence[id];
          const prefix = `ws-ev-${competency.slug}-${req.id}`;
          return (
            <li key={`${competency.slug}/${req.id}`}>
              <fieldset>
                <legend>{req.label}</legend>
                <ByNote t={t} by={entry?.by} />
                <div class="ws-fields">
                  <label for={`${prefix}-owner`}>{t('workspace.evidence.owner')}</label>
                  <select
                    id={`${prefix}-owner`}
                    value={entry?.owner ?? ''}
                    onChange={(e) => change(req.id, req.label, { owner: e.currentTarget.value || undefined })}
                  >
                    <option value="">{t('workspace.evidence.noOwner')}</option>
                    {people.map(([pid, p]) => (
                      <option key={pid} value={pid}>
                        {p.label}
                      </option>
                    ))}
                  </select>
                  <label for={`${prefix}-status`}>{t('workspace.evidence.status')}</label>
                  <select
                    id={`${prefix}-status`}
                    value={entry?.status ?? 'todo'}
                    onChange={(e) =>
                      change(req.id, req.label, { status: e.currentTarget.value as EvidenceStatus })
                    }
                  >
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`workspace.evidence.status.${s}`)}
                      </option>
                    ))}
                  </select>
                  <label for={`${prefix}-due`}>{t('workspace.evidence.due')}</label>
                  <input
                    id={`${prefix}-due`}
                    type="date"
                    value={entry?.due ?? ''}
                    onChange={(e) => change(req.id, req.label, { due: e.currentTarget.value || undefined })}
                  />
                  <label for={`${prefix}-note`}>{t('workspace.evidence.note')}</label>
                  <textarea
                    id={`${prefix}-note`}
                    rows={2}
                    value={entry?.note ?? ''}
                    onChange={(e) =>
                      change(req.id, req.label, { note: e.currentTarget.value.trim() || undefined })
                    }
                  />
                  <label for={`${prefix}-links`}>{t('workspace.evidence.links')}</label>
                  <textarea
                    id={`${prefix}-links`}
                    rows={2}
                    value={(entry?.links ?? []).join('\n')}
                    onChange={(e) => {
                      const links = linksIn(e.currentTarget.value);
                      change(req.id, req.label, { links: links.length > 0 ? links : undefined });
                    }}
                  />
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
