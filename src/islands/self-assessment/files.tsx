/** The partner's files: the action plan (CSV) and answers (JSON) exported, answers imported, the printed report. */
import { actionPlanCsv, fullPlan } from '../../engine/action-plan.ts';
import {
  MAX_FILE_BYTES,
  readAssessmentFile,
  writeAssessmentFile,
} from '../../persistence/assessment-file.ts';
import { verdictsOf } from '../../engine/versioning.ts';
import { notImported } from '../../persistence/messages.ts';
import { titlesFile } from '../../persistence/catalogue-titles.ts';
import { download } from '../shared/download.ts';
import { withBase } from '../../util/base-path.ts';
import { localDay } from '../../util/dates.ts';
import { isRecord } from '../../util/is-record.ts';
import { hostContext, show, textOf, type Host } from './host.ts';
import { rulesNote } from './rescore-note.tsx';
import { designationOf, designationPayload } from './ServicesExpert.tsx';

/** Downloads the action plan (CSV) or the answers (JSON) of the partner's own assessment. */
export function exportFile(host: Host, kind: 'csv' | 'json'): void {
  const { own, answers } = host;
  const slug = host.rules.slug;
  if (own.status !== 'assessed')
    return host.alert(textOf(host)('more.nothingToExport', { why: own.message }));
  if (kind === 'csv') {
    return download(
      `${slug}-action-plan.csv`,
      actionPlanCsv(
        textOf(host),
        fullPlan(
          own,
          host.rules,
          {
            exportDate: localDay(new Date()),
            models: host.models,
            regions: host.regions,
            t: textOf(host),
          },
          answers,
        ),
      ),
      'text/csv;charset=utf-8',
    );
  }
  const text = writeAssessmentFile({
    slug,
    title: host.rules.title,
    rulesVersion: host.rulesVersion,
    context: { model: own.context.businessModel, region: own.context.region },
    answers,
    verdicts: verdictsOf(own),
    designation: designationPayload(host),
    exportedAt: new Date().toISOString(),
  });
  download(`${slug}-self-assessment.json`, text, 'application/json');
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
  const read = readAssessmentFile(t, text, rules.slug, rules.title, rules, (slug) => titles[slug]);
  if (!read.ok) return host.alert(read.message);
  const ctx = hostContext(host, read.value.context);
  if (ctx === null) return refuse(t('msg.fileRefused.unknownContext'));
  const { answers, rulesVersion, verdicts, leftOut } = read.value;
  show(host, {
    answers,
    context: ctx,
    file: file.name,
    designation: designationOf(host, read.value.designation),
    note: [leftOut && <p>{leftOut}</p>, rulesNote(host, rulesVersion, ctx, answers, verdicts)],
  });
}
