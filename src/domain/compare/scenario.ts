import type { AnswerFile } from '../answers/answers.ts';

/** One recommendation to compare: its answers and names, and a label such as "after growth" ("" for none). */
export interface Scenario {
  readonly label: string;
  readonly file: AnswerFile;
}

/** How many scenarios a comparison shows side by side. */
export const MIN_SCENARIOS = 2;
export const MAX_SCENARIOS = 4;
