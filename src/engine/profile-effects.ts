/**
 * How a change of rules moves the reference partner profiles (content/profiles): for each competency whose
 * rules changed, every profile whose level in it or whose tier changes, before and after. Each change is
 * taken on its own: "before" is every competency under its locked rules, "after" the same with only that
 * competency's rules replaced by the current ones. Pure data; the content check and the editor word it.
 */
import type { CompetencyRules } from '../domain/rules.ts';
import type { AssessmentContext, Answers } from './types.ts';
import type { HeldLevel } from '../schemas/profile-effect.ts';
import { assess } from './assess.ts';
import { heldLevel } from './portfolio.ts';
import { rulesHash } from './hash.ts';
import { rollUp, type RollUpTier, type TierRef } from './rollup.ts';
import type { Translate } from '../text/translate.ts';

/** A reference profile as the engine scores it: who it is, its context and its answers by competency. */
export interface ReferenceProfile {
  /** The file name, e.g. "large-integrator". */
  id: string;
  /** Its display name, e.g. "Large integrator in North America". */
  title: string;
  /** The business model and region it is scored for. */
  context: AssessmentContext;
  /** Answers by competency slug. */
  answers: Readonly<Record<string, Answers>>;
}

/** What a profile holds in one competency, and the tier its levels reach (null: none). */
export interface Standing {
  level: HeldLevel;
  tier: TierRef | null;
}

/** One profile that changes level or tier through one competency's change. */
export interface ProfileMove {
  profile: { id: string; title: string };
  before: Standing;
  after: Standing;
}

/** One competency whose rules changed, and the profiles it moves ([] when none moves). */
export interface CompetencyEffect {
  slug: string;
  title: string;
  /** The version the lock records, and the current one (the same when the version was not raised). */
  versions: { before: string; after: string };
  moves: ProfileMove[];
}

/**
 * For each competency of `current` whose rules differ from its rules in `locked` (by the rules hash), in the
 * order of `current`: the profiles whose level in it or whose tier changes. A competency the lock does not
 * know yet (new) or no longer has a file (gone) is not a change to compare; a new one counts with its current
 * rules on both sides.
 */
export function profileEffects(
  locked: readonly CompetencyRules[],
  current: readonly CompetencyRules[],
  profiles: readonly ReferenceProfile[],
  tiers: readonly RollUpTier[],
  t: Translate,
): CompetencyEffect[] {
  const lockedBySlug = new Map(locked.map((rules) => [rules.slug, rules]));
  const baseline = current.map((rules) => lockedBySlug.get(rules.slug) ?? rules);
  const score = (rules: CompetencyRules, profile: ReferenceProfile) =>
    assess(rules, profile.context, profile.answers[rules.slug] ?? {}, t);
  const scored = profiles.map((profile) => {
    const assessments = baseline.map((rules) => score(rules, profile));
    return { profile, assessments, tier: rollUp(assessments, tiers, t).tier };
  });
  const effects: CompetencyEffect[] = [];
  current.forEach((rules, index) => {
    const old = lockedBySlug.get(rules.slug);
    if (old === undefined || rulesHash(old) === rulesHash(rules)) return;
    const moves: ProfileMove[] = [];
    for (const { profile, assessments, tier: tierBefore } of scored) {
      const now = score(rules, profile);
      const tier = rollUp(
        assessments.map((a, i) => (i === index ? now : a)),
        tiers,
        t,
      ).tier;
      const level = { before: heldLevel(score(old, profile)), after: heldLevel(now) };
      if (level.before === level.after && tier?.id === tierBefore?.id) continue;
      moves.push({
        profile: { id: profile.id, title: profile.title },
        before: { level: level.before, tier: tierBefore },
        after: { level: level.after, tier },
      });
    }
    effects.push({
      slug: rules.slug,
      title: rules.title,
      versions: { before: old.version, after: rules.version },
      moves,
    });
  });
  return effects;
}
