import type { AnswerFile, Answers } from '../answers/answers.ts';
import type { ScoringContent } from '../content.ts';
import { PROGRESS_VERSION, REVIEW_STEP, type SavedProgress } from './progress.ts';

/**
 * Answers opened from a link, as saved progress: every section finished and the review on screen,
 * so the questionnaire opens on "Check your answers" with each answer one click from its edit.
 */
export function progressFromFile(content: ScoringContent, file: AnswerFile, updatedAt: string | null = null): SavedProgress {
  return {
    v: PROGRESS_VERSION,
    answers: file.answers,
    drafts: {},
    step: REVIEW_STEP,
    done: content.sections.map((s) => s.id),
    meta: file.meta,
    updatedAt,
  };
}

/** True when both hold the same answer to every question (list answers compared as sets). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const id of ids) {
    const x = a[id];
    const y = b[id];
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || !x.every((v) => y.includes(v))) return false;
    } else if (x !== y) return false;
  }
  return true;
}
