import fc from 'fast-check';
import type { Answers, AnswerValue } from '../../../src/domain/answers/answers.ts';
import type { AdvisorContent } from '../../../src/domain/content.ts';
import type { Condition } from '../../../src/domain/schemas/condition.ts';
import type { Question } from '../../../src/domain/schemas/question.ts';

/** Numbers near the thresholds rules use, plus the whole range. */
const hires = fc.oneof(
  fc.constantFrom(0, 1, 9, 10, 11, 49, 50, 51, 249, 250, 999, 1000, 1_000_000),
  fc.integer({ min: 0, max: 1_000_000 }),
);

export function answerArbitrary(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.kind) {
    case 'single':
      return fc.constantFrom(...question.options.map((o) => o.value));
    case 'multi': {
      const values = question.options.map((o) => o.value);
      return fc.subarray(values).map((picked) => values.filter((v) => picked.includes(v)));
    }
    case 'number':
      return question.id === 'annual_hires' ? hires : fc.integer({ min: question.min, max: question.max });
    case 'scale':
      return fc.integer({ min: question.min, max: question.max });
  }
}

/** Any valid set of answers: each question answered or left out ("not sure"). */
export function answersArbitrary(content: AdvisorContent): fc.Arbitrary<Answers> {
  const entries = content.questions.map((q) => fc.option(answerArbitrary(q), { nil: undefined, freq: 3 }).map((v) => [q.id, v] as const));
  return fc.tuple(...entries).map((pairs) => {
    const answers: Record<string, AnswerValue> = {};
    for (const [id, value] of pairs) if (value !== undefined) answers[id] = value;
    return answers;
  });
}

/** Every answer worth trying, worked out here from the question and the numbers the content compares it with. */
export function valuesToTry(c: AdvisorContent, id: string): AnswerValue[] {
  const question = c.questions.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  switch (question.kind) {
    case 'single':
      return question.options.map((o) => o.value);
    case 'scale':
      return Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i);
    case 'multi': {
      return subsets(question.options.map((o) => o.value));
    }
    case 'number': {
      const near = new Set([question.min, question.max]);
      const visit = (condition: Condition): void => {
        if ('all' in condition) condition.all.forEach(visit);
        else if ('any' in condition) condition.any.forEach(visit);
        else if ('not' in condition) visit(condition.not);
        else if (condition.question === id && 'value' in condition && typeof condition.value === 'number')
          for (const v of [condition.value - 1, condition.value, condition.value + 1]) near.add(v);
      };
      c.rules.forEach((rule) => visit(rule.when));
      c.questions.forEach((q) => q.showIf && visit(q.showIf));
      return [...near].filter((v) => v >= question.min && v <= question.max);
    }
  }
}

/** Every subset of a list of options, each in the list's order. */
export function subsets(values: readonly string[]): string[][] {
  return Array.from({ length: 1 << values.length }, (_, mask) => values.filter((_, i) => mask & (1 << i)));
}

/** Every way of answering the open questions with the values to try for each, each question possibly left open. */
export function* completions(open: readonly Question[], valuesOf: (id: string) => readonly AnswerValue[]): Generator<Answers> {
  const [first, ...rest] = open;
  if (!first) {
    yield {};
    return;
  }
  for (const tail of completions(rest, valuesOf)) {
    yield tail;
    for (const value of valuesOf(first.id)) yield { ...tail, [first.id]: value };
  }
}
