import { z } from './zod.ts';
import { SlugSchema } from './ids.ts';
import { RequirementProvenanceSchema } from './provenance.ts';

const positiveCount = z.int('expected a whole number, e.g. 2').min(1, 'expected at least 1');

const months = (example: number) =>
  z
    .int(`expected a whole number of months, e.g. ${example}`)
    .min(1, 'expected at least 1 month')
    .max(120, 'expected at most 120 months');

/**
 * How a partner record's dated entries count toward a requirement: which passes and records are current on
 * a given day and how often one person counts. Each kind takes only the fields that mean something for it;
 * the period of revenue and growth is their `periodMonths`. These are rules like the threshold: they are
 * part of the rules version, and `provenance.counting` says where they come from.
 */
const credentialValidity = {
  /** How long a pass counts from the day it was passed, in months, e.g. 24; without it a pass does not lapse. */
  validMonths: months(24).optional(),
};
const recordWindow = {
  /** Only records dated within this many months before the day count, e.g. 24. */
  withinMonths: months(24),
};

/** Counting rules of a training: how long a completed course counts. */
export const TrainingCountingSchema = z.object(credentialValidity).strict();

/** Counting rules of an exam: how long a pass counts, and how far one certified person stretches. */
export const ExamCountingSchema = z
  .object({
    ...credentialValidity,
    /** One person counts once toward this requirement, however many passes they hold. */
    onePersonOnce: z.boolean().default(true),
    /** The most competencies one person's pass may count toward at once, e.g. 2; without it, any number. */
    competenciesPerPerson: z
      .int('expected a whole number of competencies, e.g. 2')
      .min(1, 'expected at least 1')
      .max(20, 'expected at most 20')
      .optional(),
  })
  .strict();

/** Counting rules of customer references: how recent a reference must be. */
export const ReferencesCountingSchema = z.object(recordWindow).strict();

/** Counting rules of a satisfaction score: the results averaged are those of the window. */
export const SatisfactionCountingSchema = z.object(recordWindow).strict();

/** Fields every requirement has, whatever its kind. */
const base = {
  /** Stable id within the competency, e.g. `references`. The same id at another level or business model names the same measure. */
  id: SlugSchema,
  /** Short label shown in the requirement matrix and as the widget's field label. */
  label: z.string().min(3, 'expected a label of at least 3 characters, e.g. "Customer references"'),
  /** What a partner must be able to show to prove this requirement, e.g. "Signed reference letters". */
  evidence: z.string().min(3, 'expected a sentence naming the evidence, e.g. "Signed reference letters"'),
  /** One or two sentences of guidance shown next to the answer field. */
  help: z.string().min(3, 'expected a sentence of guidance for the partner'),
  /** Relative weight in the level's readiness score; 1 unless this requirement matters more. */
  weight: z
    .number()
    .positive('expected a weight above 0, e.g. 1')
    .max(100, 'expected a weight of at most 100')
    .default(1),
  /** Where the threshold and the evidence text come from: source or illustrative, e.g. { threshold: illustrative, evidence: illustrative }. */
  provenance: RequirementProvenanceSchema.optional(),
};

/** Named training courses that must be completed. Answered with done / not done. */
export const TrainingRequirementSchema = z.object({
  /** Discriminant: completing named courses. */
  kind: z.literal('training'),
  ...base,
  /** The courses that make up the training, e.g. ["Archiving Sales Foundations"]. */
  courses: z.array(z.string().min(3)).min(1, 'expected at least one course name'),
  /** How completed courses count from a partner record, e.g. { validMonths: 24 }. */
  counting: TrainingCountingSchema.optional(),
});

/** A named exam that a number of the partner's staff must pass. Answered with the number who passed. */
export const ExamRequirementSchema = z.object({
  /** Discriminant: passing a named exam. */
  kind: z.literal('exam'),
  ...base,
  /** The exam's name, e.g. "Archiving Technical Specialist". */
  exam: z.string().min(3, 'expected the exam name'),
  /** How many individuals must hold a pass, e.g. 2. */
  people: positiveCount,
  /** How passes count from a partner record, e.g. { validMonths: 24, competenciesPerPerson: 2 }. */
  counting: ExamCountingSchema.optional(),
});

