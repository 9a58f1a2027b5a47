/**
 * The evidence pack for a validator: what a competency, or the competencies of a portfolio, were scored with
 * on a day and what they gave, as plain data. The JSON pack (src/persistence/evidence-pack.ts) writes its
 * `body` and hashes it; the workbook (src/persistence/pack-workbook.ts) lays the same out in sheets. Pure:
 * the day, the time it was made and the words are parameters.
 *
 * Each competency is scored as the pages score it: the typed answers over the partner record's figures on
 * the day (answersOn in record-figures.ts, typed answers winning), for its own business model and region
 * where it has them, else the portfolio's. Without money figures (`moneyless`), it is scored again as a
 * receiver scores a file without them (withheld.ts): each money figure left out, its verdict kept in its
 * place, a partly met one as not met, so that no progress, percentage or plan cell gives an amount back.
 */
import type { CompetencyRules } from '../domain/rules.ts';
import type { Named } from '../domain/labels.ts';
import { tierNeedsIllustrative, tierTitleIllustrative } from '../domain/provenance.ts';
import type { RequirementStatus } from '../domain/requirement-status.ts';
import type { Answers } from '../schemas/answers.ts';
import type { LevelId } from '../schemas/ids.ts';
import type { EvidenceStatus, IsoDay, PartnerRecord, RecordSource } from '../schemas/record.ts';
import type { Translate } from '../text/translate.ts';
import { evidenceFor, fullPlan, moneylessPlan, type ActionPlanRow } from './action-plan.ts';
import { assess } from './assess.ts';
import { rulesHash } from './hash.ts';
import { levelState, type OwnContexts } from './portfolio.ts';
import {
  enteredBy,
  figuresOn,
  mergeAnswers,
  type CountedPeople,
  type RecordFigures,
} from './record-figures.ts';
import { rollUp, type RollUpTier } from './rollup.ts';
import type { AssessmentContext, CompetencyAssessment } from './types.ts';
import { withholdMoney, type Withheld } from './withheld.ts';

/** What a pack covers: the whole portfolio, or one competency. */
export type PackScope = { kind: 'portfolio' } | { kind: 'competency'; slug: string };

/** Where a requirement's figure came from: typed on a page, the partner record, or nowhere yet. */
export type PackSource = 'typed' | 'record' | 'unanswered';

/** One competency's verdict, as the pack records it. */
export interface PackVerdict {
  /** 'assessed', or 'not-offered' in its business model and region. */
  status: CompetencyAssessment['status'];
  /** The highest level met; null when none is, or when it is not offered. */
  achieved: LevelId | null;
  /** Each level offered, lowest first: its state, readiness in whole percent and each requirement's state. */
  levels: {
    level: LevelId;
    state: RequirementStatus;
    percent: number;
    requirements: { id: string; status: RequirementStatus; progress: number }[];
  }[];
}

/** A requirement's evidence as the partner record plans it. */
export interface PackEvidence {
  /** The owner's label in the record; '' without. */
  owner: string;
  status: EvidenceStatus;
  /** YYYY-MM-DD; '' without. */
  due: string;
  note: string;
  links: string[];
}

/** One pass of one person counted toward one requirement. */
export interface PackPerson {
  /** The person's id in the record, and their label. */
  person: string;
  label: string;
  /** The credential's id in the record, and the course or exam. */
  credential: string;
  name: string;
  /** The day it was passed, and the first day it no longer counts ('' when it does not lapse). */
  passed: IsoDay;
  expires: string;
  /** The competency and requirement it counts toward. */
  competency: string;
  requirement: string;
  /** Who entered the pass and when it came, when a colleague's reply brought it; absent otherwise. */
  by?: RecordSource;
}

