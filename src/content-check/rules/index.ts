/**
 * The rules that run once every file passed its schema, in the order they run (problems on the same line keep
 * it); each module declares its own name, description and check.
 */
import type { RuleInfo } from '../types.ts';
import { announcedRule } from './announced.ts';
import { countingWindowsRule } from './counting-windows.ts';
import { designationRule } from './designation.ts';
import { expertAtLeastPrincipalRule } from './expert-at-least-principal.ts';
import { fileNamesRule } from './file-names.ts';
import { illustrativeFiguresRule } from './illustrative-figures.ts';
import { internalLinksRule } from './internal-links.ts';
import { knownReferencesRule } from './known-references.ts';
import { levelsPerBusinessModelRule } from './levels-per-business-model.ts';
import { placeholdersRule } from './placeholders.ts';
import { profilesRule } from './profiles.ts';
import { provenanceRule } from './provenance.ts';
import { consistentRequirementKindRule, uniqueRequirementIdsRule } from './requirement-ids.ts';
import { rulesLockRule } from './rules-lock.ts';
import { translationCurrentRule, translationTextOnlyRule } from './translations.ts';
import { tierThresholdsIncreaseRule } from './tier-thresholds-increase.ts';
import { undeclaredBusinessModelRule } from './undeclared-business-model.ts';
import { versionHistoryRule } from './version-history.ts';

export const CONTENT_RULES = [
  fileNamesRule,
  knownReferencesRule,
  expertAtLeastPrincipalRule,
  levelsPerBusinessModelRule,
  undeclaredBusinessModelRule,
  uniqueRequirementIdsRule,
  consistentRequirementKindRule,
  tierThresholdsIncreaseRule,
  illustrativeFiguresRule,
  provenanceRule,
  countingWindowsRule,
  designationRule,
  versionHistoryRule,
  announcedRule,
  internalLinksRule,
  placeholdersRule,
  profilesRule,
  translationTextOnlyRule,
  translationCurrentRule,
  rulesLockRule,
] as const satisfies readonly RuleInfo[];