/** Revenue booked in a period. Answered with the amount. */
export const RevenueRequirementSchema = z.object({
  /** Discriminant: a revenue target. */
  kind: z.literal('revenue'),
  ...base,
  /** The target amount in whole currency units, e.g. 150000. */
  amount: z.number('expected a number, e.g. 150000').positive('expected an amount above 0'),
  /** ISO 4217 currency code, e.g. "USD". */
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter currency code, e.g. "USD"'),
  /** Length of the trailing period the revenue is counted over, in months, e.g. 12. */
  periodMonths: z.int('expected a whole number of months, e.g. 12').min(1).max(60),
});

/** Revenue growth over a period. Answered with the percentage achieved. */
export const GrowthRequirementSchema = z.object({
  /** Discriminant: a growth target. */
  kind: z.literal('growth'),
  ...base,
  /** Required growth in percent, e.g. 10 for 10 %. */
  percent: z.number('expected a number, e.g. 10').positive('expected a percentage above 0').max(1000),
  /** The period the growth is measured over, in months, e.g. 12 for year over year. */
  periodMonths: z.int('expected a whole number of months, e.g. 12').min(1).max(60),
});

/** Customer references the partner can name. Answered with the count. */
export const ReferencesRequirementSchema = z.object({
  /** Discriminant: customer references. */
  kind: z.literal('references'),
  ...base,
  /** How many references are needed, e.g. 3. */
  count: positiveCount,
  /** How references count from a partner record, e.g. { withinMonths: 24 }. */
  counting: ReferencesCountingSchema.optional(),
});

/** A customer-satisfaction score on a stated scale. Answered with the score reached. */
export const SatisfactionRequirementSchema = z
  .object({
    /** Discriminant: a customer-satisfaction threshold. */
    kind: z.literal('satisfaction'),
    ...base,
    /** The score that must be reached, e.g. 8. */
    threshold: z.number('expected a number, e.g. 8'),
    /** The scale the score is measured on. */
    scale: z.object({
      /** Lowest possible score, e.g. 0. */
      min: z.number(),
      /** Highest possible score, e.g. 10. */
      max: z.number(),
      /** Name of the survey or measure, e.g. "Customer satisfaction survey". */
      name: z.string().min(3, 'expected the name of the measure, e.g. "Customer satisfaction survey"'),
    }),
    /** Which survey results count from a partner record, e.g. { withinMonths: 12 }. */
    counting: SatisfactionCountingSchema.optional(),
  })
  .refine((r) => r.scale.min < r.scale.max, {
    message: 'expected scale.min to be below scale.max, e.g. min: 0, max: 10',
    path: ['scale', 'max'],
  })
  .refine((r) => r.threshold > r.scale.min && r.threshold <= r.scale.max, {
    message: 'expected the threshold to lie above scale.min and at most scale.max',
    path: ['threshold'],
  });

/** A standing the partner already holds in the program, e.g. Master Specialist. Answered with yes / no. */
export const StatusRequirementSchema = z.object({
  /** Discriminant: holding a prior program status. */
  kind: z.literal('status'),
  ...base,
  /** The status that must be held, e.g. "Master Specialist". */
  status: z.string().min(3, 'expected the status name, e.g. "Master Specialist"'),
});

/** One requirement of a level, discriminated by `kind`. */
export const RequirementSchema = z.discriminatedUnion(
  'kind',
  [
    TrainingRequirementSchema,
    ExamRequirementSchema,
    RevenueRequirementSchema,
    GrowthRequirementSchema,
    ReferencesRequirementSchema,
    SatisfactionRequirementSchema,
    StatusRequirementSchema,
  ],
  {
    error: 'expected kind to be one of: training, exam, revenue, growth, references, satisfaction, status',
  },
);

export type Requirement = z.output<typeof RequirementSchema>;
export type RequirementKind = Requirement['kind'];
export type TrainingRequirement = z.output<typeof TrainingRequirementSchema>;
export type ExamRequirement = z.output<typeof ExamRequirementSchema>;
export type RevenueRequirement = z.output<typeof RevenueRequirementSchema>;
export type GrowthRequirement = z.output<typeof GrowthRequirementSchema>;
export type ReferencesRequirement = z.output<typeof ReferencesRequirementSchema>;
export type SatisfactionRequirement = z.output<typeof SatisfactionRequirementSchema>;
export type StatusRequirement = z.output<typeof StatusRequirementSchema>;
export type TrainingCounting = z.output<typeof TrainingCountingSchema>;
export type ExamCounting = z.output<typeof ExamCountingSchema>;
export type ReferencesCounting = z.output<typeof ReferencesCountingSchema>;
export type SatisfactionCounting = z.output<typeof SatisfactionCountingSchema>;
