/**
 * A requirement's counting rules in words: how a partner record's dated entries count toward it (how long a
 * pass counts, which references and surveys fall in the window, how often one person counts, the quarters
 * revenue and growth are summed over). Every view that explains counting asks here. Each rule is a sentence
 * with its mark: the counting fields by `provenance.counting`, the revenue and growth window by the
 * threshold's provenance (it follows from `periodMonths`).
 */
import { countingIllustrative, marked, thresholdIllustrative, type Marked } from './provenance.ts';
import type { Requirement } from '../schemas/requirement.ts';
import type { Translate } from '../text/translate.ts';

/** The whole quarters a revenue or growth window of `periodMonths` covers, e.g. 4 for 12 months. */
export function windowQuarters(periodMonths: number): number {
  return Math.ceil(periodMonths / 3);
}

/** The counting rules of a requirement as sentences, each with its mark; [] for a kind the record never feeds. */
export function countingRules(req: Requirement, t: Translate): Marked[] {
  const rule = (text: string) => marked(text, countingIllustrative(req));
  const window = (text: string) => marked(text, thresholdIllustrative(req));
  switch (req.kind) {
    case 'training': {
      if (!req.counting) return [];
      const valid = req.counting.validMonths;
      return [
        rule(t('counting.training.everyCourse')),
        ...(valid ? [rule(t.count('counting.training.valid', valid))] : []),
      ];
    }
    case 'exam': {
      if (!req.counting) return [];
      const { validMonths, onePersonOnce, competenciesPerPerson } = req.counting;
      return [
        ...(validMonths ? [rule(t.count('counting.exam.valid', validMonths))] : []),
        rule(t(onePersonOnce ? 'counting.exam.once' : 'counting.exam.eachPass')),
        ...(competenciesPerPerson ? [rule(t.count('counting.exam.perPerson', competenciesPerPerson))] : []),
      ];
    }
    case 'references':
      return req.counting ? [rule(t.count('counting.references.within', req.counting.withinMonths))] : [];
    case 'satisfaction':
      return req.counting ? [rule(t.count('counting.satisfaction.within', req.counting.withinMonths))] : [];
    case 'revenue':
      return [window(t.count('counting.revenue.quarters', windowQuarters(req.periodMonths)))];
    case 'growth':
      return [window(t.count('counting.growth.quarters', windowQuarters(req.periodMonths)))];
    case 'status':
      return [];
  }
}
