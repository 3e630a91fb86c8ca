import type { Answers, Meta } from '../answers/answers.ts';
import type { ScoringContent } from '../content.ts';

/** The version of the saved-progress format that encodeProgress writes. */
export const PROGRESS_VERSION = 1;

/** The step after the last section: every answer listed before the recommendation. */
export const REVIEW_STEP = 'review';

/** A step of the questionnaire: a section id, or REVIEW_STEP. */
export type StepId = string;

/** Questionnaire progress as the browser saves it (format version 1). */
export interface SavedProgress {
  readonly v: typeof PROGRESS_VERSION;
  readonly answers: Answers;
  /** Text typed into a number field that is not a valid answer yet, by question id; never scored. */
  readonly drafts: Readonly<Record<string, string>>;
  readonly step: StepId;
  /** Sections the user has finished (moved on from with Next), in questionnaire order. */
  readonly done: readonly string[];
  readonly meta: Meta;
  /** When the progress last changed, as an ISO 8601 time; null when unknown. */
  readonly updatedAt: string | null;
}

/** Nothing answered yet, on the first step. */
export function emptyProgress(content: ScoringContent): SavedProgress {
  return {
    v: PROGRESS_VERSION,
    answers: {},
    drafts: {},
    step: content.sections[0]?.id ?? REVIEW_STEP,
    done: [],
    meta: {},
    updatedAt: null,
  };
}

/** Every step in order: the sections, then the review. The one list every step count comes from. */
export function stepIds(content: Pick<ScoringContent, 'sections'>): StepId[] {
  return [...content.sections.map((s) => s.id), REVIEW_STEP];
}
