import { describe, expect, test } from 'vitest';
import { FILE_FORMAT, readAssessmentFile } from '../../src/persistence/assessment-file.ts';
import { otherRulesNote } from '../../src/persistence/messages.ts';
import {
  decodePortfolioShare,
  encodePortfolioShare,
  PORTFOLIO_FILE_FORMAT,
  readPortfolioFile,
} from '../../src/persistence/portfolio-file.ts';
import { hasShare } from '../../src/persistence/share-fragment.ts';
import { decodeShare, encodeShare, type SharePayload } from '../../src/persistence/share-link.ts';
import type { AnswerRules } from '../../src/engine/answers.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

// Share links as mail clients, chat apps and trackers hand them back: re-encoded, wrapped, extended.

const sample: SharePayload = {
  slug: 'archiving',
  rulesVersion: '1.0',
  context: { model: 'integrate', region: 'emea' },
  answers: { 'sales-training': true, revenue: 250000, references: 3 },
};
const fragment = encodeShare(sample);
const body = fragment.slice(2);

/** The same link as different clients pass it on. */
const mangled: Record<string, string> = {
  'percent-encoded equals sign': `#a%3D${body}`,
  'percent-encoded in lower case': `#a%3d${body}`,
  'every character percent-encoded twice': `#${encodeURIComponent(encodeURIComponent(fragment))}`,
  'a full stop after it': `#${fragment}.`,
  'a closing bracket and a comma after it': `#${fragment}),`,
  'an angle bracket after it': `#${fragment}>`,
  'wrapped over lines': `#a=${body.slice(0, 20)}\n${body.slice(20, 50)}\r\n ${body.slice(50)}`,
  'wrapped with encoded spaces': `#a=${body.slice(0, 30)}%20${body.slice(30)}`,
  'a tracker parameter after it': `#${fragment}&fbclid=IwAR0x`,
  'a tracker parameter after it, its & escaped': `#${fragment}&amp;utm_source=newsletter`,
  'a tracker parameter before it': `#utm_source=mail&${fragment}`,
  'a tracker parameter before it, its & escaped': `#utm_source=mail&amp;${fragment}`,
};

describe('decodeShare on links passed on by mail clients and trackers', () => {
  test.each(Object.entries(mangled))('reads a link with %s', (_, hash) => {
    expect(hasShare(hash)).toBe(true);
    expect(decodeShare(EN, hash)).toEqual({ ok: true, value: sample });
  });

  test('rejects a link whose payload was changed, however it is wrapped', () => {
    const changed = `${body.slice(0, 10)}${body[10] === 'A' ? 'B' : 'A'}${body.slice(11)}`;

    for (const hash of [`#a=${changed}`, `#a%3D${changed}.`, `#utm_source=x&amp;a=${changed}&fbclid=1`])
      expect(decodeShare(EN, hash).ok).toBe(false);
  });

  test('rejects a fragment that is no share link', () => {
    expect([hasShare('#main'), hasShare('#data=1'), hasShare('#utm_source=mail')]).toEqual([
      false,
      false,
      false,
    ]);
  });

  test('reads a portfolio link passed on the same way', () => {
    const link = encodePortfolioShare({
      context: { model: 'integrate', region: 'na' },
      entries: [{ slug: 'archiving', rulesVersion: 'x', answers: { references: 2 } }],
    });

    const read = decodePortfolioShare(EN, `#${encodeURIComponent(link)}&amp;fbclid=1).`);

    expect(read.ok && read.value.entries).toEqual([
      { slug: 'archiving', rulesVersion: 'x', answers: { references: 2 } },
    ]);
  });
});

describe('otherRulesNote', () => {
  test('never calls rules that may be newer "earlier"', () => {
    for (const title of [undefined, 'Archiving']) {
      const note = otherRulesNote(EN, title);

      expect(note).not.toMatch(/earlier|older|previous/i);
      expect(note).toMatch(/other rules than this page’s/);
    }
  });
});

describe('a portfolio where a competency is expected, and the other way round', () => {
  const rules: AnswerRules = { requirements: {} };
  const titles: Record<string, string> = { archiving: 'Archiving' };

  test('names a portfolio link on a competency page and where to open it', () => {
    const link = encodePortfolioShare({ context: { model: 'integrate', region: 'na' }, entries: [] });

    const read = decodePortfolioShare(EN, link, (slug) => titles[slug]);
    const competency = decodePortfolioShare(EN, `#${fragment}`, (slug) => titles[slug]);

    expect(read.ok).toBe(true);
    expect(competency.ok ? '' : competency.message).toBe(
      'This share link holds the answers of Archiving alone, not a portfolio; open it on the Archiving page.',
    );
  });

  test('names a portfolio export imported on a competency page and where to import it', () => {
    const text = JSON.stringify({
      format: PORTFOLIO_FILE_FORMAT,
      v: 1,
      context: { model: 'integrate', region: 'na' },
      competencies: [],
    });

    const read = readAssessmentFile(EN, text, 'archiving', 'Archiving', rules);

    expect(read.ok ? '' : read.message).toBe(
      'The file was not imported: it is a portfolio export, not answers for Archiving; import it on the Portfolio self-assessment page. Your answers are unchanged.',
    );
  });

  test('names a competency export imported on the portfolio and where to import it', () => {
    const text = JSON.stringify({
      format: FILE_FORMAT,
      v: 1,
      slug: 'archiving',
      rulesVersion: 'x',
      context: { model: 'integrate', region: 'na' },
      answers: {},
    });

    const read = readPortfolioFile(EN, text, (slug) => titles[slug]);
    const unknown = readPortfolioFile(EN, text.replace('archiving', 'planted-words'), () => undefined);

    expect(read.ok ? '' : read.message).toBe(
      'The file was not imported: it holds the answers of Archiving alone, not a portfolio; import it on the Archiving page. Your answers are unchanged.',
    );
    expect(unknown.ok ? '' : unknown.message).not.toContain('planted');
  });
});
