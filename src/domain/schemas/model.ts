import { shapeSchema, standingLineSchema } from './advice.ts';
import { answerIdSchema, modelIdSchema, slugSchema } from './ids.ts';
import { z } from './zod.ts';

export const kpiSchema = z.strictObject({
  id: slugSchema,
  name: z.string().min(1),
  definition: z.string().min(1),
  howMeasured: z.string().min(1),
});
export type Kpi = z.output<typeof kpiSchema>;

export const riskSchema = z.strictObject({
  id: slugSchema,
  title: z.string().min(1),
  description: z.string().min(1),
  mitigation: z.string().min(1),
  always: z.boolean().meta({ description: 'Applies whenever the model is recommended, not only when a rule raises it.' }),
});
export type Risk = z.output<typeof riskSchema>;

export const pricingSchema = z.strictObject({
  id: slugSchema,
  name: z.string().min(1),
  description: z.string().min(1),
});
export type Pricing = z.output<typeof pricingSchema>;

export const scopeNoteSchema = z.strictObject({ title: z.string().min(1), text: z.string().min(1) });
export type ScopeNote = z.output<typeof scopeNoteSchema>;

export const modelSchema = z.strictObject({
  id: modelIdSchema,
  name: z.string().min(1),
  summary: z.string().min(1).meta({ description: 'One sentence: what the model is.' }),
  description: z.string().min(1),
  typicalScope: z.array(z.string().min(1)).min(1),
  bestFor: z.array(z.string().min(1)).min(1),
  contractLength: z.string().min(1),
  technology: z.string().min(1),
  kpis: z.array(kpiSchema).min(1),
  pricing: z.array(pricingSchema).min(1),
  risks: z.array(riskSchema).min(1),
  scopeNotes: z.array(scopeNoteSchema),
  guide: slugSchema.meta({ description: 'Slug of the guide in content/guides/.' }),
  needQuestions: z.array(answerIdSchema).min(1).meta({
    description:
      'The questions that show whether the need is there. While one is unanswered and the score could still reach the line, the engine will not call the model out.',
  }),
  shapes: z.array(shapeSchema).min(1),
  standing: z.array(standingLineSchema).min(3),
});
export type Model = z.output<typeof modelSchema>;
