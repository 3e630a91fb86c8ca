import { conditionSchema } from './condition.ts';
import { answerIdSchema, slugSchema } from './ids.ts';
import { z } from './zod.ts';

export const optionSchema = z.strictObject({
  value: answerIdSchema.meta({ description: 'The contract value (answers-v1). Never rename.' }),
  label: z.string().min(1),
  help: z.string().min(1).optional(),
});
export type Option = z.output<typeof optionSchema>;

/** The most words a question's always-visible help may have: it must read as one line. */
export const HELP_WORDS = 20;

const common = {
  id: answerIdSchema.meta({ description: 'The contract id (answers-v1). Never rename.' }),
  prompt: z.string().min(1),
  short: z.string().min(1).meta({ description: 'A few words naming the question in reasons and errors, e.g. "company size".' }),
  help: z
    .string()
    .min(1)
    .refine((text) => text.trim().split(/\s+/).length <= HELP_WORDS, {
      message: `must be one line of at most ${HELP_WORDS} words; put the longer explanation in "why"`,
    })
    .meta({ description: `Shown under the question: one line, at most ${HELP_WORDS} words, that helps to answer it.` }),
  why: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Why we ask: the longer explanation, shown on demand in a disclosure under the help.' }),
  showIf: conditionSchema.optional().meta({ description: 'Shown (and scored) only when this holds.' }),
  whatIf: z.literal(false).optional().meta({
    description:
      'false: never offered in "what would change it". For a fact the client cannot change (its industry), where "if you were a bank" is no advice.',
  }),
};

export const singleQuestionSchema = z.strictObject({
  ...common,
  kind: z.literal('single'),
  options: z.array(optionSchema).min(2),
});
export const multiQuestionSchema = z.strictObject({
  ...common,
  kind: z.literal('multi'),
  options: z.array(optionSchema).min(1),
});
export const numberQuestionSchema = z.strictObject({
  ...common,
  kind: z.literal('number'),
  min: z.number().int(),
  max: z.number().int(),
  unit: z.string().min(1),
  placeholder: z.string().optional(),
});
export const scaleQuestionSchema = z.strictObject({
  ...common,
  kind: z.literal('scale'),
  min: z.number().int(),
  max: z.number().int(),
  labels: z.array(z.string().min(1)).min(2).meta({ description: 'One label per point, from min to max.' }),
});

export const questionSchema = z.discriminatedUnion('kind', [
  singleQuestionSchema,
  multiQuestionSchema,
  numberQuestionSchema,
  scaleQuestionSchema,
]);
export type Question = z.output<typeof questionSchema>;
export type ChoiceQuestion = z.output<typeof singleQuestionSchema> | z.output<typeof multiQuestionSchema>;

/** A section is one step of the wizard; its file order is given by `order`. */
export const sectionSchema = z.strictObject({
  id: slugSchema,
  order: z.number().int().min(1),
  title: z.string().min(1),
  intro: z.string().min(1),
  optional: z
    .boolean()
    .optional()
    .meta({ description: 'Depth for those who want it: its open questions never lower confidence (their answers still count).' }),
  questions: z.array(questionSchema).min(1),
});
export type Section = z.output<typeof sectionSchema>;
