import type { Answers, AnswerValue } from '../answers/answers.ts';
import type { Condition, Fact } from '../schemas/condition.ts';

/** Whether a condition holds for these (already visibility-filtered) answers. */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers));
  if ('not' in condition) return !evaluateCondition(condition.not, answers);
  return evaluateFact(condition, answers[condition.question]);
}

/** Answers in questionnaire order (undefined = not answered): the engine's fast form. */
export type AnswerVector = readonly (AnswerValue | undefined)[];
export type VectorTest = (values: AnswerVector) => boolean;

/**
 * The same test as evaluateCondition, compiled once into closures over answer positions, so the
 * hot loops read array slots instead of walking the tree and looking up keys.
 */
export function compileCondition(condition: Condition, indexOf: (question: string) => number): VectorTest {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compileCondition(c, indexOf));
    return (values) => parts.every((test) => test(values));
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compileCondition(c, indexOf));
    return (values) => parts.some((test) => test(values));
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, indexOf);
    return (values) => !inner(values);
  }
  const fact = condition;
  const at = indexOf(fact.question);
  switch (fact.op) {
    case 'eq': {
      const expected = fact.value;
      return (values) => values[at] === expected;
    }
    case 'gte': {
      const expected = fact.value;
      return (values) => {
        const actual = values[at];
        return typeof actual === 'number' && actual >= expected;
      };
    }
    case 'in': {
      const expected = fact.value;
      return (values) => {
        const actual = values[at];
        return typeof actual === 'string' && expected.includes(actual);
      };
    }
    case 'includes': {
      const expected = fact.value;
      return (values) => {
        const actual = values[at];
        return Array.isArray(actual) && actual.includes(expected);
      };
    }
    case 'countGte': {
      const expected = fact.value;
      return (values) => {
        const actual = values[at];
        return Array.isArray(actual) && actual.length >= expected;
      };
    }
    default:
      return (values) => evaluateFact(fact, values[at]);
  }
}

export function evaluateFact(fact: Fact, actual: AnswerValue | undefined): boolean {
  if (fact.op === 'unanswered') return actual === undefined;
  if (actual === undefined) return false;
  switch (fact.op) {
    case 'answered':
      return true;
    case 'eq':
      return actual === fact.value;
    case 'ne':
      return actual !== fact.value;
    case 'in':
      return typeof actual === 'string' && fact.value.includes(actual);
    case 'notIn':
      return typeof actual === 'string' && !fact.value.includes(actual);
    case 'gt':
      return typeof actual === 'number' && actual > fact.value;
    case 'gte':
      return typeof actual === 'number' && actual >= fact.value;
    case 'lt':
      return typeof actual === 'number' && actual < fact.value;
    case 'lte':
      return typeof actual === 'number' && actual <= fact.value;
    case 'includes':
      return Array.isArray(actual) && actual.includes(fact.value);
    case 'includesAny':
      return Array.isArray(actual) && fact.value.some((v) => actual.includes(v));
    case 'countGte':
      return Array.isArray(actual) && actual.length >= fact.value;
    case 'countLte':
      return Array.isArray(actual) && actual.length <= fact.value;
  }
}

/** The ids of the questions a condition reads, first occurrence first. */
export function questionsOf(condition: Condition): string[] {
  const seen: string[] = [];
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if (!seen.includes(c.question)) seen.push(c.question);
  };
  walk(condition);
  return seen;
}
