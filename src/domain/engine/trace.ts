import type { AnswerValue } from '../answers/answers.ts';
import type { Fact } from '../schemas/condition.ts';
import { factTruth, TRUE } from './evaluate.ts';

/** One fact of a rule as it was evaluated: the explanation of a reason. */
export interface FactTrace {
  readonly question: string;
  readonly op: Fact['op'];
  readonly expected?: string | number | readonly string[];
  readonly actual: AnswerValue | undefined;
  readonly result: boolean;
}

/** One fact with the answer it read (`actual`, the answer to fact.question) and its result. */
export function traceFact(fact: Fact, actual: AnswerValue | undefined): FactTrace {
  const result = factTruth(fact, actual) === TRUE;
  // Built field by field (no spread): a recommendation traces every fact of every reason.
  return 'value' in fact
    ? { question: fact.question, op: fact.op, expected: fact.value, actual, result }
    : { question: fact.question, op: fact.op, actual, result };
}
