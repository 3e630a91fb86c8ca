import type { Question, Section } from '../schemas/question.ts';
import { stepIds } from './progress.ts';

/**
 * How long the questionnaire takes, measured on its content. Reading speed for plain, practical
 * text on screen is commonly put at 200 to 250 words a minute; the slower end allows for weighing
 * each option. Opened "why we ask" text is not counted: it is read by choice.
 */
export const READING_WORDS_PER_MINUTE = 200;
/** Deciding and clicking (or typing a number) once a question has been read. */
export const SECONDS_PER_ANSWER = 6;
/** Looking over one answer on the last step, "Check your answers". */
export const SECONDS_PER_REVIEWED_ANSWER = 2;

export interface QuestionnaireLength {
  /** The core questions: those of the sections that are not optional. */
  readonly questions: number;
  /** The questions of the optional sections (depth for those who want it). */
  readonly optionalQuestions: number;
  /** Whole minutes, rounded up, for the optional sections on their own. */
  readonly optionalMinutes: number;
  /** Every section, then the check of your answers: the same count as "Step N of M". */
  readonly steps: number;
  /** The words always on screen: section intros, prompts, help lines, option labels and their help. */
  readonly words: number;
  /** Whole minutes, rounded up, to read, answer and check every core question. */
  readonly minutes: number;
}

/** The size of the questionnaire and the time it takes, for the page that introduces it. */
export function measureQuestionnaire(sections: readonly Section[]): QuestionnaireLength {
  const core = measure(sections.filter((section) => section.optional !== true));
  const optional = measure(sections.filter((section) => section.optional === true));
  return {
    questions: core.questions,
    optionalQuestions: optional.questions,
    optionalMinutes: Math.ceil(optional.seconds / 60),
    steps: stepIds({ sections }).length,
    words: core.words,
    minutes: Math.ceil(core.seconds / 60),
  };
}

/** The length of a few questions asked on one page under one intro (the quick check), measured the same way. */
export function measureQuestions(
  questions: readonly Question[],
  intro: string,
): Pick<QuestionnaireLength, 'questions' | 'words' | 'minutes'> {
  const { words, seconds } = measureList([intro], questions);
  return { questions: questions.length, words, minutes: Math.ceil(seconds / 60) };
}

function measure(sections: readonly Section[]): { questions: number; words: number; seconds: number } {
  return measureList(
    sections.map((section) => section.intro),
    sections.flatMap((section) => section.questions),
  );
}

function measureList(intros: readonly string[], questions: readonly Question[]): { questions: number; words: number; seconds: number } {
  const words = intros.reduce((sum, intro) => sum + countWords(intro), 0) + questions.reduce((sum, q) => sum + wordsOf(q), 0);
  const seconds = (words / READING_WORDS_PER_MINUTE) * 60 + questions.length * (SECONDS_PER_ANSWER + SECONDS_PER_REVIEWED_ANSWER);
  return { questions: questions.length, words, seconds };
}

function wordsOf(question: Question): number {
  const own = countWords(question.prompt) + countWords(question.help);
  if (question.kind === 'number') return own + countWords(question.unit);
  if (question.kind === 'scale') return own + question.labels.reduce((sum, label) => sum + countWords(label), 0);
  return own + question.options.reduce((sum, option) => sum + countWords(option.label) + countWords(option.help ?? ''), 0);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}
