import { describe, expect, test } from 'vitest';
import { emptyRecord } from '../../src/schemas/record.ts';
import {
  decodeReply,
  decodeRequest,
  linkFragment,
  readReplyFile,
  replyFileText,
  replyJson,
  requestJson,
  type RecordReply,
  type RecordRequest,
} from '../../src/persistence/request-link.ts';
import { hasReply, hasRequest } from '../../src/persistence/request-fragment.ts';
import { openSealed, seal, sealedFileText } from '../../src/persistence/sealed.ts';
import { translator } from '../../src/text/text.ts';

const t = translator('en');
const KNOWN = new Set(['gateway-security', 'archiving']);
const AT = '2026-12-07T09:00:00.000Z';
const BY = { name: 'Dana (Finance)', at: '2026-12-07T10:00:00.000Z' };

const request: RecordRequest = {
  id: 'req-1',
  from: 'Alex',
  at: AT,
  ask: { bookings: { competencies: ['gateway-security'], quarters: ['2026-Q2', '2026-Q3'] } },
};
const booking = { competency: 'gateway-security', quarter: '2026-Q3', amount: 90000 };
const reply: RecordReply = {
  request: 'req-1',
  from: 'Alex',
  ask: request.ask,
  by: BY,
  record: { ...emptyRecord(), bookings: { 'b-9': booking } },
};
const link = (kind: 'request' | 'reply', value: unknown) => `#${linkFragment(kind, JSON.stringify(value))}`;

describe('request links', () => {
  test('a request goes out and comes back the same; the page tells a request from a reply', () => {
    const hash = `#${linkFragment('request', requestJson(request))}`;
    expect(hasRequest(hash) && !hasReply(hash)).toBe(true);
    expect(decodeRequest(t, hash, KNOWN)).toEqual({ ok: true, value: request, leftOut: 0 });
  });

  test('a link cut short or edited is refused as damaged', () => {
    const hash = `#${linkFragment('request', requestJson(request))}`;
    const damaged = { ok: false, message: t('msg.request.damaged') };
    expect(decodeRequest(t, hash.slice(0, -12), KNOWN)).toEqual(damaged);
    expect(
      decodeRequest(
        t,
        hash.replace(/ask=(.)/, (_m, c: string) => `ask=${c === 'e' ? 'f' : 'e'}`),
        KNOWN,
      ),
    ).toEqual(damaged);
    expect(decodeRequest(t, '#ask=', KNOWN)).toEqual(damaged);
  });

  test.each([
    ['a newer version', { f: 'competency-request', v: 2, ...request }, 'msg.request.newer'],
    ['no version', { f: 'competency-request', ...request }, 'msg.request.damaged'],
    ['another format', { f: 'competency-record', v: 1, ...request }, 'msg.request.damaged'],
    ['a reply', { f: 'competency-reply', v: 1 }, 'msg.request.other'],
    [
      'unknown competencies',
      { f: 'competency-request', v: 1, ...request, ask: { surveys: { competencies: ['nowhere'] } } },
      'msg.request.unknown',
    ],
    ['nothing asked', { f: 'competency-request', v: 1, ...request, ask: {} }, 'msg.request.damaged'],
    [
      'quarters that are not quarters',
      {
        f: 'competency-request',
        v: 1,
        ...request,
        ask: { bookings: { competencies: ['archiving'], quarters: ['Q3'] } },
      },
      'msg.request.damaged',
    ],
    ['a crafted id', { f: 'competency-request', v: 1, ...request, id: '__proto__' }, 'msg.request.damaged'],
    [
      'a name with control characters',
      { f: 'competency-request', v: 1, ...request, from: 'A\u0007' },
      'msg.request.damaged',
    ],
    ['a list', [1, 2], 'msg.request.damaged'],
  ] as const)('%s: refused with its message', (_name, value, key) => {
    expect(decodeRequest(t, link('request', value), KNOWN)).toEqual({ ok: false, message: t(key) });
  });

  test('__proto__ in what is asked does not pollute anything', () => {
    const text = `{"f":"competency-request","v":1,"id":"r-1","from":"A","at":"${AT}","ask":{"__proto__":{"bookings":1},"references":{"competencies":["archiving"]}}}`;
    const read = decodeRequest(t, `#${linkFragment('request', text)}`, KNOWN);
    expect(read).toEqual({
      ok: true,
      value: { id: 'r-1', from: 'A', at: AT, ask: { references: { competencies: ['archiving'] } } },
      leftOut: 0,
    });
    expect(({} as Record<string, unknown>)['bookings']).toBeUndefined();
  });
});

