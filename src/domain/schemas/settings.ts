import { z } from './zod.ts';

/** The numbers that turn scores into a recommendation. */
export const scoringSettingsSchema = z
  .strictObject({
    recommendAt: z.number().int().min(1).max(100).meta({ description: 'A model is recommended at this score or above.' }),
    clearMargin: z
      .number()
      .int()
      .min(1)
      .max(50)
      .meta({ description: 'Every model at least this far from the threshold makes a clear call.' }),
    closeMargin: z.number().int().min(0).max(50).meta({ description: 'A model closer than this to the threshold makes a close call.' }),
    undeterminedAt: z.number().int().min(1).max(4).meta({
      description:
        'With no model recommended, this many undecided models (need still open, range reaching the line) make the verdict "undetermined" rather than "in_house".',
    }),
    maxUnansweredForHigh: z.number().min(0).max(1),
    maxUnansweredForMedium: z.number().min(0).max(1),
  })
  .refine((s) => s.closeMargin < s.clearMargin, { message: 'closeMargin must be smaller than clearMargin' })
  .refine((s) => s.maxUnansweredForHigh <= s.maxUnansweredForMedium, {
    message: 'maxUnansweredForHigh must not exceed maxUnansweredForMedium',
  });
export type ScoringSettings = z.output<typeof scoringSettingsSchema>;
