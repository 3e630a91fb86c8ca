import type { Answers } from '../answers/answers.ts';
import { formatAnswer } from '../answers/format-answer.ts';
import type { CompiledContent } from './compile.ts';

const PLACEHOLDER = /\{answer(?::([a-z0-9_]+))?\}/g;

/** The ids a `because` template names: `{answer}` is the rule's first question. */
export function templateQuestions(template: string): (string | null)[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? null);
}

/** A template cut at its placeholders: text, then the question whose answer goes there, and so on. */
export type TemplateParts = readonly (string | { readonly question: string })[];

export function parseTemplate(template: string, primary: string): TemplateParts {
  const parts: (string | { question: string })[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, match.index), { question: match[1] ?? primary });
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/** Fills a rule's `because` template with the answers, in words. */
export function renderBecause(rule: number, compiled: CompiledContent, wordsFor: (question: string) => string): string {
  let out = '';
  for (const part of compiled.ruleTemplates[rule] ?? []) out += typeof part === 'string' ? part : wordsFor(part.question);
  return out;
}

/** Each answer in words, worked out at most once per recommendation. */
export function answerWords(compiled: CompiledContent, answers: Answers): (question: string) => string {
  const cache = new Map<string, string>();
  return (id) => {
    let words = cache.get(id);
    if (words === undefined) {
      const question = compiled.questionById.get(id);
      words = question ? formatAnswer(question, answers[id]) : '';
      cache.set(id, words);
    }
    return words;
  };
}
