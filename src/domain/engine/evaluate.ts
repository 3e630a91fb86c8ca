import type { Answers, AnswerValue } from '../answers/answers.ts';
import type { Condition, Fact } from '../schemas/condition.ts';

/**
 * Three-valued truth (Kleene logic): a fact about an unanswered question is UNKNOWN, never false,
 * so silence neither fires a rule nor counts against one.
 */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/** Whether a condition holds for these (already visibility-filtered) answers: only TRUE counts. */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  // Compiled over just the questions it reads: one implementation of the logic, not two.
  const ids = questionsOf(condition);
  return compileCondition(condition, (id) => ids.indexOf(id))(ids.map((id) => answers[id])) === TRUE;
}

function negate(t: Truth): Truth {
  return t === UNKNOWN ? UNKNOWN : t === TRUE ? FALSE : TRUE;
}

/** Answers in questionnaire order (undefined = not answered): the engine's fast form. */
export type AnswerVector = readonly (AnswerValue | undefined)[];
export type VectorTest = (values: AnswerVector) => Truth;

/**
 * The same test as truthOf, compiled once into closures over answer positions, so the hot loops
 * read array slots instead of walking the tree and looking up keys.
 */
export function compileCondition(condition: Condition, indexOf: (question: string) => number): VectorTest {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compileCondition(c, indexOf));
    return (values) => {
      let out: Truth = TRUE;
      for (const test of parts) {
        const t = test(values);
        if (t === FALSE) return FALSE;
        if (t === UNKNOWN) out = UNKNOWN;
      }
      return out;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compileCondition(c, indexOf));
    return (values) => {
      let out: Truth = FALSE;
      for (const test of parts) {
        const t = test(values);
        if (t === TRUE) return TRUE;
        if (t === UNKNOWN) out = UNKNOWN;
      }
      return out;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, indexOf);
    return (values) => negate(inner(values));
  }
  const fact = condition;
  const at = indexOf(fact.question);
  // The common tests as closures of their own: the engine's hot loops run these millions of times.
  switch (fact.op) {
    case 'eq': {
      const expected = fact.value;
      return (values) => {
        const actual = values[at];
        return actual === undefined ? UNKNOWN : actual === expected ? TRUE : FALSE;
      };
    }
    case 'in': {
      const expected = fact.value;
      return (values) => {
        const actual = values[at];
        return actual === undefined ? UNKNOWN : typeof actual === 'string' && expected.includes(actual) ? TRUE : FALSE;
      };
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const expected = fact.value;
      const op = fact.op;
      return (values) => {
        const actual = values[at];
        if (actual === undefined) return UNKNOWN;
        if (typeof actual !== 'number') return FALSE;
        const holds =
          op === 'gt' ? actual > expected : op === 'gte' ? actual >= expected : op === 'lt' ? actual < expected : actual <= expected;
        return holds ? TRUE : FALSE;
      };
    }
    case 'includes': {
      const expected = fact.value;
      return (values) => {
        const actual = values[at];
        return actual === undefined ? UNKNOWN : Array.isArray(actual) && actual.includes(expected) ? TRUE : FALSE;
      };
    }
    case 'countGte':
    case 'countLte': {
      const expected = fact.value;
      const atLeast = fact.op === 'countGte';
      return (values) => {
        const actual = values[at];
        if (actual === undefined) return UNKNOWN;
        if (!Array.isArray(actual)) return FALSE;
        return (atLeast ? actual.length >= expected : actual.length <= expected) ? TRUE : FALSE;
      };
    }
    default:
      return (values) => factTruth(fact, values[at]);
  }
}

/** One fact's truth: UNKNOWN when the question is unanswered, except for `answered` and `unanswered`. */
export function factTruth(fact: Fact, actual: AnswerValue | undefined): Truth {
  if (fact.op === 'unanswered') return actual === undefined ? TRUE : FALSE;
  if (fact.op === 'answered') return actual === undefined ? FALSE : TRUE;
  if (actual === undefined) return UNKNOWN;
  return evaluateKnownFact(fact, actual) ? TRUE : FALSE;
}

function evaluateKnownFact(fact: Exclude<Fact, { op: 'answered' | 'unanswered' }>, actual: AnswerValue): boolean {
  switch (fact.op) {
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

/** The option values a condition names for one question (eq, in, includes, includesAny): what a rule matched. */
export function valuesNamed(condition: Condition, question: string): string[] {
  const out: string[] = [];
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) return;
    else if (c.question === question) {
      if ((c.op === 'eq' || c.op === 'includes') && typeof c.value === 'string') out.push(c.value);
      if (c.op === 'in' || c.op === 'includesAny') out.push(...c.value);
    }
  };
  walk(condition);
  return out;
}
