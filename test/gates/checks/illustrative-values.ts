/**
 * The illustrative values of the content, as the text a page shows for each: derived from the content model
 * (every value whose provenance is illustrative), never from a hand-written list.
 */
import { countingRules } from '../../../src/domain/counting.ts';
import { describeThreshold } from '../../../src/domain/kinds.ts';
import { formatMoney, formatNumber } from '../../../src/domain/format.ts';
import { titleIn, type ExplorerLabels } from '../../../src/domain/labels.ts';
import { appliedRequirements, type CompetencyRules } from '../../../src/domain/rules.ts';
import type { Requirement } from '../../../src/schemas/requirement.ts';
import type { Tier } from '../../../src/schemas/tier.ts';
import { describeTierNeeds } from '../../../src/views/catalogue.ts';
import { formatDate } from '../../../src/util/dates.ts';
import type { Needle } from './illustrative.ts';
import { translator } from '../../../src/text/text.ts';

const EN = translator('en');

/** The texts of one requirement's threshold: the whole phrase and the figures that also appear alone. */
function thresholdTexts(req: Requirement): string[] {
  const texts = [describeThreshold(req, EN)];
  switch (req.kind) {
    case 'revenue':
      texts.push(formatMoney(req.amount, req.currency));
      break;
    case 'growth':
      texts.push(`${formatNumber(req.percent)}%`);
      break;
    case 'exam':
      texts.push(req.exam);
      break;
    case 'training':
      texts.push(...req.courses);
      break;
    case 'satisfaction':
      texts.push(`${formatNumber(req.threshold)} or more`, req.scale.name);
      break;
    case 'references':
    case 'status':
      break;
  }
  return texts;
}

/** What the content model says is illustrative about a requirement. */
export interface RequirementProvenance {
  threshold: boolean;
  evidence: boolean;
  counting: boolean;
}

/** Reads a requirement's provenance from the content model. */
export type ProvenanceReader = {
  requirement(req: Requirement): RequirementProvenance;
  tier(tier: Tier): { title: boolean; needs: boolean; benefits: boolean };
  competency(rules: CompetencyRules): {
    regions: boolean;
    businessModels: boolean;
    version: boolean;
  };
  history(entry: CompetencyRules['history'][number]): boolean;
};

const own = (slug: string) => (file: string) => file.startsWith(`competencies/${slug}/`);

/** Every illustrative value of the content as a needle to look for in the built pages. */
export function illustrativeNeedles(
  competencies: readonly CompetencyRules[],
  tiers: readonly Tier[],
  labels: ExplorerLabels,
  provenance: ProvenanceReader,
): Needle[] {
  const needles: Needle[] = [];
  const add = (text: string, what: string, onPage?: (file: string) => boolean): void => {
    if (!needles.some((n) => n.text === text && n.onPage === undefined)) {
      needles.push(onPage ? { text, what, onPage } : { text, what });
    }
  };
  for (const rules of competencies) {
    for (const level of ['principal', 'expert'] as const) {
      for (const model of rules.businessModels) {
        for (const req of appliedRequirements(rules, level, model)) {
          const p = provenance.requirement(req);
          if (p.threshold) {
            for (const t of thresholdTexts(req)) add(t, `${rules.slug}: ${req.id} threshold`);
          }
          if (p.evidence) {
            add(req.evidence, `${rules.slug}: ${req.id} evidence`);
            add(req.help, `${rules.slug}: ${req.id} help`);
          }
          // The revenue and growth window follows from the period, part of the threshold.
          const windowed = req.kind === 'revenue' || req.kind === 'growth';
          if (windowed ? p.threshold : p.counting) {
            for (const rule of countingRules(req, EN)) add(rule.text, `${rules.slug}: ${req.id} counting`);
          }
        }
      }
    }
    const c = provenance.competency(rules);
    if (c.regions) {
      for (const region of labels.regions) {
        if (rules.regions.some((r) => r.id === region.id)) continue;
        add(`not offered in ${region.title}`, `region restriction`);
        add(`not offered in ${region.short}`, `region restriction`);
      }
      for (const r of rules.regions) if (r.note) add(r.note, `${rules.slug}: region note`);
    }
    if (c.businessModels) {
      for (const model of labels.models) {
        if (rules.businessModels.includes(model.id)) continue;
        add(
          `not offered on ${titleIn(labels.models, model.id)}`,
          `${rules.slug}: business model`,
          own(rules.slug),
        );
      }
    }
    if (c.version) {
      add(`version ${rules.version}`, `${rules.slug}: version`, own(rules.slug));
      add(formatDate(rules.effective), `${rules.slug}: effective date`, own(rules.slug));
    }
    for (const entry of rules.history) {
      if (!provenance.history(entry)) continue;
      add(entry.summary, `${rules.slug}: history entry`);
      add(formatDate(entry.date), `${rules.slug}: history date`, (f) => f.startsWith('changes/'));
    }
  }
  for (const tier of tiers) {
    const p = provenance.tier(tier);
    if (p.title) {
      add(tier.title, `${tier.title}: tier name`);
      add(tier.summary, `${tier.title}: tier summary`);
    }
    if (p.needs) add(describeTierNeeds(tier.needs, translator('en')), `${tier.title}: tier rule`);
    if (p.benefits) for (const b of tier.benefits) add(b, `${tier.title}: tier benefit`);
  }
  return needles;
}
