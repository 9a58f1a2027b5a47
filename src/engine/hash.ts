/**
 * A stable fingerprint of a competency's rules. Saved and shared assessments carry it, so a later visit
 * can tell whether the rules changed. Only fields that change a verdict count: wording, help text, the
 * page body and the order of keys or requirements do not.
 */
import { verdictFieldsOf } from '../domain/kinds.ts';
import type { CompetencyRules } from '../domain/rules.ts';
import type { Requirement } from '../schemas/requirement.ts';
import { cached } from '../util/cached.ts';
import { canonicalJson } from '../util/canonical-json.ts';
import type { JsonValue } from './types.ts';

/** The fields of a requirement that decide a verdict, as the table of kinds lists them (verdictFieldsOf). */
export function ruleFields(req: Requirement): Record<string, JsonValue> {
  const fields = req as unknown as Record<string, JsonValue | undefined>;
  const rule: Record<string, JsonValue> = {};
  for (const name of verdictFieldsOf(req)) {
    const value = fields[name];
    if (value !== undefined) rule[name] = value;
  }
  return rule;
}

/** Orders requirements by id, independent of locale. */
export function byId(a: { id: string }, b: { id: string }): number {
  return Number(a.id > b.id) - Number(a.id < b.id);
}

/** Where and how a competency is offered, as plain data with every list sorted; part of the rules hash. */
export function availabilityRules(rules: CompetencyRules) {
  return {
    kind: rules.kind,
    status: rules.status,
    businessModels: [...rules.businessModels].sort(),
    regions: rules.regions.map((r) => r.id).sort(),
    expertIncludesPrincipal: rules.expertIncludesPrincipal,
    designation: rules.designation
      ? { businessModel: rules.designation.businessModel, waives: [...rules.designation.waives].sort() }
      : null,
  } satisfies Record<string, JsonValue>;
}

/** The scoring-relevant content of the rules as plain data, with every unordered list in a fixed order. */
export function canonicalRules(rules: CompetencyRules): JsonValue {
  const requirements: Record<string, Record<string, JsonValue>> = {};
  for (const [level, lists] of Object.entries(rules.requirements)) {
    const byModel: Record<string, JsonValue> = {};
    for (const [model, list] of Object.entries(lists ?? {})) {
      if (list === undefined) continue;
      byModel[model] = [...list].sort(byId).map(ruleFields);
    }
    requirements[level] = byModel;
  }
  // Key order does not matter: the hash and the rules lock write keys sorted (canonicalJson, canonicalize).
  return { ...availabilityRules(rules), requirements };
}

const encoder = new TextEncoder();

/**
 * 64-bit FNV-1a over the UTF-8 bytes of a text, as 16 hex digits. Runs the same in browsers and Node.
 *
 * The 64-bit state is kept in four 16-bit limbs of ordinary numbers (BigInt arithmetic per byte made this
 * about a tenth of a build's render time). The prime is 2^40 + 0x1b3, so multiplying is each limb times
 * 0x1b3 plus the state shifted left by 40 bits, with the carries passed up and the top bits dropped.
 */
export function fnv1a64(text: string): string {
  // Offset basis 0xcbf29ce484222325, lowest limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of encoder.encode(text)) {
    h0 ^= byte;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (limb: number) => limb.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

const cache = new WeakMap<CompetencyRules, string>();

/** The version hash of a competency's rules: 16 hex digits, the same for rules that score the same way. */
export function rulesHash(rules: CompetencyRules): string {
  return cached(cache, rules, () => fnv1a64(canonicalJson(canonicalRules(rules))));
}

/**
 * Takes the hash the build worked out for these rules (the portfolio's rules file carries it) as theirs: a
 * browser would spend a quarter of its first scoring of every competency working them out again.
 */
export function knowRulesHash(rules: CompetencyRules, hash: string): void {
  cache.set(rules, hash);
}
