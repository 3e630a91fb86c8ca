import { z } from './zod.ts';

/** What the recommendation says overall: buy something, keep it in-house, or not enough to go on yet. */
export const verdictSchema = z.enum(['outsource', 'in_house', 'undetermined']);
export type Verdict = z.output<typeof verdictSchema>;
