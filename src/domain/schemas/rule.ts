import { conditionSchema } from './condition.ts';
import { modelIdSchema, slugSchema } from './ids.ts';
import { z } from './zod.ts';

export const effectSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('points'),
    model: modelIdSchema,
    points: z
      .number()
      .int()
      .min(-60)
      .max(60)
      .refine((n) => n !== 0, 'points must not be 0'),
  }),
  z.strictObject({ kind: z.literal('risk'), model: modelIdSchema, risk: slugSchema }),
  z.strictObject({ kind: z.literal('kpi'), model: modelIdSchema, kpi: slugSchema }),
  z.strictObject({
    kind: z.literal('note'),
    model: modelIdSchema,
    title: z.string().min(1),
    text: z.string().min(1),
  }),
]);
export type Effect = z.output<typeof effectSchema>;

export const ruleSchema = z.strictObject({
  id: slugSchema,
  title: z.string().min(1).meta({ description: 'The rule in plain words, for the methodology page.' }),
  when: conditionSchema,
  role: z.enum(['driver', 'fit', 'constraint']).default('driver').meta({
    description:
      'driver: evidence of a need (or of none); fit: whether the model is the right vehicle for it (scale, kind of work); constraint: a limit that shapes the deal (control, data, budget, horizon). Constraints lower confidence when they pull against a recommended model.',
  }),
  effects: z.array(effectSchema).min(1),
  because: z.string().min(1).meta({
    description:
      'The reason shown to the user. {answer} is the answer to the first question the rule reads; {answer:question_id} names another.',
  }),
});
export type Rule = z.output<typeof ruleSchema>;
export type RuleRole = Rule['role'];

/** A rules file groups the rules of one topic. */
export const ruleFileSchema = z.strictObject({
  topic: z.string().min(1),
  rules: z.array(ruleSchema).min(1),
});
export type RuleFile = z.output<typeof ruleFileSchema>;
