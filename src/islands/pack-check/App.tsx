import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MAX_PACK_BYTES, verifyPack, type PackCheck as Check } from '../../persistence/evidence-pack.ts';
import { SEALED_FILE_FORMAT } from '../../persistence/formats.ts';
import { isWorkbookFile, readWorkbookFile } from '../../persistence/pack-workbook-file.ts';
import { islandTranslator, type IslandWords } from '../../text/translate.ts';
import { isRecord } from '../../util/is-record.ts';
import { download } from '../shared/download.ts';
import { openText } from '../shared/sealing.ts';
import { Unlock } from '../shared/Unlock.tsx';
import { PackSummary, type Titles } from './PackSummary.tsx';

/** What the page hands the island: the catalogue's titles in its language, and its words. */
export interface PackCheckData extends Titles {
  words: IslandWords;
  /** What is said when the page's code cannot be loaded. */
  unavailable: string;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the page shows for the file chosen last. */
type Shown =
  | { kind: 'none' }
  | { kind: 'problem'; message: string }
  | { kind: 'checked'; file: string; check: Check; data: unknown }
  | { kind: 'locked'; file: string; envelope: unknown }
  | { kind: 'workbook'; name: string; bytes: Uint8Array<ArrayBuffer> };

/**
 * The validator's page: choose an evidence pack (or drop it on the box) and it says whether the pack is as
 * it was made, with what it covers and its verdicts; a protected file asks for its passphrase first and opens
 * to a JSON pack, checked the same way, or to a workbook, given back to save. Nothing is sent anywhere.
 */
export function App({ data }: { data: PackCheckData }) {
  const t = useMemo(() => islandTranslator(data.words), [data.words]);
  const [shown, setShown] = useState<Shown>({ kind: 'none' });
  const [said, setSaid] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const show = (next: Shown, words: string): void => {
    setShown(next);
    setSaid(words);
  };

  /** The check of a pack's text, shown; false when the text is no pack (nor a newer one). */
  const checkText = async (file: string, text: string): Promise<boolean> => {
    const check = await verifyPack(text);
    if (check.status === 'not-a-pack') return false;
    if (check.status === 'newer') show({ kind: 'problem', message: t('packCheck.newer', { file }) }, '');
    else
      show(
        { kind: 'checked', file, check, data: JSON.parse(text) },
        t(check.status === 'intact' ? 'packCheck.intact' : 'packCheck.edited'),
      );
    return true;
  };

  const take = async (file: File): Promise<void> => {
    const notPack = { kind: 'problem', message: t('packCheck.notPack', { file: file.name }) } as const;
    setSaid(t('packCheck.checking', { file: file.name }));
    if (file.size > MAX_PACK_BYTES) return show(notPack, '');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return show({ kind: 'problem', message: t('packCheck.unreadable') }, '');
    }
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: no pack.
    }
    if (isRecord(parsed) && parsed['format'] === SEALED_FILE_FORMAT)
      return show({ kind: 'locked', file: file.name, envelope: parsed }, '');
    if (!(await checkText(file.name, text))) show(notPack, '');
  };

  /** Opens a protected file: a JSON pack is checked, a workbook given back; the message when it does not open. */
  const open = async (file: string, envelope: unknown, passphrase: string): Promise<string | null> => {
    const opened = await openText(t, envelope, passphrase);
    if (!opened.ok) return opened.message;
    let inner: unknown = null;
    try {
      inner = JSON.parse(opened.text);
    } catch {
      // Neither a pack nor a workbook.
    }
    if (isWorkbookFile(inner)) {
      const book = readWorkbookFile(inner);
      if (!book.ok) return t(book.why === 'newer' ? 'packCheck.newer' : 'packCheck.notPack', { file });
      show(
        { kind: 'workbook', name: book.name, bytes: book.bytes },
        t('packCheck.workbook', { file: book.name }),
      );
      return null;
    }
    return (await checkText(file, opened.text)) ? null : t('packCheck.notPack', { file });
  };

  // A new field for each file asked for after one was checked: empty, so that the same file can be chosen again.
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (round > 0) input.current?.focus();
  }, [round]);
  const again = (): void => {
    show({ kind: 'none' }, '');
    setRound((n) => n + 1);
  };

  const chosen = (files: FileList | null | undefined): void => {
    const file = files?.[0];
    if (file) void take(file);
  };

  return (
    <>
      <div
        class="pc-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          chosen(e.dataTransfer?.files);
        }}
      >
        <label for="pc-file">{t('packCheck.file')}</label>
        <input
          id="pc-file"
          key={round}
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-describedby="pc-file-h"
          onChange={(e) => chosen(e.currentTarget.files)}
        />
        <span id="pc-file-h" class="sa-seal-hint">
          {t('packCheck.fileHelp')}
        </span>
      </div>
      <p role="status" class="visually-hidden">
        {said}
      </p>
      <p role="alert" class={shown.kind === 'problem' ? 'sa-error' : ''}>
        {shown.kind === 'problem' && (
          <>
            <span aria-hidden="true">⚠ </span>
            {shown.message}
          </>
        )}
      </p>
      {shown.kind === 'locked' && (
        <Unlock
          t={t}
          prefix="pc"
          level={2}
          file
          words={{
            heading: t('shared.unlock.file'),
            text: t('packCheck.unlock.text'),
            leave: t('packCheck.another'),
          }}
          open={(passphrase) => open(shown.file, shown.envelope, passphrase)}
          leave={again}
        />
      )}
      {shown.kind === 'checked' && (
        <PackSummary t={t} titles={data} file={shown.file} check={shown.check} data={shown.data} />
      )}
      {shown.kind === 'workbook' && (
        <section class="pc-result pc-intact" aria-labelledby="pc-result-h">
          <h2 id="pc-result-h">{t('packCheck.workbook', { file: shown.name })}</h2>
          <p>{t('packCheck.workbookText')}</p>
          <p class="sa-buttons">
            <button
              type="button"
              class="sa-primary"
              onClick={() => download(shown.name, new Blob([shown.bytes]), XLSX_TYPE)}
            >
              {t('packCheck.save', { file: shown.name })}
            </button>
          </p>
        </section>
      )}
      {(shown.kind === 'checked' || shown.kind === 'workbook') && (
        <p class="sa-buttons">
          <button type="button" onClick={again}>
            {t('packCheck.another')}
          </button>
        </p>
      )}
    </>
  );
}
