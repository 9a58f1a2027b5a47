/** What pages say about how an interim designation is checked, from its rules and the site's labels. */
import { designationModel, designationRule } from '../domain/designation.ts';
import { kindNoun } from '../domain/kinds.ts';
import type { Translate } from '../text/translate.ts';
import { titleIn, type MatrixLabels } from '../domain/labels.ts';
import type { Competency } from '../schemas/competency.ts';

/** The designation's rule in one sentence (designationRule); null for a competency that is not one. */
export function designationRuleText(
  rules: Pick<Competency, 'title' | 'designation'>,
  labels: MatrixLabels,
  t: Translate,
): string | null {
  const terms = rules.designation;
  const model = designationModel(rules);
  if (terms === undefined || model === undefined) return null;
  return designationRule(
    rules.title,
    titleIn(labels.models, model),
    terms.waives.map((k) => kindNoun(k, t)),
    t,
  );
}
