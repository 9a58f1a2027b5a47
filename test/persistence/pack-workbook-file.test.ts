/**
 * The evidence pack protected with a passphrase: the JSON pack's text sealed as an export file is, and the
 * workbook's bytes in their wrapper, sealed the same way.
 */
import { describe, expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { evidencePack } from '../../src/engine/evidence-pack.ts';
import { verifyPack, writePack } from '../../src/persistence/evidence-pack.ts';
import { packSheets, packWorkbook } from '../../src/persistence/pack-workbook.ts';
import {
  MAX_WORKBOOK_BYTES,
  readWorkbookFile,
  workbookFileText,
} from '../../src/persistence/pack-workbook-file.ts';
import { openSealed, readEnvelope, seal, sealedFileText } from '../../src/persistence/sealed.ts';
import { translator } from '../../src/text/text.ts';
import { portfolioInput } from '../helpers/evidence-pack.ts';
import { LABELS } from '../helpers/labels.ts';

// Few iterations keep the tests quick; sealed.test.ts seals with the count the site uses.
const FAST = 1_000;
const EN = translator('en');

/** A moneyless portfolio pack: its JSON text, hash and workbook bytes. */
async function madePack() {
  const pack = evidencePack({ ...(await portfolioInput()), moneyless: true });
  const { text, hash } = await writePack(pack.body);
  const blob = await packWorkbook(
    packSheets(pack, { t: EN, models: LABELS.models, regions: LABELS.regions, hash }),
  );
  return { text, hash, bytes: new Uint8Array(await blob.arrayBuffer()) };
}

/** A protected file's text read back as the page that checks packs reads it. */
const envelopeOf = (file: string): unknown => JSON.parse(file);

describe('a protected JSON pack', () => {
  test('opens with the right passphrase to the same text, which is still intact', async () => {
    const { text, hash } = await madePack();

    const file = sealedFileText(await seal(text, 'heron 42', FAST));
    const opened = await openSealed(envelopeOf(file), 'heron 42');

    expect(file).not.toContain(hash);
    expect(file).not.toContain('competency-evidence-pack');
    expect(opened).toEqual({ ok: true, text });
    expect(await verifyPack(opened.ok ? opened.text : '')).toEqual({ status: 'intact', hash });
  });

  test('refuses a wrong passphrase and gives nothing of the pack', async () => {
    const { text } = await madePack();

    const file = sealedFileText(await seal(text, 'heron 42', FAST));

    expect(await openSealed(envelopeOf(file), 'heron 43')).toEqual({ ok: false, why: 'wrong' });
    expect(await openSealed(envelopeOf(file), '')).toEqual({ ok: false, why: 'wrong' });
  });
});

describe('workbookFileText and readWorkbookFile', () => {
  test('give a sealed workbook back byte for byte, and SheetJS opens it with its sheets', async () => {
    const { bytes } = await madePack();
    const wrapped = workbookFileText('archiving-evidence-pack.xlsx', bytes);

    const file = sealedFileText(await seal(wrapped ?? '', 'heron 42', FAST));
    const opened = await openSealed(envelopeOf(file), 'heron 42');
    const back = readWorkbookFile(JSON.parse(opened.ok ? opened.text : 'null'));

    expect(readEnvelope(envelopeOf(file))).not.toBeNull();
    expect(back).toEqual({ ok: true, name: 'archiving-evidence-pack.xlsx', bytes });
    const book = XLSX.read(back.ok ? back.bytes : new Uint8Array(), { type: 'array' });
    expect(book.SheetNames).toEqual(['Summary', 'Plan', 'Requirements', 'People']);
  });

  test('returns the wrapper’s documented shape', async () => {
    const { bytes } = await madePack();

    const data = JSON.parse(workbookFileText('a.xlsx', bytes) ?? 'null') as Record<string, unknown>;

    expect(Object.keys(data).sort()).toEqual(['data', 'format', 'name', 'v']);
    expect(data).toMatchObject({ format: 'competency-workbook', v: 1, name: 'a.xlsx' });
    expect(Buffer.from(String(data['data']), 'base64')).toEqual(Buffer.from(bytes));
  });

  test('refuses to wrap a workbook too large to seal, or with a name that is no plain .xlsx name', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]);

    expect(workbookFileText('a.xlsx', new Uint8Array(MAX_WORKBOOK_BYTES + 1))).toBeNull();
    expect(workbookFileText('../a.xlsx', zip)).toBeNull();
    expect(workbookFileText('a.exe', zip)).toBeNull();
  });

  test('refuses crafted wrappers: a later version as newer, anything else as damaged', async () => {
    const { bytes } = await madePack();
    const good = JSON.parse(workbookFileText('a.xlsx', bytes) ?? 'null') as Record<string, unknown>;
    const base64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

    expect(readWorkbookFile({ ...good, v: 2 })).toEqual({ ok: false, why: 'newer' });
    for (const crafted of [
      null,
      [],
      'text',
      { ...good, format: 'competency-sealed' },
      { ...good, v: 0 },
      { ...good, v: '1' },
      { ...good, name: '../../evil.xlsx' },
      { ...good, name: 'a.xlsx.exe' },
      { ...good, name: 7 },
      { ...good, data: 'not base64!' },
      { ...good, data: `${String(good['data'])}A` },
      { ...good, data: base64(new TextEncoder().encode('<html>not a workbook</html>')) },
      { ...good, data: '' },
      { ...good, data: 'A'.repeat(MAX_WORKBOOK_BYTES * 2) },
    ])
      expect(readWorkbookFile(crafted), JSON.stringify(crafted).slice(0, 80)).toEqual({
        ok: false,
        why: 'damaged',
      });
  });
});