describe('replies', () => {
  test('a reply link and a reply file carry the entries, each taking the reply as who entered it', () => {
    const expected = {
      ok: true,
      value: { ...reply, record: { ...emptyRecord(), bookings: { 'b-9': { ...booking, by: BY } } } },
      leftOut: 0,
    };
    expect(decodeReply(t, `#${linkFragment('reply', replyJson(reply))}`, KNOWN)).toEqual(expected);
    expect(readReplyFile(t, replyFileText(reply), KNOWN)).toEqual(expected);
  });

  test('entries outside what was asked, or that cannot be read, are left out and counted', () => {
    const crafted = {
      ...JSON.parse(replyJson(reply)),
      record: {
        bookings: {
          'b-1': booking,
          'b-2': { ...booking, quarter: '2025-Q1' },
          'b-3': { ...booking, competency: 'archiving' },
          'b-4': { ...booking, amount: -1 },
          'b-5': { ...booking, quarter: '2026-Q2', by: { name: 'Mallory', at: AT } },
        },
        people: { 'p-1': { label: 'X' } },
        references: { 'r-1': { competency: 'archiving', customer: 'C', date: '2026-01-01' } },
      },
    };
    const read = readReplyFile(t, JSON.stringify(crafted), KNOWN);
    expect(read.ok && read.leftOut).toBe(5);
    expect(read.ok && read.value.record.bookings).toEqual({
      'b-1': { ...booking, by: BY },
      'b-5': { ...booking, quarter: '2026-Q2', by: BY },
    });
  });

  test.each([
    ['a newer version', { ...JSON.parse(replyJson(reply)), v: 2 }, 'msg.reply.newer'],
    ['a request', JSON.parse(requestJson(request)), 'msg.reply.other'],
    ['no one named', { ...JSON.parse(replyJson(reply)), by: { name: '', at: AT } }, 'msg.reply.damaged'],
    ['a record that is a list', { ...JSON.parse(replyJson(reply)), record: [] }, 'msg.reply.damaged'],
    [
      'unknown competencies',
      { ...JSON.parse(replyJson(reply)), ask: { bookings: { competencies: ['x'], quarters: ['2026-Q1'] } } },
      'msg.reply.unknown',
    ],
  ] as const)('%s: refused with its message', (_name, value, key) => {
    expect(readReplyFile(t, JSON.stringify(value), KNOWN)).toEqual({ ok: false, message: t(key) });
    expect(decodeReply(t, link('reply', value), KNOWN)).toEqual({ ok: false, message: t(key) });
  });

  test('a file that is not JSON, too large, or empty is refused, never thrown', () => {
    for (const text of ['', '{', 'null', 'x'.repeat(2_000_001)])
      expect(readReplyFile(t, text, KNOWN)).toEqual({ ok: false, message: t('msg.reply.damaged') });
  });
});

describe('sealed requests and replies', () => {
  test('a sealed reply file hands back its envelope; the right passphrase opens it, a wrong one does not', async () => {
    const envelope = await seal(replyJson(reply), 'right horse', 1000);
    const read = readReplyFile(t, sealedFileText(envelope), KNOWN);
    expect(read).toMatchObject({ ok: false, message: t('msg.reply.sealed') });
    const sealed = read.ok ? null : read.sealed;
    expect(await openSealed(sealed, 'wrong horse')).toEqual({ ok: false, why: 'wrong' });
    const opened = await openSealed(sealed, 'right horse');
    expect(opened.ok && readReplyFile(t, opened.text, KNOWN).ok).toBe(true);
  });

  test('a sealed request link shows no name, competency or figure in the address', async () => {
    const envelope = await seal(requestJson(request), 'pass', 1000);
    const hash = `#${linkFragment('request', JSON.stringify(envelope))}`;
    const read = decodeRequest(t, hash, KNOWN);
    expect(read).toMatchObject({ ok: false, message: t('msg.request.sealed') });
    const decoded = atob(hash.slice(5).split('.')[0]!.replaceAll('-', '+').replaceAll('_', '/'));
    for (const secret of ['Alex', 'gateway', '2026-Q3']) expect(decoded).not.toContain(secret);
  });
});

