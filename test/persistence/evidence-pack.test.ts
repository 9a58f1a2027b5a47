import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { packHash, verifyPack, writePack } from '../../src/persistence/evidence-pack.ts';
import { canonicalJson } from '../../src/util/canonical-json.ts';
import { portfolioPack } from '../helpers/evidence-pack.ts';

/** The text with one byte replaced at `at`. */
const withByte = (text: string, at: number, byte: string): string =>
  text.slice(0, at) + byte + text.slice(at + 1);

describe('writePack', () => {
  test('returns the pack with its SHA-256 over the canonical JSON of every other field', async () => {
    const { body } = await portfolioPack();

    const { text, hash } = await writePack(body);

    const expected = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(body)));
    expect(hash).toBe(Buffer.from(expected).toString('hex'));
    expect(JSON.parse(text)).toEqual({ ...body, hash });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('verifyPack', () => {
  test('returns intact for a pack as it was written', async () => {
    const { text, hash } = await writePack((await portfolioPack()).body);

    expect(await verifyPack(text)).toEqual({ status: 'intact', hash });
  });

  test('returns intact for a pack whose keys were reordered and whitespace changed', async () => {
    const { text } = await writePack((await portfolioPack()).body);
    const data = JSON.parse(text) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(data).reverse());

    expect((await verifyPack(JSON.stringify(reordered))).status).toBe('intact');
  });

  test('returns edited for a pack with one byte of a figure changed', async () => {
    const { text, hash } = await writePack((await portfolioPack({ archiving: { references: 3 } })).body);
    const at = text.indexOf('"references": 3');
    const edited = withByte(text, at + '"references": '.length, '4');

    const check = await verifyPack(edited);

    expect(edited).not.toBe(text);
    expect(check).toMatchObject({ status: 'edited', hash });
  });

  test('returns edited for a pack with a "__proto__" field added', async () => {
    const { text } = await writePack((await portfolioPack()).body);
    const added = text.replace('{', '{"__proto__": {"x": 1},');

    expect((await verifyPack(added)).status).toBe('edited');
  });

  test('returns not-a-pack for other files, other versions, and text that is not JSON', async () => {
    const { text } = await writePack((await portfolioPack()).body);
    const data = JSON.parse(text) as Record<string, unknown>;

    for (const other of [
      '',
      'not json',
      '[]',
      'null',
      '{"format":"competency-portfolio","v":1}',
      JSON.stringify({ ...data, v: 0 }),
      JSON.stringify({ ...data, v: '2' }),
      JSON.stringify({ ...data, hash: 7 }),
      withByte(text, 0, 'x'),
      '['.repeat(100_000),
    ])
      expect((await verifyPack(other)).status).toBe('not-a-pack');
  });

  test('never throws and says intact only of a pack whose hash its content gives', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .record({
              format: fc.constant('competency-evidence-pack'),
              v: fc.constant(1),
              hash: fc.string(),
              answers: fc.jsonValue(),
            })
            .map((o) => JSON.stringify(o)),
        ),
        async (text) => {
          const check = await verifyPack(text);

          if (check.status === 'intact') {
            const data = JSON.parse(text) as Record<string, unknown>;
            expect(await packHash(data)).toBe(data['hash']);
          }
        },
      ),
      { seed: 27, numRuns: 300 },
    );
  });
});

describe('verifyPack across versions', () => {
  test('returns newer for a pack of a later version, whatever its hash', async () => {
    const { text } = await writePack((await portfolioPack()).body);
    const data = JSON.parse(text) as Record<string, unknown>;

    const later = { ...data, v: 3 };
    const rehashed = { ...later, hash: await packHash(later) };

    expect(await verifyPack(JSON.stringify(later))).toEqual({ status: 'newer' });
    expect(await verifyPack(JSON.stringify(rehashed))).toEqual({ status: 'newer' });
  });

  test('returns intact for a version 1 pack, which had neither withheld nor checkAt', async () => {
    const { text } = await writePack((await portfolioPack()).body);
    const { withheld: _w, checkAt: _c, hash: _h, ...rest } = JSON.parse(text) as Record<string, unknown>;
    const v1 = { ...rest, v: 1 };
    const hash = await packHash(v1);

    expect(await verifyPack(JSON.stringify({ ...v1, hash }))).toEqual({ status: 'intact', hash });
  });
});
