import type { AnswerFile } from '../domain/answers/answers.ts';
import type { ScoringContent } from '../domain/content.ts';
import type { FriendlyError } from '../domain/errors.ts';
import { progressFromFile, sameAnswers } from '../domain/progress/from-answer-file.ts';
import type { SavedProgress, StepId } from '../domain/progress/progress.ts';
import { browserStorage, loadSavedProgress, saveProgress, type StorageLike } from './persistence.ts';

// The results page loads this module only when it needs this browser's saved answers: opened
// without a link, or on the first "Edit" click. A shared link, the common case, never loads it,
// so it takes what it needs as arguments instead of importing the results stores.

/** The answers saved in this browser, and what reading them ran into. */
export interface SavedRead {
  /** The answers and names that could be read; null when nothing has been answered (or nothing could be read). */
  readonly file: AnswerFile | null;
  /** What the visitor should be told: progress damaged, answers dropped (each named), storage blocked. */
  readonly notices: readonly FriendlyError[];
}

/** Reads the answers and names saved in this browser by the questionnaire, keeping every part it can. Never throws. */
export function readSaved(content: ScoringContent, storage: StorageLike | null = browserStorage()): SavedRead {
  const { progress, notices } = loadSavedProgress(content, storage);
  const started = Object.keys(progress.answers).length > 0 || progress.done.length > 0;
  return { file: started ? { answers: progress.answers, meta: progress.meta } : null, notices };
}

/**
 * The answers and names saved in this browser by the questionnaire, or null when nothing has been
 * answered yet (or storage is blocked or unreadable). Never throws.
 */
export function readSavedAnswers(content: ScoringContent, storage: StorageLike | null = browserStorage()): AnswerFile | null {
  return readSaved(content, storage).file;
}

/** What opening the answers on screen in the questionnaire did: saved them, must ask first, or could not save. */
export type EditOutcome = 'saved' | 'ask' | FriendlyError;

const NOT_SAVED: FriendlyError = {
  code: 'edit-not-saved',
  title: 'These answers cannot be opened in the questionnaire here',
  message: 'This browser does not let the site save answers, and the questionnaire reads them from there.',
  hint: 'The link on this page still holds every answer.',
};

function save(content: ScoringContent, progress: SavedProgress, storage: StorageLike | null): EditOutcome {
  return saveProgress(content, progress, storage) ? NOT_SAVED : 'saved';
}

/**
 * Makes the answers on screen this browser's saved progress, so the questionnaire shows them on
 * `step` (by default: the review for new answers, where the visitor was for the same answers).
 * Different answers saved already are never replaced here: the result is 'ask'. The same answers
 * keep the rest of their progress and only take the names on screen.
 */
export function startEdit(
  content: ScoringContent,
  file: AnswerFile,
  step: StepId | null = null,
  storage: StorageLike | null = browserStorage(),
): EditOutcome {
  const saved = loadSavedProgress(content, storage).progress;
  const hasOwn = Object.keys(saved.answers).length > 0 || Object.keys(saved.drafts).length > 0;
  const same = sameAnswers(saved.answers, file.answers);
  if (hasOwn && !same) return 'ask';
  if (!same || (!hasOwn && saved.done.length === 0)) return replaceSaved(content, file, step, storage);
  return save(content, { ...saved, meta: file.meta, step: step ?? saved.step }, storage);
}

/** The visitor agreed: replaces their saved answers with those on screen, opening on `step` (by default the review). */
export function replaceSaved(
  content: ScoringContent,
  file: AnswerFile,
  step: StepId | null = null,
  storage: StorageLike | null = browserStorage(),
): EditOutcome {
  const progress = progressFromFile(content, file, new Date().toISOString());
  return save(content, step ? { ...progress, step } : progress, storage);
}
