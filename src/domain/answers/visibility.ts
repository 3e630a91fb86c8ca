import type { ScoringContent } from '../content.ts';
import { compileContent } from '../engine/compile.ts';
import { TRUE, type AnswerVector } from '../engine/evaluate.ts';
import type { Answers, AnswerValue } from './answers.ts';

export interface Visibility {
  /** The answers the engine scores: answers to hidden questions removed. */
  readonly effective: Answers;
  /** The same, in questionnaire order. */
  readonly vector: AnswerVector;
  /** Every answer as given, hidden or not, in questionnaire order. */
  readonly all: AnswerVector;
  /** Ids of questions whose conditions are not met, in questionnaire order. */
  readonly hidden: readonly string[];
  /** The same by position: true where the question is hidden. */
  readonly hiddenAt: readonly boolean[];
  /** Hidden questions that still had an answer: kept by the caller, not scored. */
  readonly dropped: readonly string[];
}

function effectiveAnswers(ids: readonly string[], vector: AnswerVector): Answers {
  const effective: Record<string, AnswerValue> = {};
  vector.forEach((value, index) => {
    if (value !== undefined) effective[ids[index] ?? ''] = value;
  });
  return effective;
}

/** Works out which questions are shown, and so which answers count. */
export function resolveVisibility(content: ScoringContent, answers: Answers): Visibility {
  const { showTests, questionIds } = compileContent(content);
  const all = questionIds.map((id) => answers[id]);
  const vector = [...all];
  const hidden: string[] = [];
  const hiddenAt: boolean[] = [];
  const dropped: string[] = [];
  for (let index = 0; index < questionIds.length; index++) {
    const test = showTests[index];
    const hides = test !== null && test !== undefined && test(vector) !== TRUE;
    hiddenAt.push(hides);
    if (hides) {
      const id = questionIds[index] ?? '';
      vector[index] = undefined;
      hidden.push(id);
      if (all[index] !== undefined) dropped.push(id);
    }
  }
  let effective: Answers | undefined;
  return {
    // Built when first read: the engine reads the vector.
    get effective(): Answers {
      return (effective ??= effectiveAnswers(questionIds, vector));
    },
    vector,
    all,
    hidden,
    hiddenAt,
    dropped,
  };
}
