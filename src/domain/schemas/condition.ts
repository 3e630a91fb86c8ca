import { answerIdSchema } from './ids.ts';
import { z } from './zod.ts';

const question = answerIdSchema.meta({ description: 'Id of the question this test reads.' });

/** One test of one answer. A fact about an unanswered (or hidden) question is false, except `unanswered`. */
export const factSchema = z.discriminatedUnion('op', [
  z.strictObject({ question, op: z.literal('eq'), value: z.union([z.string(), z.number()]) }),
  z.strictObject({ question, op: z.literal('ne'), value: z.union([z.string(), z.number()]) }),
  z.strictObject({ question, op: z.literal('in'), value: z.array(z.string()).min(1) }),
  z.strictObject({ question, op: z.literal('notIn'), value: z.array(z.string()).min(1) }),
  z.strictObject({ question, op: z.literal('gt'), value: z.number() }),
  z.strictObject({ question, op: z.literal('gte'), value: z.number() }),
  z.strictObject({ question, op: z.literal('lt'), value: z.number() }),
  z.strictObject({ question, op: z.literal('lte'), value: z.number() }),
  z.strictObject({ question, op: z.literal('includes'), value: z.string() }),
  z.strictObject({ question, op: z.literal('includesAny'), value: z.array(z.string()).min(1) }),
  z.strictObject({ question, op: z.literal('countGte'), value: z.number().int().min(0) }),
  z.strictObject({ question, op: z.literal('countLte'), value: z.number().int().min(0) }),
  z.strictObject({ question, op: z.literal('answered') }),
  z.strictObject({ question, op: z.literal('unanswered') }),
]);
export type Fact = z.output<typeof factSchema>;
export type FactOp = Fact['op'];

export type Condition = Fact | { all: Condition[] } | { any: Condition[] } | { not: Condition };

/** Structured conditions: `all`, `any`, `not`, or a single fact. Never a string expression. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    factSchema,
  ]),
);
