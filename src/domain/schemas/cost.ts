import { answerIdSchema, modelIdSchema } from './ids.ts';
import { z } from './zod.ts';

/**
 * Where a published figure comes from. `sponsor` says who paid for the study, so a reader can
 * weigh it: `vendor` (a provider selling the service), `industry` (a trade or professional body,
 * or an analyst paid by the industry), `independent` (government, academic, or no sponsor).
 */
export const costSourceSchema = z.strictObject({
  publisher: z.string().min(1),
  title: z.string().min(1),
  year: z.number().int().min(1990).max(2100),
  url: z.url({ protocol: /^https$/ }).optional(),
  sponsor: z.enum(['vendor', 'industry', 'independent']),
  sponsorNote: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Who sponsored it, when that is not the publisher (e.g. "sponsored by ADP, a payroll provider").' }),
});
export type CostSource = z.output<typeof costSourceSchema>;

/** A published figure or range: `low` <= `typical` <= `high`, in the assumption's unit. */
const benchmarkSchema = z
  .strictObject({
    low: z.number().min(0),
    typical: z.number().min(0),
    high: z.number().min(0),
    currency: z
      .string()
      .regex(/^[a-z]{3}$/)
      .optional()
      .meta({ description: 'For money: the currency the source reports in (answer value of `currency`, e.g. "usd"). Never converted.' }),
    source: costSourceSchema,
    note: z.string().min(1).meta({ description: 'What the figure measures and how we use it, in one or two sentences.' }),
  })
  .refine((b) => b.low <= b.typical && b.typical <= b.high, { message: 'needs low <= typical <= high' });
export type Benchmark = z.output<typeof benchmarkSchema>;

/**
 * One assumption of the cost view. Its `id` is also a number question of the answer contract (v2)
 * that holds the user's own figure, so an edited assumption travels in the link and the answer file.
 * With no `benchmark`, no public figure exists: the field asks for the user's own figure.
 */
export const costAssumptionSchema = z.strictObject({
  id: answerIdSchema,
  label: z.string().min(1),
  unit: z.enum(['money', 'percent', 'days', 'years']),
  models: z.array(modelIdSchema).min(1).meta({ description: 'The models whose cost uses it.' }),
  benchmark: benchmarkSchema.optional(),
  help: z.string().min(1).meta({ description: 'One line: what to enter.' }),
});
export type CostAssumption = z.output<typeof costAssumptionSchema>;

export const costFileSchema = z.strictObject({
  assumptions: z.array(costAssumptionSchema).min(1),
});
export type CostFile = z.output<typeof costFileSchema>;
