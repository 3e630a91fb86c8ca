import type { Answers, AnswerValue } from '../answers/answers.ts';
import type { Condition, Fact } from '../schemas/condition.ts';
import { factTruth, TRUE } from './evaluate.ts';

/** One fact of a rule as it was evaluated: the explanation of a reason. */
export interface FactTrace {
  readonly question: string;
  readonly op: Fact['op'];
  readonly expected?: string | number | readonly string[];
  readonly actual: AnswerValue | undefined;
  readonly result: boolean;
}

/** Every fact in the condition, in document order, with the answer it read and its result. */
export function traceFacts(condition: Condition, answers: Answers): FactTrace[] {
  if ('all' in condition) return condition.all.flatMap((c) => traceFacts(c, answers));
  if ('any' in condition) return condition.any.flatMap((c) => traceFacts(c, answers));
  if ('not' in condition) return traceFacts(condition.not, answers);
  const actual = answers[condition.question];
  const trace: FactTrace = {
    question: condition.question,
    op: condition.op,
    actual,
    result: factTruth(condition, actual) === TRUE,
    ...('value' in condition ? { expected: condition.value } : {}),
  };
  return [trace];
}
