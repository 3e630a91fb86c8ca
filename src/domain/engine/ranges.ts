import type { AnswerValue } from '../answers/answers.ts';
import type { CompiledContent } from './compile.ts';
import type { Fact } from '../schemas/condition.ts';
import { factTruth, FALSE, TRUE, UNKNOWN, type AnswerVector } from './evaluate.ts';
import type { RuleOutcome } from './score.ts';

/** Per model (MODEL_IDS order), the most points the open questions could still take away and add. */
export interface OpenSwing {
  readonly down: readonly number[];
  readonly up: readonly number[];
  /** Positions of the questions still open: unanswered, and shown or possibly shown once others are answered. */
  readonly open: readonly number[];
}

interface Extremes {
  min: number[];
  max: number[];
}

/** Open questions that no rule or showIf links, with the rules they alone decide. */
interface Group {
  readonly questions: number[];
  readonly rules: number[];
}

/** A sub-group with the facts through which it reads its pivot, and its extremes by their reading. */
interface KeyedGroup {
  readonly group: Group;
  /** Null: too many to key by, solved for every value. */
  readonly facts: readonly Fact[] | null;
  readonly known: Map<number, Extremes>;
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
  for (let index = 0; index < vector.length; index++) {
    if (vector[index] !== undefined) continue;
    const show = compiled.showTests[index];
    if (show && show(vector) === FALSE) continue;
    open.push(index);
  }
  const rules: number[] = [];
  for (let rule = 0; rule < outcome.truth.length; rule++) {
    if (outcome.truth[rule] === UNKNOWN && compiled.ruleScores[rule]) rules.push(rule);
  }
  if (open.length === 0 || rules.length === 0) return { down: zeros(models), up: zeros(models), open };
  const solver = new Solver(compiled, [...vector], models);
  const free = new Uint8Array(vector.length);
  for (const q of open) free[q] = 1;
  const result = solver.solve(open, rules, free);
  return { down: result.min, up: result.max, open };
}

function zeros(n: number): number[] {
  // Four models nearly always: a literal is the cheapest array to make.
  if (n === 4) return [0, 0, 0, 0];
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(0);
  return out;
}

// A shown open question whose rules read it alone has the same extremes every time: remembered per content, by position.
const alone = new WeakMap<CompiledContent, Extremes[]>();

class Solver {
  private readonly compiled: CompiledContent;
  private readonly scratch: (AnswerValue | undefined)[];
  private readonly models: number;

  constructor(compiled: CompiledContent, scratch: (AnswerValue | undefined)[], models: number) {
    this.compiled = compiled;
    this.scratch = scratch;
    this.models = models;
  }

  /** The extremes of the points `rules` add, over every way of answering the `free` questions (each possibly left open). */
  solve(questions: readonly number[], rules: readonly number[], free: Uint8Array): Extremes {
    if (rules.length === 0 || questions.length === 0) return { min: zeros(this.models), max: zeros(this.models) };
    return this.sum(this.groups(questions, rules, free), free);
  }

  /** The extremes of each group, added up: no rule links two groups. */
  private sum(groups: readonly Group[], free: Uint8Array): Extremes {
    const { models } = this;
    const total: Extremes = { min: zeros(models), max: zeros(models) };
    for (const group of groups) {
      const part = this.solveGroup(group.questions, group.rules, free);
      for (let m = 0; m < models; m++) {
        total.min[m] = (total.min[m] ?? 0) + (part.min[m] ?? 0);
        total.max[m] = (total.max[m] ?? 0) + (part.max[m] ?? 0);
      }
    }
    return total;
  }

  private solveGroup(questions: readonly number[], rules: readonly number[], free: Uint8Array): Extremes {
    const { compiled, scratch, models } = this;
    // A lone question (the common case) is its own pivot, and every rule is settled once it is fixed.
    let pivot = questions[0] ?? 0;
    let settled = rules;
    let subGroups: KeyedGroup[] | null = null;
    if (questions.length > 1) {
      // A question whose showIf reads no other free question: its own visibility is already settled.
      const roots = questions.filter((q) => !(compiled.showReads[q] ?? []).some((r) => free[r] === 1 && r !== q));
      pivot = this.pick(roots.length > 0 ? roots : questions, rules);
      free[pivot] = 0;
      const fixed: number[] = [];
      const pending: number[] = [];
      for (const rule of rules) (this.readsFree(rule, free) ? pending : fixed).push(rule);
      settled = fixed;
      // What the other questions split into does not depend on the pivot's value: worked out once.
      if (pending.length > 0)
        subGroups = this.groups(
          questions.filter((q) => q !== pivot),
          pending,
          free,
        ).map((group) => ({ group, facts: this.factsOn(pivot, group), known: new Map() }));
    }
    const show = compiled.showTests[pivot];
    const shown = !show || show(scratch) === TRUE;
    let known = alone.get(compiled);
    if (!known) alone.set(compiled, (known = []));
    const remember = shown && questions.length === 1 && rules.every((rule) => compiled.ruleReads[rule]?.length === 1);
    const remembered = remember ? known[pivot] : undefined;
    if (remembered) return remembered;
    const domain = shown ? (compiled.domains[pivot] ?? []) : [];
    // Leaving the question open adds nothing: every rule that reads it stays unknown.
    const best: Extremes = { min: zeros(models), max: zeros(models) };
    const gained = zeros(models);
    const sub: Extremes = { min: zeros(models), max: zeros(models) };
    for (let v = -1; v < domain.length; v++) {
      scratch[pivot] = v < 0 ? undefined : domain[v];
      gained.fill(0);
      for (const rule of settled) {
        if (compiled.ruleTests[rule]?.(scratch) !== TRUE) continue;
        const points = compiled.rulePoints[rule] ?? [];
        for (let m = 0; m < models; m++) gained[m] = (gained[m] ?? 0) + (points[m] ?? 0);
      }
      if (subGroups) this.sumKeyed(subGroups, scratch[pivot], free, sub);
      for (let m = 0; m < models; m++) {
        const low = (gained[m] ?? 0) + (sub.min[m] ?? 0);
        const high = (gained[m] ?? 0) + (sub.max[m] ?? 0);
        if (low < (best.min[m] ?? 0)) best.min[m] = low;
        if (high > (best.max[m] ?? 0)) best.max[m] = high;
      }
    }
    scratch[pivot] = undefined;
    free[pivot] = 1;
    if (remember) known[pivot] = best;
    return best;
  }

