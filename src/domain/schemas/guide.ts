import { modelIdSchema, slugSchema } from './ids.ts';
import { z } from './zod.ts';

/** Front matter of a guide in content/guides/ (Markdown). The file name is the slug. */
export const guideSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(20).max(200).meta({ description: 'One or two sentences for the page description and the guide list.' }),
  kind: z.enum(['model', 'comparison', 'topic']),
  order: z.number().int().min(1),
  models: z.array(modelIdSchema).default([]).meta({ description: 'The models the guide is about.' }),
  related: z.array(slugSchema).default([]).meta({ description: 'Slugs of other guides to link at the end.' }),
});
export type Guide = z.output<typeof guideSchema>;