/** The JSON pack without its hash (src/persistence/evidence-pack.ts documents each field). */
export interface PackBody {
  format: 'competency-evidence-pack';
  v: 2;
  createdAt: string;
  scope: PackScope;
  rulesVersion: Record<string, string>;
  rulesHash: Record<string, string>;
  context: {
    day: IsoDay;
    lang: string;
    businessModel: string;
    region: string;
    competencies: Record<string, { businessModel: string; region: string }>;
  };
  answers: Record<string, Answers>;
  sources: Record<string, Record<string, PackSource>>;
  verdicts: { tier: string | null; competencies: Record<string, PackVerdict> };
  people: PackPerson[];
  evidence: Record<string, Record<string, PackEvidence>>;
  enteredBy: Record<string, Record<string, RecordSource[]>>;
  /** null with every figure; without money figures, the verdicts kept in their place, by slug (withheld.ts). */
  withheld: Record<string, Withheld> | null;
  /** Where on the site a pack is checked, a path from the site's root, e.g. "/evidence-pack/". */
  checkAt: string;
}

/** One competency of the pack, with what the workbook shows beside the body. */
export interface PackCompetency {
  rules: CompetencyRules;
  assessment: CompetencyAssessment;
  sources: Record<string, PackSource>;
  plan: ActionPlanRow[];
}

/** The pack's content: the body to hash, and each competency's assessment and plan for the sheets. */
export interface PackContent {
  body: PackBody;
  competencies: PackCompetency[];
  /** The tier the levels imply (portfolio only): its title and whether it is an example; null when none. */
  tier: { title: string; illustrative: boolean } | null;
}

/** What a pack is made from. */
export interface PackInput {
  scope: PackScope;
  /** The competencies covered, in catalogue order. */
  covered: readonly CompetencyRules[];
  /** The page's business model and region, for competencies without their own. */
  context: AssessmentContext;
  own: OwnContexts;
  /** The typed answers, by slug. */
  typed: Readonly<Record<string, Answers>>;
  /** The partner record and the people counted toward each competency on the day; null without a record. */
  record: { record: PartnerRecord; counted: CountedPeople } | null;
  /** The day figures are worked out for, YYYY-MM-DD. */
  day: IsoDay;
  /** When the pack is made, as an ISO timestamp. */
  createdAt: string;
  /** The portfolio's tiers, to name the tier the levels imply; [] for one competency. */
  tiers: readonly RollUpTier[];
  t: Translate;
  models: readonly Named[];
  regions: readonly Named[];
  /** Whether to leave out money figures, keeping their verdicts (withheld.ts); with every figure when absent. */
  moneyless?: boolean;
  /** Where on the site a pack is checked (PackBody.checkAt). */
  checkAt: string;
}

/** Every requirement id a competency's verdict names, in the order its levels list them. */
function requirementIds(a: CompetencyAssessment): string[] {
  if (a.status !== 'assessed') return [];
  return [...new Set(a.levels.flatMap((l) => l.requirements.map((r) => r.id)))];
}

function verdictOf(a: CompetencyAssessment): PackVerdict {
  if (a.status !== 'assessed') return { status: a.status, achieved: null, levels: [] };
  return {
    status: a.status,
    achieved: a.achieved,
    levels: a.levels.map((l) => ({
      level: l.level,
      state: levelState(l),
      percent: l.percent,
      requirements: l.requirements.map((r) => ({ id: r.id, status: r.status, progress: r.progress })),
    })),
  };
}

/** The record's evidence for each requirement of a competency that has some (evidenceFor). */
function evidenceOf(
  record: PartnerRecord,
  slug: string,
  ids: readonly string[],
): Record<string, PackEvidence> {
  const out: Record<string, PackEvidence> = {};
  for (const id of ids) {
    const e = evidenceFor(record, slug, id);
    if (e === null) continue;
    out[id] = {
      owner: (e.owner !== undefined && record.people[e.owner]?.label) || '',
      status: e.status,
      due: e.due ?? '',
      note: e.note ?? '',
      links: Array.isArray(e.links) ? e.links.filter((l) => typeof l === 'string') : [],
    };
  }
  return out;
}

