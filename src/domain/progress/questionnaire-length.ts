import type { Question, Section } from '../schemas/question.ts';
import { stepIds } from './progress.ts';

/**
 * How long the questionnaire takes, measured on its content. Adults read English non-fiction
 * silently at 238 words a minute on average (Brysbaert, "How many words do we read per minute? A
 * review and meta-analysis of reading rate", Journal of Memory and Language, 2019: 190 studies);
 * the time to weigh each option is in SECONDS_PER_ANSWER. Opened "why we ask" text is not counted:
 * it is read by choice.
 */
export const READING_WORDS_PER_MINUTE = 238;
/** Deciding and clicking (or typing a number) once a question has been read. */
export const SECONDS_PER_ANSWER = 6;
/** Looking over one answer on the questionnaire's last step, "Check your answers" (the quick check has none). */
export const SECONDS_PER_REVIEWED_ANSWER = 2;

export interface QuestionnaireLength {
  /** The core questions: those of the sections that are not optional. */
  readonly questions: number;
  /** The questions of the optional sections (depth for those who want it). */
  readonly optionalQuestions: number;
  /** Minutes, to the nearest whole one (at least one), for the optional sections on their own. */
  readonly optionalMinutes: number;
  /** Every section, then the check of your answers: the same count as "Step N of M". */
  readonly steps: number;
  /** The words always on screen: section intros, prompts, help lines, option labels and their help. */
  readonly words: number;
  /** Minutes, to the nearest whole one (at least one), to read, answer and check every core question. */
  readonly minutes: number;
}

/** What "about N minutes" says: the nearest whole minute, never "about 0 minutes" for a question or more. */
export function aboutMinutes(seconds: number): number {
  return seconds <= 0 ? 0 : Math.max(1, Math.round(seconds / 60));
}

/** The size of the questionnaire and the time it takes, for the page that introduces it. */
export function measureQuestionnaire(sections: readonly Section[]): QuestionnaireLength {
  const core = measure(sections.filter((section) => section.optional !== true));
  const optional = measure(sections.filter((section) => section.optional === true));
  return {
    questions: core.questions,
    optionalQuestions: optional.questions,
    optionalMinutes: aboutMinutes(optional.seconds),
    steps: stepIds({ sections }).length,
    words: core.words,
    minutes: aboutMinutes(core.seconds),
  };
}

/**
 * The length of a few questions asked on one page under one intro (the quick check), measured the
 * same way but without the check of answers: the result beside the questions is that check.
 */
export function measureQuestions(
  questions: readonly Question[],
  intro: string,
): Pick<QuestionnaireLength, 'questions' | 'words' | 'minutes'> & { readonly seconds: number } {
  const { words, seconds } = measureList([intro], questions, 0);
  return { questions: questions.length, words, seconds: Math.round(seconds), minutes: aboutMinutes(seconds) };
}

function measure(sections: readonly Section[]): { questions: number; words: number; seconds: number } {
  return measureList(
    sections.map((section) => section.intro),
    sections.flatMap((section) => section.questions),
    SECONDS_PER_REVIEWED_ANSWER,
  );
}

function measureList(
  intros: readonly string[],
  questions: readonly Question[],
  reviewSeconds: number,
): { questions: number; words: number; seconds: number } {
  const words = intros.reduce((sum, intro) => sum + countWords(intro), 0) + questions.reduce((sum, q) => sum + wordsOf(q), 0);
  const seconds = (words / READING_WORDS_PER_MINUTE) * 60 + questions.length * (SECONDS_PER_ANSWER + reviewSeconds);
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
