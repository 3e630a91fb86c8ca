import { modelIdSchema, slugSchema } from './ids.ts';
import { verdictSchema } from './verdict.ts';
import { z } from './zod.ts';

/** A named set of models (or none: keep it in-house) with the words the results use for it. */
export const combinationSchema = z.strictObject({
  id: slugSchema,
  models: z.array(modelIdSchema).meta({ description: 'In contract order HRO, RPO, BPO, KPO; empty for in-house and undetermined.' }),
  verdict: verdictSchema.default('outsource').meta({
    description: 'outsource for a set of models; in_house or undetermined for the two ways of recommending none.',
  }),
  label: z.string().min(1),
  headline: z.string().min(1),
  description: z.string().min(1),
  notes: z.array(z.string().min(1)),
});
export type Combination = z.output<typeof combinationSchema>;