/** The passes behind the figures a verdict uses (those from the record, not typed over), one per requirement. */
function peopleOf(
  record: PartnerRecord,
  slug: string,
  figures: RecordFigures,
  sources: Readonly<Record<string, PackSource>>,
): PackPerson[] {
  const out: PackPerson[] = [];
  for (const [requirement, figure] of Object.entries(figures)) {
    if (figure.source.counted !== 'people' || sources[requirement] !== 'record') continue;
    for (const credential of figure.source.entries) {
      const c = record.credentials[credential];
      if (c === undefined) continue;
      const expires = figure.source.lapsing.find((l) => l.entry === credential)?.day ?? '';
      const label = record.people[c.person]?.label ?? '';
      out.push({
        person: c.person,
        label,
        credential,
        name: c.name,
        passed: c.passed,
        expires,
        competency: slug,
        requirement,
        ...(c.by ? { by: { name: c.by.name, at: c.by.at } } : {}),
      });
    }
  }
  return out;
}

/** The evidence pack of `input`: its body (every field but the hash) and what the workbook shows beside it. */
export function evidencePack(input: PackInput): PackContent {
  const { t, day, record } = input;
  const body: PackBody = {
    format: 'competency-evidence-pack',
    v: 2,
    createdAt: input.createdAt,
    scope: input.scope,
    rulesVersion: {},
    rulesHash: {},
    context: {
      day,
      lang: t.lang,
      businessModel: input.context.businessModel,
      region: input.context.region,
      competencies: {},
    },
    answers: {},
    sources: {},
    verdicts: { tier: null, competencies: {} },
    people: [],
    evidence: {},
    enteredBy: {},
    withheld: input.moneyless ? {} : null,
    checkAt: input.checkAt,
  };
  const meta = { t, exportDate: day, models: input.models, regions: input.regions, record: record?.record };
  const competencies = input.covered.map((rules): PackCompetency => {
    const { slug } = rules;
    const context = input.own[slug] ?? input.context;
    const typed = input.typed[slug] ?? {};
    const figures = record ? figuresOn(record.record, rules, context.businessModel, day, record.counted) : {};
    const given = mergeAnswers(figures, typed);
    const scored = assess(rules, context, given.answers, t);
    const kept = body.withheld && withholdMoney(rules, scored, given.answers);
    const assessment = kept ? assess(rules, context, kept.answers, t, undefined, kept.withheld) : scored;
    const entered = record ? enteredBy(record.record, given) : {};
    const sources: Record<string, PackSource> = {};
    for (const id of requirementIds(assessment)) sources[id] = given.origin[id] ?? 'unanswered';
    body.rulesVersion[slug] = rules.version;
    body.rulesHash[slug] = rulesHash(rules);
    body.context.competencies[slug] = { businessModel: context.businessModel, region: context.region };
    body.answers[slug] = kept ? kept.answers : given.answers;
    if (body.withheld && kept) body.withheld[slug] = kept.withheld;
    body.sources[slug] = sources;
    body.verdicts.competencies[slug] = verdictOf(assessment);
    if (record) {
      body.people.push(...peopleOf(record.record, slug, figures, sources));
      body.evidence[slug] = evidenceOf(record.record, slug, Object.keys(sources));
      body.enteredBy[slug] = entered;
    }
    const planMeta = { ...meta, enteredBy: { [slug]: entered } };
    const plan =
      scored.status !== 'assessed'
        ? []
        : kept
          ? moneylessPlan(scored, rules, planMeta, given.answers)
          : fullPlan(scored, rules, planMeta, given.answers);
    return { rules, assessment, sources, plan };
  });
  let tier: PackContent['tier'] = null;
  if (input.tiers.length > 0) {
    const reached = rollUp(
      competencies.map((c) => c.assessment),
      input.tiers,
      t,
    ).tier;
    body.verdicts.tier = reached?.id ?? null;
    const shown = reached && input.tiers.find((x) => x.id === reached.id);
    tier = shown
      ? { title: shown.title, illustrative: tierTitleIllustrative(shown) || tierNeedsIllustrative(shown) }
      : null;
  }
  return { body, competencies, tier };
}
