import type { AnswerValue } from '../answers/answers.ts';
import type { CompiledContent } from './compile.ts';
import { FALSE, TRUE, UNKNOWN, type AnswerVector } from './evaluate.ts';
import type { RuleOutcome } from './score.ts';

/** Per model (MODEL_IDS order), the most points the open questions could still take away and add. */
export interface OpenSwing {
  readonly down: readonly number[];
  readonly up: readonly number[];
  /** Positions of the questions still open: unanswered, and shown or possibly shown once others are answered. */
  readonly open: readonly number[];
}

/**
 * How far each model's raw total could still move if the open questions were answered (or left
 * open), exactly: open questions are split into groups that no rule or showIf links, and each group
 * is enumerated one question at a time, its values limited to those the content's facts tell apart.
 * Rules that are already true or false stay so (three-valued logic), so only unknown rules count.
 */
export function openSwing(compiled: CompiledContent, vector: AnswerVector, outcome: RuleOutcome): OpenSwing {
  const models = outcome.raw.length;
  const open: number[] = [];
  vector.forEach((value, index) => {
    if (value !== undefined) return;
    const show = compiled.showTests[index];
    if (show && show(vector) === FALSE) return;
    open.push(index);
  });
  const down = new Array<number>(models).fill(0);
  const up = new Array<number>(models).fill(0);
  const rules = outcome.truth.flatMap((t, rule) => (t === UNKNOWN && compiled.rulePoints[rule]?.some((p) => p !== 0) ? [rule] : []));
  if (open.length === 0 || rules.length === 0) return { down, up, open };
  const scratch = [...vector];
  const result = solve(compiled, scratch, open, rules, models);
  for (let m = 0; m < models; m++) {
    down[m] = result.min[m] ?? 0;
    up[m] = result.max[m] ?? 0;
  }
  return { down, up, open };
}

interface Extremes {
  readonly min: number[];
  readonly max: number[];
}

/** The extremes of the points `rules` add, over every way of answering `free` (each possibly left open). */
function solve(
  compiled: CompiledContent,
  scratch: (AnswerValue | undefined)[],
  free: readonly number[],
  rules: readonly number[],
  models: number,
): Extremes {
  const total: Extremes = { min: new Array<number>(models).fill(0), max: new Array<number>(models).fill(0) };
  if (rules.length === 0 || free.length === 0) return total;
  for (const group of groups(compiled, free, rules)) {
    const part = solveGroup(compiled, scratch, group.questions, group.rules, models);
    for (let m = 0; m < models; m++) {
      total.min[m] = (total.min[m] ?? 0) + (part.min[m] ?? 0);
      total.max[m] = (total.max[m] ?? 0) + (part.max[m] ?? 0);
    }
  }
  return total;
}

function solveGroup(
  compiled: CompiledContent,
  scratch: (AnswerValue | undefined)[],
  questions: readonly number[],
  rules: readonly number[],
  models: number,
): Extremes {
  const freeSet = new Set(questions);
  // A question whose showIf reads no other free question: its own visibility is already settled.
  const roots = questions.filter((q) => !(compiled.showReads[q] ?? []).some((r) => freeSet.has(r)));
  const pivot = pick(compiled, roots.length > 0 ? roots : questions, rules);
  const rest = questions.filter((q) => q !== pivot);
  const settled = rules.filter((rule) => (compiled.ruleReads[rule] ?? []).every((q) => q === pivot || !freeSet.has(q)));
  const pending = rules.filter((rule) => !settled.includes(rule));
  const show = compiled.showTests[pivot];
  const shown = !show || show(scratch) === TRUE;
  const values: (AnswerValue | undefined)[] = [undefined, ...(shown ? (compiled.domains[pivot] ?? []) : [])];
  const best: Extremes = { min: new Array<number>(models).fill(Infinity), max: new Array<number>(models).fill(-Infinity) };
  for (const value of values) {
    scratch[pivot] = value;
    const gained = new Array<number>(models).fill(0);
    for (const rule of settled) {
      if (compiled.ruleTests[rule]?.(scratch) !== TRUE) continue;
      const points = compiled.rulePoints[rule] ?? [];
      for (let m = 0; m < models; m++) gained[m] = (gained[m] ?? 0) + (points[m] ?? 0);
    }
    const sub = solve(compiled, scratch, rest, pending, models);
    for (let m = 0; m < models; m++) {
      best.min[m] = Math.min(best.min[m] ?? 0, (gained[m] ?? 0) + (sub.min[m] ?? 0));
      best.max[m] = Math.max(best.max[m] ?? 0, (gained[m] ?? 0) + (sub.max[m] ?? 0));
    }
  }
  scratch[pivot] = undefined;
  return best;
}

/** The question most rules read: fixing it first splits the rest soonest. */
function pick(compiled: CompiledContent, candidates: readonly number[], rules: readonly number[]): number {
  let best = candidates[0] ?? 0;
  let bestCount = -1;
  for (const q of candidates) {
    const count = rules.reduce((n, rule) => n + ((compiled.ruleReads[rule] ?? []).includes(q) ? 1 : 0), 0);
    if (count > bestCount) {
      best = q;
      bestCount = count;
    }
  }
  return best;
}

/** Splits the free questions into groups that no rule or showIf links, each with the rules it alone decides. */
function groups(compiled: CompiledContent, free: readonly number[], rules: readonly number[]): { questions: number[]; rules: number[] }[] {
  const parent = new Map<number, number>(free.map((q) => [q, q]));
  const find = (q: number): number => {
    let root = q;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(q, root);
    return root;
  };
  const join = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  const freeOf = (reads: readonly number[]): number[] => reads.filter((q) => parent.has(q));
  const live: number[] = [];
  for (const rule of rules) {
    const reads = freeOf(compiled.ruleReads[rule] ?? []);
    if (reads.length === 0) continue;
    live.push(rule);
    for (const q of reads.slice(1)) join(reads[0] ?? q, q);
  }
  for (const q of free) for (const r of freeOf(compiled.showReads[q] ?? [])) join(q, r);
  const byRoot = new Map<number, { questions: number[]; rules: number[] }>();
  for (const q of free) {
    const root = find(q);
    const group = byRoot.get(root) ?? { questions: [], rules: [] };
    group.questions.push(q);
    byRoot.set(root, group);
  }
  for (const rule of live) {
    const first = freeOf(compiled.ruleReads[rule] ?? [])[0];
    if (first !== undefined) byRoot.get(find(first))?.rules.push(rule);
  }
  return [...byRoot.values()].filter((g) => g.rules.length > 0);
}
