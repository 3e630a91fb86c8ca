import { answerIdSchema, modelIdSchema } from './ids.ts';
import { verdictSchema } from './verdict.ts';
import { z } from './zod.ts';

/** Where an advisor's reasoning comes from: one of the seed articles, or a named public source. */
const caseSourceSchema = z.union([
  z.strictObject({ seed: z.string().regex(/^\d{3}_[0-9a-f]{16}$/), point: z.string().min(10) }),
  z.strictObject({
    publisher: z.string().min(1),
    title: z.string().min(1),
    year: z.number().int().min(1990).max(2100),
    url: z.url(),
    point: z.string().min(10),
  }),
]);

/**
 * One client case in content/casebook/: answers (the answer contract, checked separately by
 * parseAnswerFile), the verdict, set and alternatives an experienced advisor expects, and why.
 */
export const casebookCaseSchema = z
  .strictObject({
    title: z.string().min(5),
    situation: z.string().min(40),
    hard: z.boolean(),
    hardBecause: z.string().min(20).optional(),
    answers: z.record(z.string(), z.unknown()),
    expect: z.strictObject({
      verdict: verdictSchema,
      models: z.array(modelIdSchema),
      alternatives: z.array(answerIdSchema),
    }),
    reasoning: z.string().min(80),
    sources: z.array(caseSourceSchema).min(1),
  })
  .refine((c) => c.hard === (c.hardBecause !== undefined), { message: 'hardBecause is required exactly when hard is true' })
  .refine((c) => (c.expect.verdict === 'outsource') === c.expect.models.length > 0, {
    message: 'expect.models is empty unless the verdict is "outsource"',
  });
export type CasebookCase = z.output<typeof casebookCaseSchema>;
