import { compareVersions, nextVersion } from '../../util/versions.ts';
import type { Competency } from '../../schemas/competency.ts';
import type { Checked, Context, Path, Report, RuleInfo } from '../types.ts';
import { countingWindowsRule } from './counting-windows.ts';
import { expertAtLeastPrincipalRule } from './expert-at-least-principal.ts';
import { illustrativeFiguresRule } from './illustrative-figures.ts';
import { levelsPerBusinessModelRule } from './levels-per-business-model.ts';
import { provenanceRule } from './provenance.ts';
import { uniqueRequirementIdsRule } from './requirement-ids.ts';
import { requirementLists } from './requirement-lists.ts';
import { undeclaredBusinessModelRule } from './undeclared-business-model.ts';

/** Rule announced, with what it makes sure of (listed in content/README.md). */
export const announcedRule = {
  name: 'announced',
  check: checkAnnounced,
  description:
    '`announced` rules have a higher version and a later date than the current ones, are published before that date, each id keeps its kind, and their requirements pass the requirement rules above',
} as const satisfies RuleInfo;

/** The rules that check a requirements block; they run again over the announced one. */
const REQUIREMENT_RULES = [
  expertAtLeastPrincipalRule,
  levelsPerBusinessModelRule,
  undeclaredBusinessModelRule,
  uniqueRequirementIdsRule,
  illustrativeFiguresRule,
  provenanceRule,
  countingWindowsRule,
] as const;

/** A path into `requirements`, moved under `announced`; other paths as they are. */
const underAnnounced = (path: Path): Path => (path[0] === 'requirements' ? ['announced', ...path] : path);

/**
 * Rule announced: the next version is above the current one and takes effect after it; an id keeps the
 * kind it has now (saved answers are read by id); and the announced requirements pass every rule the
 * current ones do, reported at their place under `announced`.
 */
export function checkAnnounced(ctx: Context, report: Report): void {
  const announced: Checked<Competency>[] = [];
  for (const { entry, data } of ctx.competencies) {
    const next = data.announced;
    if (next === undefined) continue;
    if (compareVersions(next.version, data.version) <= 0)
      report(
        entry,
        ['announced', 'version'],
        announcedRule.name,
        `the announced version must be above the current "${data.version}"; expected e.g. version: "${nextVersion(data.version)}"`,
      );
    if (next.effective <= data.effective)
      report(
        entry,
        ['announced', 'effective'],
        announcedRule.name,
        `the announced rules must take effect after the current version's ${data.effective}; expected a later date as YYYY-MM-DD`,
      );
    if (next.published >= next.effective)
      report(
        entry,
        ['announced', 'published'],
        announcedRule.name,
        `an announcement is published before its rules take effect on ${next.effective}; expected an earlier date as YYYY-MM-DD`,
      );
    const kinds = new Map(requirementLists(data).flatMap(({ list }) => list.map((r) => [r.id, r.kind])));
    for (const { level, model, list } of requirementLists({ ...data, requirements: next.requirements })) {
      list.forEach((req, i) => {
        const now = kinds.get(req.id);
        if (now !== undefined && now !== req.kind)
          report(
            entry,
            ['announced', 'requirements', level, model, i, 'kind'],
            announcedRule.name,
            `id "${req.id}" is a ${now} requirement in the current rules, and saved answers are read by id; expected kind: ${now} or another id`,
          );
      });
    }
    announced.push({ entry, data: { ...data, requirements: next.requirements } });
  }
  if (announced.length === 0) return;
  const moved: Report = (entry, path, rule, message, options) =>
    report(
      entry,
      underAnnounced(path),
      rule,
      message.replace(/(?<![\w.])requirements\./g, 'announced.requirements.'),
      {
        ...options,
        ...(options?.near && { near: underAnnounced(options.near) }),
      },
    );
  for (const rule of REQUIREMENT_RULES)
    rule.check({ ...ctx, competencies: announced, tiers: [], profiles: [] }, moved);
}
