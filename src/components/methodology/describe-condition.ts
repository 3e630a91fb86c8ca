import { formatWholeNumber } from '../../domain/answers/format-answer.ts';
import type { Condition, Fact } from '../../domain/schemas/condition.ts';
import type { Question } from '../../domain/schemas/question.ts';

/** A piece of a sentence: plain text, or the name of a question (the page links it to the question). */
export type Word = string | { readonly question: string; readonly label: string };
export type Words = readonly Word[];

/** The sentence as plain text. */
export function wordsToText(words: Words): string {
  return words.map((w) => (typeof w === 'string' ? w : w.label)).join('');
}

/**
 * A structured condition in plain words, e.g. `external hires a year is 50 or more and at least
 * one option is chosen for human resources functions`. Nested groups are bracketed.
 */
export function describeCondition(condition: Condition, questions: ReadonlyMap<string, Question>): Words {
  return describe(condition, questions, false);
}

function describe(condition: Condition, questions: ReadonlyMap<string, Question>, nested: boolean): Words {
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    const joiner = 'all' in condition ? 'and' : 'or';
    const out: Word[] = [];
    parts.forEach((part, i) => {
      if (i > 0) out.push(i === parts.length - 1 ? ` ${joiner} ` : ', ');
      out.push(...describe(part, questions, true));
    });
    return nested && parts.length > 1 ? ['(', ...out, ')'] : out;
  }
  if ('not' in condition) return ['it is not the case that ', ...describe(condition.not, questions, true)];
  return describeFact(condition, questions.get(condition.question));
}

/** One test of one answer in plain words. */
export function describeFact(fact: Fact, question: Question | undefined): Words {
  const subject: Word = { question: fact.question, label: question?.short ?? fact.question };
  const one = (v: string | number): string => valueWords(question, v);
  const list = (values: readonly string[], joiner: string): string => joinList(values.map(one), joiner);
  const scale = question?.kind === 'scale' ? ` on its scale of ${question.min} to ${question.max}` : '';
  switch (fact.op) {
    case 'eq':
      return [subject, ` is ${one(fact.value)}`];
    case 'ne':
      return [subject, ` is not ${one(fact.value)}`];
    case 'in':
      return [subject, ` is ${list(fact.value, 'or')}`];
    case 'notIn':
      return [subject, fact.value.length === 1 ? ` is not ${list(fact.value, 'or')}` : ` is none of ${list(fact.value, 'or')}`];
    case 'gt':
      return [subject, ` is more than ${one(fact.value)}${scale}`];
    case 'gte':
      return [subject, ` is ${one(fact.value)} or more${scale}`];
    case 'lt':
      return [subject, ` is less than ${one(fact.value)}${scale}`];
    case 'lte':
      return [subject, ` is ${one(fact.value)} or less${scale}`];
    case 'includes':
      return [subject, ` include ${one(fact.value)}`];
    case 'includesAny':
      return [subject, ` include ${list(fact.value, 'or')}`];
    case 'countGte':
      return fact.value <= 1 ? ['at least one option is chosen for ', subject] : [`${fact.value} or more options are chosen for `, subject];
    case 'countLte':
      return fact.value === 0
        ? [subject, ' is answered "none of these"']
        : [`at most ${fact.value} ${fact.value === 1 ? 'option is' : 'options are'} chosen for `, subject];
    case 'answered':
      return [subject, ' is answered'];
    case 'unanswered':
      return [subject, ' is left as "not sure" or not shown'];
  }
}

/** An option value as its quoted label; a number as digits grouped in threes ("1,000"). */
function valueWords(question: Question | undefined, value: string | number): string {
  if (typeof value === 'number') return formatWholeNumber(value);
  const label = question && 'options' in question ? question.options.find((o) => o.value === value)?.label : undefined;
  return `"${label ?? value}"`;
}

/** "a", "a or b", "a, b or c". */
export function joinList(items: readonly string[], joiner: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
}

/** Every fact in a condition, in document order. */
export function factsOf(condition: Condition): Fact[] {
  if ('all' in condition) return condition.all.flatMap(factsOf);
  if ('any' in condition) return condition.any.flatMap(factsOf);
  if ('not' in condition) return factsOf(condition.not);
  return [condition];
}
