/** One answer: an option value, a list of option values, or a whole number (answers-v1). */
export type AnswerValue = string | readonly string[] | number;

/** Answers by question id. A missing id means "not answered / not sure". */
export type Answers = Readonly<Record<string, AnswerValue>>;

/** Who the recommendation is for and by; never scored. */
export interface Meta {
  readonly client?: string;
  readonly preparedBy?: string;
}

/** The answer file of answers-v1: what the CLI reads, links carry and the browser saves. */
export interface AnswerFile {
  readonly answers: Answers;
  readonly meta: Meta;
}

export const META_MAX_LENGTH = 120;
