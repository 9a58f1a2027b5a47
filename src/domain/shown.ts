/**
 * A requirement's values as pages show them, each with its provenance mark. Apart from provenance.ts so the
 * islands can ask whether a value is an example without loading the wording of every requirement kind.
 */
import { describeChange, describeThreshold } from './kinds.ts';
import { evidenceIllustrative, marked, thresholdIllustrative, type Marked } from './provenance.ts';
import type { Requirement } from '../schemas/requirement.ts';
import type { Translate } from '../text/translate.ts';

/** A requirement's threshold as shown, e.g. "USD 50,000 in the trailing 12 months", with its mark. */
export function shownThreshold(req: Requirement, t: Translate): Marked {
  return marked(describeThreshold(req, t), thresholdIllustrative(req));
}

/** A requirement's evidence rule as shown, with its mark. */
export function shownEvidence(req: Requirement): Marked {
  return marked(req.evidence, evidenceIllustrative(req));
}

/** A requirement's guidance as shown, with its mark (it states evidence rules too). */
export function shownHelp(req: Requirement): Marked {
  return marked(req.help, evidenceIllustrative(req));
}

/** What changes from one requirement to another, e.g. "USD 75,000 instead of USD 50,000 ...", with its mark. */
export function shownChange(before: Requirement, after: Requirement, t: Translate): Marked {
  return marked(
    describeChange(before, after, t),
    thresholdIllustrative(before) || thresholdIllustrative(after),
  );
}
