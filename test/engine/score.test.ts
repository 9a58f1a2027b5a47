import { describe, expect, test } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import type { AnswerValue, RequirementResult } from '../../src/engine/types.ts';
import { kinds, singleRequirement } from '../helpers/fixtures.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

/** Scores one requirement alone (Principal, Integrate) and returns its result. */
function score(req: Record<string, unknown>, answer: AnswerValue | undefined): RequirementResult {
  const { rules } = singleRequirement(req);
  const result = assess(
    rules,
    { businessModel: 'integrate', region: 'na' },
    answer === undefined ? {} : { [String(req['id'])]: answer },
    EN,
  );
  if (result.status !== 'assessed') throw new Error('fixture not offered');
  const first = result.levels[0]?.requirements[0];
  if (first === undefined) throw new Error('no requirement scored');
  return first;
}

const brief = (r: RequirementResult) => ({ status: r.status, progress: r.progress, gap: r.gap });

describe('scoreRequirement', () => {
  describe.each([
    // kind, threshold, just below, progress just below, gap just below, gap at zero
    ['exam', 3, 2, 2 / 3, '1 more person to pass Tech Specialist', '3 more people to pass Tech Specialist'],
    [
      'revenue',
      200000,
      199999,
      199999 / 200000,
      'USD 1 more revenue in the trailing 12 months',
      'USD 200,000 more revenue in the trailing 12 months',
    ],
    ['growth', 10, 9.99, 0.999, '0.01 percentage points more growth', '10 percentage points more growth'],
    ['references', 3, 2, 2 / 3, '1 more customer reference', '3 more customer references'],
  ] as const)('%s requirement', (kind, threshold, below, progressBelow, gapBelow, gapZero) => {
    const req = kinds[kind];

    test('returns met with full progress exactly at the threshold', () => {
      const result = score(req, threshold);

      expect(brief(result)).toEqual({ status: 'met', progress: 1, gap: null });
    });

    test('returns met above the threshold', () => {
      expect(score(req, threshold * 2).status).toBe('met');
    });

    test('returns partial with progress answer/threshold just below the threshold', () => {
      const result = score(req, below);

      expect(result.status).toBe('partial');
      expect(result.progress).toBeCloseTo(progressBelow, 10);
      expect(result.gap).toBe(gapBelow);
    });

    test('returns unmet with no progress at zero', () => {
      const result = score(req, 0);

      expect(brief(result)).toEqual({ status: 'unmet', progress: 0, gap: gapZero });
    });

    test('returns unanswered when there is no answer', () => {
      const result = score(req, undefined);

      expect(result.status).toBe('unanswered');
      expect(result.progress).toBe(0);
      expect(result.answer).toBeNull();
      expect(result.gap).toMatch(/^Not answered yet; needed: .+$/);
    });

    test('returns unanswered for a value of the wrong type', () => {
      expect(score(req, true).status).toBe('unanswered');
      expect(score(req, Number.NaN).status).toBe('unanswered');
    });
  });

  describe('satisfaction requirement (threshold 4 on a 1–5 scale)', () => {
    const req = kinds.satisfaction;

    test('returns met exactly at the threshold and above the scale', () => {
      expect(brief(score(req, 4))).toEqual({ status: 'met', progress: 1, gap: null });
      expect(score(req, 6).status).toBe('met');
    });

    test('returns partial with progress measured from the bottom of the scale just below the threshold', () => {
      const result = score(req, 3.5);

      expect(result.status).toBe('partial');
      expect(result.progress).toBeCloseTo((3.5 - 1) / (4 - 1), 10);
      expect(result.gap).toBe('0.5 more points of customer satisfaction');
    });

    test('returns singular wording for a one-point gap', () => {
      expect(score(req, 3).gap).toBe('1 more point of customer satisfaction');
    });

    test('returns unmet with no progress at the bottom of the scale, at zero and below it', () => {
      expect(brief(score(req, 1))).toEqual({
        status: 'unmet',
        progress: 0,
        gap: '3 more points of customer satisfaction',
      });
      expect(brief(score(req, 0))).toEqual({
        status: 'unmet',
        progress: 0,
        gap: '4 more points of customer satisfaction',
      });
    });

    test('returns unanswered when there is no answer', () => {
      expect(score(req, undefined).status).toBe('unanswered');
    });
  });

  describe.each([
    ['training', 'Complete Course A and Course B', 'done', 'not done'],
    ['status', 'Hold Master Specialist status', 'held', 'not held'],
  ] as const)('%s requirement', (kind, gap, yes, no) => {
    const req = kinds[kind];

    test('returns met when done', () => {
      const result = score(req, true);

      expect(brief(result)).toEqual({ status: 'met', progress: 1, gap: null });
      expect(result.reason.answer).toBe(yes);
    });

    test('returns unmet with the action as the gap when not done', () => {
      const result = score(req, false);

      expect(brief(result)).toEqual({ status: 'unmet', progress: 0, gap });
      expect(result.reason.answer).toBe(no);
    });

    test('returns unanswered when there is no answer or a number', () => {
      expect(score(req, undefined).status).toBe('unanswered');
      expect(score(req, 1).status).toBe('unanswered');
    });
  });

  test('returns a gap rounded up so a tiny shortfall never reads as zero', () => {
    expect(score(kinds.growth, 9.999).gap).toBe('0.01 percentage points more growth');
    expect(score(kinds.growth, 9).gap).toBe('1 percentage point more growth');
  });

  test('returns answers in words for every numeric kind', () => {
    expect(score(kinds.exam, 1).reason.answer).toBe('1 person passed');
    expect(score(kinds.revenue, 160000).reason.answer).toBe('USD 160,000');
    expect(score(kinds.growth, 6.5).reason.answer).toBe('6.5%');
    expect(score(kinds.references, 2).reason.answer).toBe('2 customer references');
    expect(score(kinds.satisfaction, 3.5).reason.answer).toBe('3.5 on the 1–5 scale');
  });

  test('returns the whole result with its reason as plain data', () => {
    const result = score(kinds.revenue, 160000);

    expect(result).toMatchInlineSnapshot(`
      {
        "answer": 160000,
        "creditFloor": 0,
        "evidence": "Proof of the figure",
        "evidenceIllustrative": true,
        "from": "principal",
        "gap": "USD 40,000 more revenue in the trailing 12 months",
        "id": "revenue",
        "illustrative": true,
        "kind": "revenue",
        "label": "Area revenue",
        "level": "principal",
        "progress": 0.8,
        "reason": {
          "answer": "USD 160,000",
          "file": "content/competencies/sample.mdx",
          "rule": "Area revenue at Principal for Integrate",
          "text": "Area revenue at Principal for Integrate. Needs: USD 200,000 in the trailing 12 months. Answer: USD 160,000. Verdict: partly met (80%). Source: content/competencies/sample.mdx.",
          "threshold": "USD 200,000 in the trailing 12 months",
        },
        "share": 80,
        "status": "partial",
        "threshold": 200000,
        "weight": 1,
      }
    `);
  });
});
