/** The milestones of the tender timeline, in date order; `{date:key|Label}` in content names one. */
export const TIMELINE_KEYS = ['issue', 'questions-due', 'answers-published', 'proposals-due', 'shortlist', 'award', 'start'] as const;
export type TimelineKey = (typeof TIMELINE_KEYS)[number];

/** The evaluation criteria; the content names and describes each, the answers weigh them. */
export const CRITERIA = [
  'service-fit',
  'experience',
  'cost',
  'data-security',
  'compliance',
  'transition',
  'technology',
  'partnership',
] as const;
export type CriterionId = (typeof CRITERIA)[number];

/** The two documents the content can describe: a tender, or the note that there is nothing to tender yet. */
export const RFP_DOCUMENT_KINDS = ['tender', 'nothing-to-tender'] as const;
export type RfpDocumentKind = (typeof RFP_DOCUMENT_KINDS)[number];

export function isTimelineKey(key: string): key is TimelineKey {
  return (TIMELINE_KEYS as readonly string[]).includes(key);
}