describe('asking for passes', () => {
  const EXAM = 'Gateway Security Technical Specialist';
  const people = [
    { id: 'p-ak', label: 'AK' },
    { id: 'p-bm', label: 'BM' },
  ];
  const askPasses: RecordRequest = { ...request, ask: { credentials: { people } } };
  const pass = { person: 'p-ak', name: EXAM, passed: '2026-10-01' };
  const passReply: RecordReply = {
    ...reply,
    ask: askPasses.ask,
    record: { ...emptyRecord(), credentials: { 'c-1': pass } },
  };

  test('a request names the people by id and label, and comes back the same', () => {
    const hash = `#${linkFragment('request', requestJson(askPasses))}`;
    expect(decodeRequest(t, hash, KNOWN)).toEqual({ ok: true, value: askPasses, leftOut: 0 });
  });

  test.each([
    ['no one', { people: [] }],
    ['the same person twice', { people: [people[0], people[0]] }],
    ['a person without a label', { people: [{ id: 'p-ak' }] }],
    ['a label with control characters', { people: [{ id: 'p-ak', label: 'A\u0000K' }] }],
    ['a crafted id', { people: [{ id: '__proto__', label: 'AK' }] }],
    ['people that are not a list', { people: { 'p-ak': 'AK' } }],
  ])('a request for the passes of %s is refused as damaged', (_name, credentials) => {
    const value = { f: 'competency-request', v: 1, ...request, ask: { credentials } };
    expect(decodeRequest(t, link('request', value), KNOWN)).toEqual({
      ok: false,
      message: t('msg.request.damaged'),
    });
  });

  test('a reply brings passes of the people asked about, each taking the reply as who entered it', () => {
    const expected = {
      ok: true,
      value: { ...passReply, record: { ...emptyRecord(), credentials: { 'c-1': { ...pass, by: BY } } } },
      leftOut: 0,
    };
    expect(readReplyFile(t, replyFileText(passReply), KNOWN)).toEqual(expected);
    expect(decodeReply(t, `#${linkFragment('reply', replyJson(passReply))}`, KNOWN)).toEqual(expected);
  });

  test('a pass of a person not in the request, people added, or passes not asked for are left out and counted', () => {
    const crafted = {
      ...JSON.parse(replyJson(passReply)),
      record: {
        credentials: {
          'c-1': pass,
          'c-2': { ...pass, person: 'p-zz' },
          'c-3': { ...pass, passed: 'yesterday' },
        },
        people: { 'p-zz': { label: 'ZZ' } },
        bookings: { 'b-1': booking },
      },
    };
    const read = readReplyFile(t, JSON.stringify(crafted), KNOWN);
    expect(read.ok && read.leftOut).toBe(4);
    expect(read.ok && read.value.record.credentials).toEqual({ 'c-1': { ...pass, by: BY } });
    expect(read.ok && read.value.record.people).toEqual({});
    expect(read.ok && read.value.record.bookings).toEqual({});

    // A reply to a request for bookings that brings passes: none is read.
    const other = { ...JSON.parse(replyJson(reply)), record: { credentials: { 'c-1': pass } } };
    const readOther = readReplyFile(t, JSON.stringify(other), KNOWN);
    expect(readOther.ok && readOther.leftOut).toBe(1);
    expect(readOther.ok && readOther.value.record.credentials).toEqual({});
  });

  test('a reply with passes in a newer version is refused with its message', () => {
    const newer = { ...JSON.parse(replyJson(passReply)), v: 2 };
    expect(readReplyFile(t, JSON.stringify(newer), KNOWN)).toEqual({
      ok: false,
      message: t('msg.reply.newer'),
    });
  });
});
