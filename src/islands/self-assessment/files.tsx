/** The partner's files: the action plan (CSV) and answers (JSON) exported, answers imported, the printed report. */
import { actionPlanCsv, fullPlan, moneylessPlan } from '../../engine/action-plan.ts';
import { assess } from '../../engine/assess.ts';
import { enteredBy } from '../../engine/record-figures.ts';
import {
  MAX_FILE_BYTES,
  readAssessmentFile,
  writeAssessmentFile,
} from '../../persistence/assessment-file.ts';
import { verdictsOf } from '../../engine/versioning.ts';
import { notImported } from '../../persistence/messages.ts';
import { titlesFile } from '../../persistence/catalogue-titles.ts';
import { download } from '../shared/download.ts';
import { nextPaint } from '../shared/paint-first.ts';
import { withBase } from '../../util/base-path.ts';
import { localDay } from '../../util/dates.ts';
import { isRecord } from '../../util/is-record.ts';
import { hostContext, show, textOf, type Host } from './host.ts';
import { forwarded, forwarding, showLocked, WithheldNote } from './sharing.tsx';
import { sealedFile, sealText } from '../shared/sealing.ts';
import { rulesNote } from './rescore-note.tsx';
import { designationOf, designationPayload } from './ServicesExpert.tsx';
import { recordNow, standingWithRecord } from './record.tsx';

/**
 * Downloads the action plan (CSV) or the answers (JSON) of the partner's own assessment; the JSON file
 * protected with a passphrase when the partner asks (a CSV opens in any spreadsheet, so it cannot be).
 */
export async function exportFile(host: Host, kind: 'csv' | 'json'): Promise<void> {
  const { own, answers } = host;
  const slug = host.rules.slug;
  const t = textOf(host);
  const { protect, passphrase, moneyless } = forwarding.current;
  if (own.status !== 'assessed') return host.alert(t('more.nothingToExport', { why: own.message }));
  if (protect && kind === 'csv') return host.alert(t('msg.sealed.csv'));
  if (protect && !passphrase) return host.alert(t('msg.sealed.noPassphrase'));
  host.alert('');
  if (kind === 'csv') {
    // The plan of what the page shows: typed answers over the record's figures, with who entered those and
    // the record's evidence.
    const record = recordNow()?.record;
    const standing = standingWithRecord('sa', host.rules, own.context, answers, host);
    const given = standing?.answers ?? answers;
    const meta = {
      exportDate: localDay(new Date()),
      models: host.models,
      regions: host.regions,
      t,
      record,
      enteredBy: record && standing ? { [slug]: enteredBy(record, standing) } : undefined,
    };
    const plan = moneyless
      ? moneylessPlan(own, host.rules, meta, given)
      : fullPlan(own, host.rules, meta, given);
    return download(`${slug}-action-plan.csv`, actionPlanCsv(t, plan), 'text/csv;charset=utf-8');
  }
  const carried = forwarded(host);
  // The file keeps the typed answers only, with the verdicts they give on their own (never the record's);
  // without money figures, the verdicts are those the receiver will see: the kept ones in their place.
  const verdicts = verdictsOf(
    carried.withheld || recordNow()
      ? assess(host.rules, own.context, carried.answers, t, undefined, carried.withheld)
      : own,
  );
  const text = writeAssessmentFile({
    slug,
    title: host.rules.title,
    rulesVersion: host.rulesVersion,
    context: { model: own.context.businessModel, region: own.context.region },
    answers: carried.answers,
    verdicts,
    designation: designationPayload(host),
    withheld: carried.withheld,
    exportedAt: new Date().toISOString(),
  });
  if (!protect) return download(`${slug}-self-assessment.json`, text, 'application/json');
  const envelope = await sealText(text, passphrase);
  if (envelope === null) return host.alert(t('msg.sealed.unavailable'));
  download(`${slug}-self-assessment-protected.json`, await sealedFile(envelope), 'application/json');
}

/** Prints the report: on paper the page is the report alone (assessment.css). */
export function printReport(): void {
  window.print();
}

/** The catalogue's titles by slug in the page's language (the site's own file), loaded once; none when it cannot be read. */
let titlesLoaded: Promise<Readonly<Record<string, string>>> | undefined;
function catalogueTitles(): Promise<Readonly<Record<string, string>>> {
  titlesLoaded ??= fetch(withBase(import.meta.env.BASE_URL, titlesFile(document.documentElement.lang)))
    .then((r) => (r.ok ? r.json() : {}))
    .then((v: unknown) => (isRecord(v) ? (v as Record<string, string>) : {}))
    .catch(() => ({}));
  return titlesLoaded;
}

/**
 * Reads a file chosen in the input and shows its answers read-only, saying what using them would change,
 * until the partner chooses; or alerts why not and changes nothing.
 */
export async function importFile(host: Host, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  // A status from an earlier import must not stand next to this one's outcome.
  host.info(null);
  const t = textOf(host);
  const refuse = (why: string) => host.alert(notImported(t, why));
  if (file.size > MAX_FILE_BYTES) return refuse(t('msg.fileRefused.tooLarge'));
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse(t('msg.fileRefused.unread'));
  }
  const { rules } = host;
  const titles = await catalogueTitles();
  const readFile = (content: string) =>
    readAssessmentFile(t, content, rules.slug, rules.title, rules, (slug) => titles[slug]);
  const showRead = (read: ReturnType<typeof readFile>): string | null => {
    // What a protected file opens to is a plain export, never another envelope.
    if (!read.ok) return read.sealed === undefined ? read.message : t('msg.sealed.damaged');
    const ctx = hostContext(host, read.value.context);
    if (ctx === null) return notImported(t, t('msg.fileRefused.unknownContext'));
    const { answers, rulesVersion, verdicts, leftOut, withheld = {} } = read.value;
    show(host, {
      answers,
      context: ctx,
      file: file.name,
      designation: designationOf(host, read.value.designation),
      note: [
        leftOut && <p>{leftOut}</p>,
        <WithheldNote host={host} withheld={withheld} />,
        rulesNote(host, rulesVersion, ctx, answers, verdicts),
      ],
      withheld,
    });
    return null;
  };
  const read = readFile(text);
  if (!read.ok && read.sealed !== undefined)
    return showLocked(host, read.sealed, file.name, (content) => showRead(readFile(content)));
  // The file read is painted apart from the banner it brings: two frames, neither as long as both.
  await nextPaint();
  const why = showRead(read);
  if (why !== null) host.alert(why);
}
