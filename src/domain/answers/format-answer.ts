import type { Question } from '../schemas/question.ts';
import type { AnswerValue } from './answers.ts';

/** Groups digits in threes with commas, the same on every machine (no locale data needed). */
export function formatWholeNumber(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Joins labels as people write lists: "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A label as it reads mid-sentence: "Two to five countries" becomes "two to five countries"; "IT support" stays. */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** A label's words before its explanation: "Tight: we want to direct the work closely" becomes "Tight". */
function briefLabel(label: string): string {
  const colon = label.indexOf(': ');
  return colon > 0 ? label.slice(0, colon) : label;
}

/**
 * The answer as words, e.g. "250 to 999 employees", "payroll and benefits", "1,200", "4 of 5".
 * `brief` drops each label's explanation after a colon, for use inside a sentence.
 */
export function formatAnswer(question: Question, value: AnswerValue | undefined, brief = false): string {
  const label = (text: string): string => inSentence(brief ? briefLabel(text) : text);
  if (value === undefined) return 'not sure';
  switch (question.kind) {
    case 'single':
      return label(question.options.find((o) => o.value === value)?.label ?? String(value));
    case 'multi': {
      if (!Array.isArray(value)) return String(value);
      if (value.length === 0) return 'none of these';
      const labels = question.options.filter((o) => value.includes(o.value)).map((o) => label(o.label));
      return joinWords(labels);
    }
    case 'number':
      return typeof value === 'number' ? formatWholeNumber(value) : String(value);
    case 'scale':
      return typeof value === 'number' ? `${value} of ${question.max}` : String(value);
  }
}
