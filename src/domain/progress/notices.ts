import type { FriendlyError } from '../errors.ts';

/** Something the user should know about their saved progress: what happened and what was kept. */
export type ProgressNotice = FriendlyError;

function progressNotice(code: string, title: string, message: string, field?: string): ProgressNotice {
  return { code, title, message, hint: 'You can carry on: your answers are saved again as you go.', ...(field ? { field } : {}) };
}

export function unreadableNotice(): ProgressNotice {
  return progressNotice(
    'progress-unreadable',
    'Your saved answers could not be read',
    'The progress saved in this browser is damaged, so the questionnaire starts again from the beginning.',
  );
}

/** The saved format is newer than this page, or not one it knows. */
export function versionNotice(version: unknown): ProgressNotice {
  const newer = typeof version === 'number' && version > 1;
  return progressNotice(
    newer ? 'progress-newer' : 'progress-unknown-version',
    newer ? 'Your answers were saved by a newer version' : 'Your saved answers are in a format this page does not know',
    'The answers this page can read are kept; please check them.',
  );
}

/** One saved answer could not be used; `name` says which question, in words. */
export function droppedAnswerNotice(field: string, name: string): ProgressNotice {
  return progressNotice(
    'progress-answer-dropped',
    'A saved answer was removed',
    `Your saved answer about ${name} could not be used, so it is back to "not sure". Your other answers are kept.`,
    field,
  );
}