  /**
   * The sub-groups' extremes added up into `total`, for one value of the pivot. A sub-group reads
   * the pivot only through a few facts, and pivot values those facts read alike leave it the same
   * extremes: each sub-group is solved once per distinct reading, not once per value.
   */
  private sumKeyed(subGroups: readonly KeyedGroup[], value: AnswerValue | undefined, free: Uint8Array, total: Extremes): void {
    total.min.fill(0);
    total.max.fill(0);
    for (const keyed of subGroups) {
      const { facts, known, group } = keyed;
      let key = -1;
      if (facts) {
        key = 0;
        for (const fact of facts) key = key * 3 + factTruth(fact, value);
      }
      let part = key < 0 ? undefined : known.get(key);
      if (!part) {
        part = this.solveGroup(group.questions, group.rules, free);
        if (key >= 0) known.set(key, part);
      }
      for (let m = 0; m < this.models; m++) {
        total.min[m] = (total.min[m] ?? 0) + (part.min[m] ?? 0);
        total.max[m] = (total.max[m] ?? 0) + (part.max[m] ?? 0);
      }
    }
  }

  /** The facts through which a group's rules and showIfs read the pivot. */
  private factsOn(pivot: number, group: Group): Fact[] | null {
    const { compiled } = this;
    const facts: Fact[] = [];
    for (const rule of group.rules) {
      const reads = compiled.ruleFactReads[rule] ?? [];
      (compiled.ruleFacts[rule] ?? []).forEach((fact, i) => reads[i] === pivot && facts.push(fact));
    }
    for (const q of group.questions) {
      const reads = compiled.showFactReads[q] ?? [];
      (compiled.showFacts[q] ?? []).forEach((fact, i) => reads[i] === pivot && facts.push(fact));
    }
    // Base-3 keys stay exact integers up to 3^33: past that (never in practice), no sharing.
    return facts.length <= 30 ? facts : null;
  }

  private readsFree(rule: number, free: Uint8Array): boolean {
    for (const q of this.compiled.ruleReads[rule] ?? []) if (free[q] === 1) return true;
    return false;
  }

  /** The question most rules read: fixing it first splits the rest soonest. */
  private pick(candidates: readonly number[], rules: readonly number[]): number {
    let best = candidates[0] ?? 0;
    let bestCount = -1;
    for (const q of candidates) {
      let count = 0;
      for (const rule of rules) if ((this.compiled.ruleReads[rule] ?? []).includes(q)) count++;
      if (count > bestCount) {
        best = q;
        bestCount = count;
      }
    }
    return best;
  }

  /** Splits the free questions into groups that no rule or showIf links, each with the rules it alone decides. */
  private groups(questions: readonly number[], rules: readonly number[], free: Uint8Array): Group[] {
    const { compiled } = this;
    // Union-find over question positions.
    const parent: number[] = [];
    for (const q of questions) parent[q] = q;
    const find = (q: number): number => {
      while (parent[q] !== q) q = parent[q] ?? q;
      return q;
    };
    const join = (a: number, b: number): void => void (parent[find(a)] = find(b));
    const firstFree = rules.map((rule) => {
      let first = -1;
      for (const q of compiled.ruleReads[rule] ?? []) {
        if (free[q] !== 1) continue;
        if (first < 0) first = q;
        else join(first, q);
      }
      return first;
    });
    for (const q of questions) for (const r of compiled.showReads[q] ?? []) if (free[r] === 1 && r !== q) join(q, r);
    const byRoot: Group[] = [];
    const groups: Group[] = [];
    for (const q of questions) {
      const root = find(q);
      if (!byRoot[root]) groups.push((byRoot[root] = { questions: [], rules: [] }));
      byRoot[root].questions.push(q);
    }
    rules.forEach((rule, i) => {
      const first = firstFree[i] ?? -1;
      if (first >= 0) byRoot[find(first)]?.rules.push(rule);
    });
    return groups.filter((g) => g.rules.length > 0);
  }
}
