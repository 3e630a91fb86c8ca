import { conditionSchema } from './condition.ts';
import { answerIdSchema, slugSchema } from './ids.ts';
import { z } from './zod.ts';

const because = z.string().min(1).meta({
  description:
    'Why it applies, in words. {answer:question_id} puts in that answer; {matched:question_id} only the chosen options the condition names.',
});

/**
 * The shape of engagement an advisor would propose for a recommended model (project RPO, payroll-only
 * HRO, a dedicated onshore team). The first whose `when` holds applies; the last has no `when`.
 */
export const shapeSchema = z.strictObject({
  id: slugSchema,
  name: z.string().min(1),
  text: z.string().min(1).meta({ description: 'What the engagement looks like, in one or two sentences.' }),
  when: conditionSchema.optional(),
  because,
});
export type Shape = z.output<typeof shapeSchema>;

/** A sentence for the summary about one model, chosen by its standing and, optionally, the answers. */
export const standingLineSchema = z.strictObject({
  standing: z.enum(['recommended', 'not_recommended', 'undecided']),
  when: conditionSchema.optional(),
  text: z.string().min(1).meta({ description: 'May use {answer:question_id} and {matched:question_id}.' }),
});
export type StandingLine = z.output<typeof standingLineSchema>;

/** A vehicle other than the four models (a search firm, an agency, a PEO or EOR, a consulting project). */
export const alternativeSchema = z.strictObject({
  id: answerIdSchema.meta({ description: 'A public id in the recommendation JSON, e.g. executive_search. Never rename.' }),
  name: z.string().min(1),
  text: z.string().min(1).meta({ description: 'What it is and when it beats the four models.' }),
  when: conditionSchema,
  because,
});
export type Alternative = z.output<typeof alternativeSchema>;

export const alternativeFileSchema = z.strictObject({ alternatives: z.array(alternativeSchema).min(1) });
export type AlternativeFile = z.output<typeof alternativeFileSchema>;
