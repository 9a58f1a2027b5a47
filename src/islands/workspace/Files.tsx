import { useState } from 'preact/hooks';
import type { RecordDiff, RecordReplacement } from '../../persistence/record-file.ts';
import { RECORD_SECTIONS, type PartnerRecord } from '../../schemas/record.ts';
import { download } from '../shared/download.ts';
import { importAgain, loadOnce } from '../shared/load-once.ts';
import type { Workspace } from './use-record.ts';

/** The record's file code (src/persistence/record-file.ts), loaded on the click that needs it. */
const loadFiles = loadOnce(importAgain(() => import('../../persistence/record-file.ts')));

/** A file read and waiting for the partner's answer: what it would add, change and remove. */
interface Pending {
  file: string;
  record: PartnerRecord;
  diff: RecordDiff;
  question: string;
  /** What was left out of the file, in the site's words; '' when nothing. */
  note: string;
}

/**
 * The record as a file: export it; import one, which first says what it adds, changes and removes in each
 * section of the record and waits for the partner's answer, and can be undone until the next import. A file
 * that cannot be read is refused with a message and changes nothing.
 */
export function Files({ ws }: { ws: Workspace }) {
  const { t, data } = ws;
  const [pending, setPending] = useState<Pending | null>(null);
  const [undo, setUndo] = useState<RecordReplacement | null>(null);
  const [problem, setProblem] = useState('');
  const titleOf = (slug: string) => data.competencies.find((c) => c.slug === slug)?.title;
  const failed = () => setProblem(t('workspace.files.unavailable'));

  const exportRecord = () =>
    loadFiles().then(({ writeRecordFile }) => {
      const file = `competency-record-${ws.today}.json`;
      download(file, writeRecordFile(ws.record, new Date()), 'application/json');
      ws.say(t('workspace.files.exported', { file }));
    }, failed);

  const choose = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setProblem('');
    setPending(null);
    Promise.all([loadFiles(), file.text()]).then(([files, text]) => {
      const read = files.readRecordFile(t, text);
      if (!read.ok) return setProblem(read.message);
      const diff = files.diffRecords(ws.record, read.record, titleOf);
      if (files.sameRecord(diff)) return ws.say(t('msg.record.same'));
      setPending({
        file: file.name,
        record: read.record,
        diff,
        question: files.importQuestion(t, diff),
        note: read.note ?? '',
      });
    }, failed);
  };

  const use = (p: Pending) =>
    loadFiles().then(({ applyRecordImport, recordImportedNote }) => {
      const { record, replacement } = applyRecordImport(ws.record, p.record);
      ws.edit(() => record, recordImportedNote(t, p.file));
      setPending(null);
      setUndo(replacement);
    }, failed);

  const undoImport = (replacement: RecordReplacement) =>
    loadFiles().then(({ undoRecordImport, recordUndoneNote }) => {
      ws.edit((r) => undoRecordImport(r, replacement), recordUndoneNote(t));
      setUndo(null);
    }, failed);

  return (
    <section class="ws-section ws-files" aria-labelledby="ws-files-h">
      <h2 id="ws-files-h">{t('workspace.files.heading')}</h2>
      <p>{t('workspace.files.lead')}</p>
      <div class="ws-file-actions">
        <button type="button" onClick={() => void exportRecord()}>
          {t('workspace.files.export')}
        </button>
        <span class="ws-file-pick">
          <label for="ws-import">{t('workspace.files.import')}</label>
          <input
            id="ws-import"
            type="file"
            accept=".json,application/json"
            onChange={(e) => choose(e.currentTarget)}
          />
        </span>
        {undo && (
          <button type="button" onClick={() => void undoImport(undo)}>
            {t('workspace.files.undo')}
          </button>
        )}
      </div>
      <p role="alert" class="ws-error">
        {problem}
      </p>
      {pending && (
        <div class="ws-ask" role="group" aria-labelledby="ws-ask-q">
          <p id="ws-ask-q">
            <strong>{pending.question}</strong>
          </p>
          {pending.note && <p>{pending.note}</p>}
          <ul class="ws-diff">
            {RECORD_SECTIONS.flatMap((section) =>
              (['added', 'changed', 'removed'] as const).flatMap((what) => {
                const entries = pending.diff[section][what];
                if (entries.length === 0) return [];
                return [
                  <li key={`${section}-${what}`}>
                    <strong>
                      {t(`workspace.files.${what}`, {
                        entries: t.count(`msg.record.entries.${section}`, entries.length),
                      })}
                    </strong>{' '}
                    <span class="ws-labels">{t.list(entries.map((e) => e.label))}</span>
                  </li>,
                ];
              }),
            )}
          </ul>
          <div class="ws-file-actions">
            <button type="button" class="ws-primary" onClick={() => void use(pending)}>
              {t('workspace.files.use')}
            </button>
            <button
              type="button"
              onClick={() => {
                setPending(null);
                ws.say(t('msg.record.unchanged'));
              }}
            >
              {t('workspace.files.keep')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
