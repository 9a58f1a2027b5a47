/**
 * Makes and downloads an evidence pack, as a workbook (XLSX) or as JSON: the code both islands load on the
 * click that asks for one (with the workbook's writer and, fetched beside it, the workbook's words), never
 * before. The two files of one content carry the same time and so the same hash: while the content stays
 * the same, a pack made again on this page keeps the time of the first, so the workbook names the hash of
 * the JSON pack made beside it. Protected with a passphrase, either is written as a protected file: the JSON
 * pack's text sealed, or the workbook's bytes in their wrapper (pack-workbook-file.ts) sealed, with the
 * sealing code loaded on that click (sealing.ts).
 */
import { evidencePack, type PackInput } from '../../engine/evidence-pack.ts';
import { packCheckHref, writePack } from '../../persistence/evidence-pack.ts';
import { packWordsFile, withPackWords } from '../../persistence/pack-words.ts';
import { packSheets, packWorkbook } from '../../persistence/pack-workbook.ts';
import { workbookFileText } from '../../persistence/pack-workbook-file.ts';
import { formatDayTime } from '../../text/days.ts';
import { islandTranslator, type IslandWords, type Translate } from '../../text/translate.ts';
import { withBase } from '../../util/base-path.ts';
import { canonicalJson } from '../../util/canonical-json.ts';
import { download } from './download.ts';
import { packMade } from './pack-made.ts';
import { sealedFile, sealText } from './sealing.ts';

/** The content last packed on this page (its canonical JSON without the time) and when it was first packed. */
let kept: { content: string; createdAt: string } | null = null;

/** The time a pack of this content is made at: the first time it was packed on this page, else now. */
function createdAtFor(input: Omit<PackInput, 'createdAt'>, now: Date): string {
  const content = canonicalJson(evidencePack({ ...input, createdAt: '' }).body);
  if (kept?.content !== content) kept = { content, createdAt: now.toISOString() };
  return kept.createdAt;
}

/**
 * What a pack says, in the page's language: the words handed to the island with the workbook's, fetched
 * once; throws when they cannot be.
 */
let fetched: Promise<unknown> | undefined;
export async function packTranslator(handed: IslandWords): Promise<Translate> {
  fetched ??= fetch(withBase(import.meta.env.BASE_URL, packWordsFile(handed.lang))).then((r) =>
    r.ok ? (r.json() as Promise<unknown>) : null,
  );
  try {
    return islandTranslator(withPackWords(handed, await fetched));
  } catch (e) {
    fetched = undefined;
    throw e;
  }
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Downloads the pack of `input` as `<name>.xlsx` or `<name>.json`, in the language of its words
 * (packTranslator), and says so, with the pack's hash; says there is nothing to pack when nothing is
 * covered. With a `passphrase`, downloads it protected instead, as `<name>-protected.json` or
 * `<name>-xlsx-protected.json`. Throws when this browser gives no SHA-256 or the sealing code cannot load.
 */
export async function downloadPack(
  kind: 'xlsx' | 'json',
  name: string,
  input: Omit<PackInput, 'createdAt' | 'checkAt'>,
  passphrase?: string,
): Promise<string> {
  const { t } = input;
  if (input.covered.length === 0) return t('pack.book.nothing');
  const now = new Date();
  const made = { ...input, checkAt: packCheckHref(import.meta.env.BASE_URL, t.lang) };
  const content = evidencePack({ ...made, createdAt: createdAtFor(made, now) });
  const { text, hash } = await writePack(content.body);
  let file = `${name}.${kind}`;
  let plain: string | Blob = text;
  if (kind === 'xlsx')
    plain = await packWorkbook(
      packSheets(content, { t, models: input.models, regions: input.regions, hash }),
    );
  if (passphrase === undefined) download(file, plain, kind === 'json' ? 'application/json' : XLSX_TYPE);
  else {
    const sealed =
      typeof plain === 'string' ? plain : workbookFileText(file, new Uint8Array(await plain.arrayBuffer()));
    if (sealed === null) return t('pack.book.tooLarge');
    const envelope = await sealText(sealed, passphrase);
    if (envelope === null) throw new Error('The sealing code did not load.');
    file = kind === 'json' ? `${name}-protected.json` : `${name}-xlsx-protected.json`;
    download(file, await sealedFile(envelope), 'application/json');
  }
  packMade({ hash, line: t('pack.book.printHash', { hash, time: formatDayTime(t.formats, now) }) });
  return t(passphrase === undefined ? 'pack.book.made' : 'pack.book.madeProtected', { file, hash });
}
