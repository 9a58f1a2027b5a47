/**
 * The effect of changed rules on the reference partner profiles (content/profiles), for `npm run check`, the
 * editor's check before a save and `npm run content:lock`: the rules the lock records against the current ones
 * (profileEffects in src/engine/profile-effects.ts), and the table's words, which live here once.
 */
import { CompetencySchema, type Competency } from '../schemas/competency.ts';
import { ProfileSchema } from '../schemas/profile.ts';
import type { ProfileEffectRecord } from '../schemas/profile-effect.ts';
import { TierSchema } from '../schemas/tier.ts';
import { toRules, type CompetencyRules } from '../domain/rules.ts';
import { heldLevelTitle } from '../domain/wording.ts';
import { profileEffects, type CompetencyEffect, type Standing } from '../engine/profile-effects.ts';
import { toRollUpTiers } from '../engine/rollup.ts';
import { setFrontmatterValue } from '../admin/mdx-format.ts';
import { parseLock, rulesFromLock, type RulesLock } from './rules-lock.ts';
import type { ContentInput, RawEntry } from './types.ts';
import { validate } from './validate.ts';
import { translator } from '../text/text.ts';

/** The editor checks speak English, as the content source does. */
const EN = translator('en');

export type { CompetencyEffect };

/** The entries of a collection that fit their schema exactly, with their data; the others are the check's to report. */
function readable<T>(entries: readonly RawEntry[], schema: Parameters<typeof validate<T>>[1]) {
  return entries.flatMap((entry) => {
    const result = validate(entry, schema, () => undefined);
    return 'data' in result && result.exact ? [{ id: entry.id, data: result.data }] : [];
  });
}

/**
 * For each competency whose rules differ from those the lock records, the reference profiles whose level in it
 * or whose tier changes. Files with problems are left out (the check reports them); no lock, no effects.
 */
export function referenceEffects(input: ContentInput): CompetencyEffect[] {
  const parsed = input.lockText === undefined ? undefined : parseLock(input.lockText);
  if (parsed === undefined || 'error' in parsed) return [];
  const current: CompetencyRules[] = [];
  const locked: CompetencyRules[] = [];
  for (const { id, data } of readable<Competency>(input.competencies, CompetencySchema)) {
    current.push(toRules({ id, data }));
    const entry = parsed.lock[id];
    if (entry) locked.push(rulesFromLock(id, entry, data));
  }
  const profiles = readable(input.profiles, ProfileSchema).map(({ id, data }) => ({
    id,
    title: data.title,
    context: { businessModel: data.businessModel, region: data.region },
    answers: data.answers,
  }));
  const tiers = toRollUpTiers(readable(input.tiers, TierSchema));
  return profileEffects(locked, current, profiles, tiers, EN);
}

/** The table's title, shown above it in the terminal and in the editor. */
export const EFFECTS_TITLE = 'Effect on reference profiles';

/** What the table is and is not: information on invented examples, never a problem. */
export const EFFECTS_NOTE =
  'The reference profiles are invented examples (illustrative), and so are the tiers; a change that moves one is allowed.';

/** The line that stands for the table when rules changed but no profile moved. */
export const NO_EFFECT = 'no reference profile changes level or tier';

/** The table's columns. */
export const EFFECT_COLUMNS = ['Profile', 'Competency', 'Level', 'Tier'] as const;

const arrow = (before: string, after: string) => (before === after ? before : `${before} → ${after}`);
const tierWords = (standing: Standing) => standing.tier?.title ?? 'No tier';

/** One changed competency as a caption and rows of cells, in EFFECT_COLUMNS order; no rows: NO_EFFECT. */
export function effectTable(effect: CompetencyEffect): { caption: string; rows: string[][] } {
  const { before, after } = effect.versions;
  const versions = before === after ? `version ${after}, changed` : `version ${before} → ${after}`;
  return {
    caption: `${effect.title} (${versions})`,
    rows: effect.moves.map((move) => [
      move.profile.title,
      effect.title,
      arrow(heldLevelTitle(move.before.level, EN), heldLevelTitle(move.after.level, EN)),
      arrow(tierWords(move.before), tierWords(move.after)),
    ]),
  };
}

/** The effects as terminal lines: the title and note, then per competency its caption and a padded table. */
export function formatEffects(effects: readonly CompetencyEffect[]): string[] {
  if (effects.length === 0) return [];
  const lines = ['', `${EFFECTS_TITLE}:`, EFFECTS_NOTE];
  for (const effect of effects) {
    const { caption, rows } = effectTable(effect);
    lines.push(`  ${caption}`);
    if (rows.length === 0) {
      lines.push(`    ${NO_EFFECT}`);
      continue;
    }
    const table = [[...EFFECT_COLUMNS], ...rows];
    const widths = EFFECT_COLUMNS.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
    for (const row of table) {
      lines.push(`    ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd());
    }
  }
  return lines;
}

/** One competency's effects as its history entry records them (`profileEffects`, ProfileEffectSchema). */
export function effectRecords(effect: CompetencyEffect): ProfileEffectRecord[] {
  const standing = (s: Standing) => ({ level: s.level, ...(s.tier && { tier: s.tier.id }) });
  return effect.moves.map((move) => ({
    profile: move.profile.id,
    before: standing(move.before),
    after: standing(move.after),
  }));
}

/** A competency file `npm run content:lock` rewrites, with the effects it records. */
export interface EffectsRecorded {
  entry: RawEntry;
  source: string;
}

/**
 * The competency files whose new version the lock now records (`lock`, as updateLock() wrote it), each with the
 * effects of that version on the reference profiles (`effects`, from the lock before) written into its newest
 * history entry as `profileEffects`. A version not recorded, or a history that does not start with it, is left
 * alone: the check reports those.
 */
export function recordEffects(
  input: ContentInput,
  effects: readonly CompetencyEffect[],
  lock: RulesLock,
): EffectsRecorded[] {
  return effects.flatMap((effect) => {
    const entry = input.competencies.find((e) => e.id === effect.slug);
    const { before, after } = effect.versions;
    if (entry === undefined || before === after || lock[effect.slug]?.version !== after) return [];
    const data = entry.frontmatter.data as { history?: { version?: unknown }[] } | undefined;
    if (data?.history?.[0]?.version !== after) return [];
    const source = setFrontmatterValue(entry.source, ['history', 0, 'profileEffects'], effectRecords(effect));
    return source === entry.source ? [] : [{ entry, source }];
  });
}
