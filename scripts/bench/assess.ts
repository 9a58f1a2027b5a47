/**
 * Benchmarks the assessment engine: scores every competency x business model x region (offered or not)
 * 10,000 times, in timed batches, and prints the median time per assessment in microseconds.
 * Run with `npm run bench:assess`.
 */
import { performance } from 'node:perf_hooks';
import { assess } from '../../src/engine/assess.ts';
import { targetOf } from '../../src/domain/kinds.ts';
import type { Answers, AssessmentContext } from '../../src/engine/types.ts';
import { readCollection } from '../../src/content-check/load.ts';
import { toRules, type CompetencyRules } from '../../src/domain/rules.ts';
import { CompetencySchema } from '../../src/schemas/competency.ts';
import { BUSINESS_MODEL_IDS } from '../../src/schemas/ids.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 10_000);
const BATCHES = 20;
const WARM_UP_ROUNDS = 500;

/** Answers that exercise every state: some met, some partial, some missing. */
function answersFor(rules: CompetencyRules): Answers {
  const answers: Answers = {};
  let i = 0;
  for (const level of Object.values(rules.requirements)) {
    for (const list of Object.values(level ?? {})) {
      for (const req of list ?? []) {
        i += 1;
        const target = targetOf(req);
        if (i % 4 === 0) continue;
        answers[req.id] = target === true ? i % 2 === 0 : target * (i % 3 === 0 ? 1 : 0.6);
      }
    }
  }
  return answers;
}

const entries = await readCollection('content/competencies');
const regions = (await readCollection('content/regions')).map((e) => e.id);
const cases: { rules: CompetencyRules; context: AssessmentContext; answers: Answers }[] = [];
for (const entry of entries) {
  const rules = toRules({
    id: entry.id,
    data: CompetencySchema.parse(entry.frontmatter.data),
    filePath: entry.file,
  });
  const answers = answersFor(rules);
  for (const businessModel of BUSINESS_MODEL_IDS) {
    for (const region of regions) cases.push({ rules, context: { businessModel, region }, answers });
  }
}

let sink = 0;
const runRounds = (rounds: number): void => {
  for (let round = 0; round < rounds; round += 1) {
    for (const c of cases) {
      const result = assess(c.rules, c.context, c.answers, EN);
      sink += result.status === 'assessed' ? result.levels.length : 0;
    }
  }
};

runRounds(WARM_UP_ROUNDS);
const perAssessment: number[] = [];
const roundsPerBatch = ROUNDS / BATCHES;
for (let batch = 0; batch < BATCHES; batch += 1) {
  const start = performance.now();
  runRounds(roundsPerBatch);
  const elapsed = performance.now() - start;
  perAssessment.push((elapsed * 1000) / (roundsPerBatch * cases.length));
}
perAssessment.sort((a, b) => a - b);
const median = perAssessment[Math.floor(perAssessment.length / 2)] ?? Number.NaN;

console.log(
  `${entries.length} competencies x ${BUSINESS_MODEL_IDS.length} business models x ${regions.length} regions = ${cases.length} cases, ` +
    `${ROUNDS.toLocaleString('en-US')} rounds in ${BATCHES} batches (${(ROUNDS * cases.length).toLocaleString('en-US')} assessments)`,
);
console.log(
  `median ${median.toFixed(2)} µs per assessment (fastest batch ${perAssessment[0]?.toFixed(2)} µs, slowest ${perAssessment.at(-1)?.toFixed(2)} µs)`,
);
// Printing the sink keeps the work from being optimised away.
if (sink < 0) console.log(sink);
