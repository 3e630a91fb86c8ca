import type { Answers } from '../answers/answers.ts';
import type { Change } from './recommendation.ts';

/** The answers with one "what would change it" entry applied: its value given, or the answer cleared ("not sure"). */
export function withChange(answers: Answers, change: Pick<Change, 'question' | 'value'>): Answers {
  const changed = { ...answers };
  if (change.value === null) delete changed[change.question];
  else changed[change.question] = change.value;
  return changed;
}
