import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  decodeShare,
  decodeShareJson,
  encodeSealedShare,
  encodeShare,
  shareJson,
  type SharePayload,
} from '../../src/persistence/share-link.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

const sample: SharePayload = {
  slug: 'archiving',
  rulesVersion: '1.0',
  context: { model: 'integrate', region: 'emea' },
  answers: { 'sales-training': true, revenue: 250000, growth: 12.5, references: 3 },
};

const payloads = fc.record({
  slug: fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  rulesVersion: fc.string(),
  context: fc.record({ model: fc.string(), region: fc.string() }),
  answers: fc.dictionary(
    fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    fc.oneof(
      fc.boolean(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
    ),
  ),
});

describe('encodeShare', () => {
  test('returns a URL-safe fragment that needs no escaping', () => {
    const fragment = encodeShare(sample);

    expect(fragment).toMatch(/^a=[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    expect(encodeURIComponent(fragment.slice(2))).toBe(fragment.slice(2));
  });

  test('returns a compact fragment for a full set of answers', () => {
    const fragment = encodeShare(sample);

    expect(fragment.length).toBeLessThan(180);
  });
});

describe('decodeShare', () => {
  test('returns what was encoded, with or without the leading #', () => {
    fc.assert(
      fc.property(payloads, (payload) => {
        const fragment = encodeShare(payload);

        expect(decodeShare(EN, fragment)).toEqual({ ok: true, value: payload });
        expect(decodeShare(EN, `#${fragment}`)).toEqual({ ok: true, value: payload });
      }),
      { seed: 20260115 },
    );
  });

  test('rejects any single changed character of the body', () => {
    const fragment = encodeShare(sample);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const body = fragment.indexOf('.');

    fc.assert(
      fc.property(fc.integer({ min: 2, max: body - 1 }), fc.constantFrom(...alphabet), (at, ch) => {
        fc.pre(fragment[at] !== ch);
        const tampered = fragment.slice(0, at) + ch + fragment.slice(at + 1);

        expect(decodeShare(EN, tampered).ok).toBe(false);
      }),
      { seed: 7 },
    );
  });

  test('rejects a fragment cut short', () => {
    const fragment = encodeShare(sample);

    for (let length = 0; length < fragment.length; length++) {
      expect(decodeShare(EN, fragment.slice(0, length)).ok).toBe(false);
    }
  });

  test('rejects a valid checksum over something that is not a share payload', () => {
    const body = btoa(JSON.stringify({ answers: {} })).replace(/=+$/, '');
    const forged = encodeShare(sample).replace(/^a=[^.]+/, `a=${body}`);

    expect(decodeShare(EN, forged)).toMatchObject({ ok: false });
  });

  test('rejects arbitrary text without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => decodeShare(EN, `a=${text}`)).not.toThrow();
        expect(decodeShare(EN, `a=${text}`).ok).toBe(false);
      }),
      { seed: 11 },
    );
  });

  test('returns a message naming the problem when the fragment is damaged', () => {
    const result = decodeShare(EN, '#a=not-a-link');

    expect(result).toEqual({
      ok: false,
      message: 'This share link is damaged or incomplete, so it was not opened. Ask for the link again.',
    });
  });

  test('returns the interim designation answers a link carries, and reads links without them as before', () => {
    const designation = { slug: 'services-expert', rulesVersion: 'def', answers: { references: 3 } };

    expect(decodeShare(EN, encodeShare({ ...sample, designation }))).toEqual({
      ok: true,
      value: { ...sample, designation },
    });
    expect(decodeShare(EN, encodeShare(sample))).toEqual({ ok: true, value: sample });
  });

  test('calls only a higher format version newer; 0, text or a format 2 link without its verdicts is damage', () => {
    const withFormat = (format: unknown) => {
      const body = Buffer.from(JSON.stringify([format, 'archiving', 'v', 'integrate', 'na', {}])).toString(
        'base64url',
      );
      return `a=${body}.${checksumOf(body)}`;
    };

    expect(decodeShare(EN, withFormat(3))).toMatchObject({
      ok: false,
      message: expect.stringContaining('newer'),
    });
    for (const format of [0, '1', null, 2]) {
      expect(decodeShare(EN, withFormat(format))).toMatchObject({
        ok: false,
        message: expect.stringContaining('damaged'),
      });
    }
  });
});

/** The checksum share links carry (FNV-1a, base36), to build links the encoder would never write. */
function checksumOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

describe('a link protected with a passphrase', () => {
  const envelope = {
    v: 1,
    alg: 'PBKDF2-SHA256/A256GCM',
    it: 600000,
    salt: 's',
    iv: 'i',
    chk: 'c',
    data: 'd',
  };

  test('gives its envelope back to be opened, with a message for a reader that cannot ask for the passphrase', () => {
    const fragment = encodeSealedShare(envelope);

    expect(fragment).toMatch(/^a=[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    expect(decodeShare(EN, `#${fragment}`)).toEqual({
      ok: false,
      message: EN('msg.share.sealed'),
      sealed: envelope,
    });
  });

  test('opens to the text a plain link carries, read as that link is', () => {
    expect(decodeShareJson(EN, shareJson(sample))).toEqual({ ok: true, value: sample });
    expect(decodeShareJson(EN, 'not json')).toEqual({ ok: false, message: EN('msg.share.damaged') });
  });

  test('is refused as damaged once a character of it changed', () => {
    const fragment = encodeSealedShare(envelope);
    const tampered = `${fragment.slice(0, 5)}${fragment[5] === 'A' ? 'B' : 'A'}${fragment.slice(6)}`;

    expect(decodeShare(EN, tampered)).toEqual({ ok: false, message: EN('msg.share.damaged') });
  });
});

describe('a link without money figures', () => {
  test('is format 2 and gives back its kept verdicts, with or without the designation', () => {
    const withheld = { revenue: { principal: 'met', expert: 'unmet' } };
    const payload = { ...sample, answers: { references: 3 }, withheld };
    const designation = { slug: 'services-expert', rulesVersion: 'h', answers: { references: 1 } };

    expect(JSON.parse(shareJson(payload))).toEqual([
      2,
      'archiving',
      '1.0',
      'integrate',
      'emea',
      { references: 3 },
      0,
      withheld,
    ]);
    expect(decodeShare(EN, encodeShare(payload))).toEqual({ ok: true, value: payload });
    expect(decodeShare(EN, encodeShare({ ...payload, designation }))).toEqual({
      ok: true,
      value: { ...payload, designation },
    });
    expect(
      decodeShareJson(EN, JSON.stringify([2, 'archiving', '1.0', 'integrate', 'emea', {}, 0, 'met'])),
    ).toEqual({
      ok: false,
      message: EN('msg.share.damaged'),
    });
  });
});
