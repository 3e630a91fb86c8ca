import type { AnswerValue } from '../domain/answers/answers.ts';
import { parseNumberInput, type NumberInput } from '../domain/answers/parse-number-input.ts';
import type { ScoringContent } from '../domain/content.ts';

// The cost view's edits, loaded with the cost view on the first opening of "What it would cost".
// They write through `write` (setResultAnswer in result-answers.ts, handed over by the page's own
// chunk) rather than importing the results stores: a module shared by the page's chunk and a
// lazily loaded one becomes a file of its own, and each extra file costs the page gzip overhead
// in its JavaScript budget.

/** Writes one answer of those on screen; null removes it. */
export type AnswerWriter = (id: string, value: AnswerValue | null) => void;

/**
 * Takes the text typed into an assumption's field (or a figure of the questionnaire's): a valid
 * whole number in the question's range becomes the answer; empty text removes the answer, so the
 * published benchmark (or nothing) is used again; anything else leaves the answers as they were
 * and is returned to be explained beside the field.
 */
export function setCostFigure(content: ScoringContent, id: string, text: string, write: AnswerWriter): NumberInput {
  const question = content.questions.find((q) => q.id === id);
  if (question?.kind !== 'number') return { status: 'invalid', message: 'This figure cannot be changed here.' };
  const read = parseNumberInput(text, question);
  if (read.status === 'valid') write(id, read.value);
  else if (read.status === 'empty') write(id, null);
  return read;
}

/** Chooses the currency every money figure is read in (an option of the `currency` question), or none (''). */
export function setCurrency(content: ScoringContent, value: string, write: AnswerWriter): void {
  const question = content.questions.find((q) => q.id === 'currency');
  if (value === '') write('currency', null);
  else if (question?.kind === 'single' && question.options.some((o) => o.value === value)) write('currency', value);
}
