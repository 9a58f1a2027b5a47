import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/content-check/check.ts';
import { hasErrors } from '../../../src/content-check/report.ts';
import { BAD, found, GOOD, readGood, withCompetency } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule rules-lock', () => {
  test('reports each changed rule under an unchanged version, naming the field', () => {
    const result = withCompetency(good, `${BAD}/lock/alpha-changed.mdx`, 'alpha');

    expect(found(result, 'rules-lock')).toEqual([
      `${BAD}/lock/alpha-changed.mdx:51:9  requirements.expert.integrate[0].people  changed from 2 to 3 without a new version; raise "version" (e.g. "1.2"), add a history entry, then run npm run content:lock`,
      `${BAD}/lock/alpha-changed.mdx:64:5  requirements.expert.resell  requirement "references" removed without a new version; raise "version" (e.g. "1.2"), add a history entry, then run npm run content:lock`,
      `${BAD}/lock/alpha-changed.mdx:65:9  requirements.expert.resell[0]  requirement "sales-training" added without a new version; raise "version" (e.g. "1.2"), add a history entry, then run npm run content:lock`,
    ]);
  });

  test('accepts wording changes to labels and help under the same version', () => {
    const result = withCompetency(good, `${BAD}/lock/alpha-reworded.mdx`, 'alpha');

    expect(result.problems).toEqual([]);
  });

  test('reports a raised version that the lock does not record yet', () => {
    const result = withCompetency(good, `${BAD}/lock/alpha-bumped.mdx`, 'alpha');

    expect(found(result, 'rules-lock')).toEqual([
      `${BAD}/lock/alpha-bumped.mdx:73:1  version  version "1.2" is not recorded yet (the lock has "1.1"); run npm run content:lock and commit ${GOOD}/rules-lock.json`,
    ]);
  });

  test('reports a lock entry whose competency file is gone, at its line in the lock', () => {
    const result = checkContent({ ...good, competencies: good.competencies.filter((e) => e.id !== 'beta') });

    expect(found(result, 'rules-lock')).toEqual([
      `${GOOD}/rules-lock.json:82:1  beta  the lock records "beta" but ${GOOD}/competencies/beta.mdx is gone; to withdraw a competency set status: retired instead, or run npm run content:lock if deleting it is intended`,
    ]);
  });

  test('warns, without failing, about a competency that is not in the lock yet', () => {
    const result = withCompetency(good, `${BAD}/lock/alpha-bumped.mdx`, 'gamma');

    expect(found(result, 'rules-lock')).toEqual([
      `${BAD}/lock/alpha-bumped.mdx:73:1  version  warning: new competency, not yet in the rules lock; run npm run content:lock once its first version is final`,
    ]);
    expect(hasErrors(result)).toBe(false);
  });

  test('reports a lock file that is not JSON', () => {
    const result = checkContent({ ...good, lockText: '{ "alpha": ' });

    expect(found(result, 'rules-lock')[0]).toMatch(
      /^test\/fixtures\/content\/good\/rules-lock\.json:1:1 {2}file {2}not valid JSON \(.+\); regenerate it with npm run content:lock$/,
    );
  });
});
