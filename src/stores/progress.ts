import { atom, computed } from 'nanostores';
import type { AnswerValue, Answers } from '../domain/answers/answers.ts';
import { parseNumberInput, type NumberInput } from '../domain/answers/parse-number-input.ts';
import { emptyProgress, PROGRESS_VERSION, type SavedProgress, type StepId } from '../domain/progress/progress.ts';
import type { ScoringContent } from '../domain/content.ts';
import type { Question } from '../domain/schemas/question.ts';

/** The questionnaire in progress: answers, typed drafts, the current step and finished sections. */
export const $progress = atom<SavedProgress>({
  v: PROGRESS_VERSION,
  answers: {},
  drafts: {},
  step: '',
  done: [],
  meta: {},
  updatedAt: null,
});

export const $answers = computed($progress, (p): Answers => p.answers);

function update(change: Partial<SavedProgress>): void {
  $progress.set({ ...$progress.get(), ...change, updatedAt: new Date().toISOString() });
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** Sets one answer; undefined means "not sure". */
export function setAnswer(id: string, value: AnswerValue | undefined): void {
  const { answers, drafts } = $progress.get();
  update({ answers: value === undefined ? without(answers, id) : { ...answers, [id]: value }, drafts: without(drafts, id) });
}

/**
 * Takes the text typed into a number field: a valid number becomes the answer; empty text means
 * "not sure"; anything else is kept as a draft (shown back, never scored) and explained.
 */
export function setNumberText(question: Question & { kind: 'number' }, text: string): NumberInput {
  const read = parseNumberInput(text, question);
  if (read.status === 'invalid') {
    const { answers, drafts } = $progress.get();
    update({ answers: without(answers, question.id), drafts: { ...drafts, [question.id]: text } });
  } else {
    setAnswer(question.id, read.status === 'valid' ? read.value : undefined);
  }
  return read;
}

export function goToStep(step: StepId): void {
  if ($progress.get().step !== step) update({ step });
}

/** Marks a section finished and moves to the next step. */
export function finishStep(section: string, next: StepId, sectionOrder: readonly string[]): void {
  const done = new Set([...$progress.get().done, section]);
  update({ step: next, done: sectionOrder.filter((id) => done.has(id)) });
}

/** Replaces the whole progress, e.g. with answers opened from a share link. */
export function replaceProgress(progress: SavedProgress): void {
  $progress.set(progress);
}

/** Clears every answer and returns to the first step. */
export function startOver(content: ScoringContent): void {
  $progress.set(emptyProgress(content));
}
