import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  ITERATIONS,
  MAX_ITERATIONS,
  openSealed,
  readEnvelope,
  seal,
  sealedFileText,
  SEALED_FILE_FORMAT,
  type Envelope,
} from '../../src/persistence/sealed.ts';

// Few iterations keep the tests quick; one test seals with the count the site uses.
const FAST = 1_000;
const TEXT = '[1,"archiving","h1","integrate","emea",{"revenue":187500,"growth":12.5}]';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'base64url'));

/** The envelope with one byte of a field flipped. */
function flipped(envelope: Envelope, field: 'salt' | 'iv' | 'chk' | 'data', at = 0): Envelope {
  const bytes = bytesOf(envelope[field]);
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return { ...envelope, [field]: b64(bytes) };
}

describe('seal and openSealed', () => {
  test('open what was sealed with the same passphrase, and nothing of it can be read in the envelope', async () => {
    const envelope = await seal(TEXT, 'blue heron 42');

    expect(envelope).toMatchObject({ v: 1, alg: 'PBKDF2-SHA256/A256GCM', it: ITERATIONS });
    expect(ITERATIONS).toBe(600_000);
    expect(bytesOf(envelope.salt)).toHaveLength(16);
    expect(bytesOf(envelope.iv)).toHaveLength(12);
    // The text and its 16-byte tag.
    expect(bytesOf(envelope.data)).toHaveLength(new TextEncoder().encode(TEXT).length + 16);
    expect(JSON.stringify(envelope)).not.toMatch(/187500|12\.5|revenue/);
    expect(await openSealed(envelope, 'blue heron 42')).toEqual({ ok: true, text: TEXT });
  });

  test('take a new salt and IV every time, so the same text never seals the same way', async () => {
    const a = await seal(TEXT, 'pass', FAST);
    const b = await seal(TEXT, 'pass', FAST);

    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  test('open any text with any passphrase, read the same whatever Unicode form it was typed in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), fc.string({ minLength: 1 }), async (text, pass) => {
        const envelope = await seal(text, pass, 10);

        expect(await openSealed(envelope, pass)).toEqual({ ok: true, text });
      }),
      { seed: 27, numRuns: 30 },
    );
    const envelope = await seal(TEXT, 'Müller', FAST);
    expect(await openSealed(envelope, 'Mu\u0308ller')).toEqual({ ok: true, text: TEXT });
  });

  test('refuse a wrong passphrase as wrong', async () => {
    const envelope = await seal(TEXT, 'blue heron 42', FAST);

    for (const wrong of ['blue heron 41', 'Blue heron 42', '', 'blue heron 42 ']) {
      expect(await openSealed(envelope, wrong)).toEqual({ ok: false, why: 'wrong' });
    }
  });

  test('refuse an envelope whose IV or sealed data changed by one byte as tampered, not as a wrong passphrase', async () => {
    const envelope = await seal(TEXT, 'pass', FAST);
    const length = bytesOf(envelope.data).length;

    for (const at of [0, 5, length - 17, length - 1]) {
      expect(await openSealed(flipped(envelope, 'data', at), 'pass')).toEqual({ ok: false, why: 'tampered' });
    }
    expect(await openSealed(flipped(envelope, 'iv'), 'pass')).toEqual({ ok: false, why: 'tampered' });
  });

  test('refuse an envelope whose salt, check or iterations changed as a wrong passphrase', async () => {
    const envelope = await seal(TEXT, 'pass', FAST);

    expect(await openSealed(flipped(envelope, 'salt'), 'pass')).toEqual({ ok: false, why: 'wrong' });
    expect(await openSealed(flipped(envelope, 'chk'), 'pass')).toEqual({ ok: false, why: 'wrong' });
    expect(await openSealed({ ...envelope, it: FAST + 1 }, 'pass')).toEqual({ ok: false, why: 'wrong' });
  });
});

describe('readEnvelope and openSealed on crafted input', () => {
  const good = async () => seal(TEXT, 'pass', FAST);

  test('refuse without deriving a key: bad base64url, wrong lengths, foreign algorithms, iterations past the cap', async () => {
    const envelope = await good();
    const crafted: unknown[] = [
      null,
      'text',
      [],
      {},
      { ...envelope, v: 0 },
      { ...envelope, v: '1' },
      { ...envelope, alg: 'PBKDF2-SHA1/A128CBC' },
      { ...envelope, it: MAX_ITERATIONS + 1 },
      { ...envelope, it: 1e12 },
      { ...envelope, it: 0 },
      { ...envelope, it: -5 },
      { ...envelope, it: 1.5 },
      { ...envelope, it: '600000' },
      { ...envelope, salt: 'not base64!' },
      { ...envelope, salt: b64(new Uint8Array(1_000_000)) },
      { ...envelope, salt: envelope.salt.slice(1) },
      { ...envelope, iv: b64(new Uint8Array(16)) },
      { ...envelope, chk: '' },
      { ...envelope, data: '' },
      { ...envelope, data: 'A' },
      { ...envelope, data: 'x'.repeat(500_000) },
      { ...envelope, data: 42 },
      { ...envelope, salt: undefined },
    ];

    for (const value of crafted) {
      expect(readEnvelope(value)).toBeNull();
      expect(await openSealed(value, 'pass')).toEqual({ ok: false, why: 'damaged' });
    }
  });

  test('tell an envelope of a later version apart', async () => {
    const envelope = await good();

    expect(readEnvelope({ ...envelope, v: 2, alg: 'argon2id/A256GCM' })).toBe('newer');
    expect(await openSealed({ ...envelope, v: 2 }, 'pass')).toEqual({ ok: false, why: 'newer' });
  });

  test('never throw, whatever the value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.string(), async (value, pass) => {
        const opened = await openSealed(value, pass);

        expect(opened.ok).toBe(false);
      }),
      { seed: 9, numRuns: 200 },
    );
    const envelope = await good();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('salt', 'iv', 'chk', 'data', 'it', 'v', 'alg'),
        fc.anything(),
        async (field, value) => {
          const opened = await openSealed({ ...envelope, [field]: value }, 'pass');

          expect(typeof opened.ok).toBe('boolean');
        },
      ),
      { seed: 10, numRuns: 100 },
    );
  });
});

describe('sealedFileText', () => {
  test('writes the envelope with its format mark, which opens as the envelope itself', async () => {
    const envelope = await seal(TEXT, 'pass', FAST);
    const file = JSON.parse(sealedFileText(envelope)) as Record<string, unknown>;

    expect(file['format']).toBe(SEALED_FILE_FORMAT);
    expect(await openSealed(file, 'pass')).toEqual({ ok: true, text: TEXT });
  });
});
