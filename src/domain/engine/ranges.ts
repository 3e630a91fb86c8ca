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
  // Only questions some point-scoring rule or showIf reads can move a score (the cost view's figures cannot).
  const scoring: number[] = [];
  for (const q of open) if ((compiled.domains[q]?.length ?? 0) > 0) scoring.push(q);
  const solver = new Solver(compiled, [...vector], models);
  const { free } = solver;
  for (const q of scoring) free[q] = 1;
  try {
    const result = solver.solve(scoring, rules, free);
    return { down: result.min, up: result.max, open };
  } finally {
    // The buffers are shared by every call on this content: leave them as found.
    for (const q of scoring) free[q] = 0;
  }
}

function zeros(n: number): number[] {
  // Four models nearly always: a literal is the cheapest array to make.
  if (n === 4) return [0, 0, 0, 0];
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(0);
  return out;
}

/** Adds one to counts[at] and gives what it was. */
function bump(counts: Int32Array, at: number): number {
  const was = counts[at] ?? 0;
  counts[at] = was + 1;
  return was;
}

/** The solver's buffers for one content, and what it remembers of it. */
interface Buffers {
  readonly parent: Int32Array;
  readonly slot: Int32Array;
  readonly questionCount: Int32Array;
  readonly ruleCount: Int32Array;
  readonly free: Uint8Array;
  /** A shown open question whose rules read it alone has the same extremes every time: remembered by position. */
  readonly known: Extremes[];
}

const buffersFor = new WeakMap<CompiledContent, Buffers>();

/** Sets every entry to 0: cheaper than fill() on the four-entry arrays used here. */
function clear(list: number[]): void {
  for (let i = 0; i < list.length; i++) list[i] = 0;
}

class Solver {
  private readonly compiled: CompiledContent;
  private readonly scratch: (AnswerValue | undefined)[];
  private readonly models: number;
  /** Union-find parents and each root's group, by question position: buffers for groups(). */
  private readonly parent: Int32Array;
  private readonly slot: Int32Array;
  /** Per root, its questions and rules: counted first, then the next free place as the lists fill. */
  private readonly questionCount: Int32Array;
  private readonly ruleCount: Int32Array;
  /** Per question, 1 while it is free: open and not yet fixed by an enclosing group. All 0 between calls. */
  readonly free: Uint8Array;
  private readonly known: Extremes[];
  /** What the settled rules give for the value in hand: refilled for each value, read before any other group is solved. */
  private readonly gained: number[];

  constructor(compiled: CompiledContent, scratch: (AnswerValue | undefined)[], models: number) {
    this.compiled = compiled;
    this.scratch = scratch;
    this.models = models;
    // Typed arrays cost more to make than the solving they serve: made once per content and reused
    // (a call runs to its end before the next begins, and openSwing never runs inside itself).
    let buffers = buffersFor.get(compiled);
    if (!buffers) {
      const n = scratch.length;
      buffers = {
        parent: new Int32Array(n),
        slot: new Int32Array(n),
        questionCount: new Int32Array(n),
        ruleCount: new Int32Array(n),
        free: new Uint8Array(n),
        known: [],
      };
      buffersFor.set(compiled, buffers);
    }
    this.parent = buffers.parent;
    this.slot = buffers.slot;
    this.questionCount = buffers.questionCount;
    this.ruleCount = buffers.ruleCount;
    this.free = buffers.free;
    this.known = buffers.known;
    this.gained = zeros(models);
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
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g] as Group;
      const part = this.solveGroup(group.questions, group.rules, free);
      for (let m = 0; m < models; m++) {
        total.min[m] = (total.min[m] ?? 0) + (part.min[m] ?? 0);
        total.max[m] = (total.max[m] ?? 0) + (part.max[m] ?? 0);
      }
    }
    return total;
  }

  private solveGroup(questions: readonly number[], rules: readonly number[], free: Uint8Array): Extremes {
    const { compiled, scratch, models, gained } = this;
    if (questions.length === 1) return this.solveLone(questions[0] ?? 0, rules);
    // A question whose showIf reads no other free question: its own visibility is already settled.
    const pivot = this.pick(questions, rules, free);
    free[pivot] = 0;
    const settled: number[] = [];
    const pending: number[] = [];
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r] as number;
      (this.firstFree(rule, free) >= 0 ? pending : settled).push(rule);
    }
    // What the other questions split into does not depend on the pivot's value: worked out once.
    const subGroups: KeyedGroup[] = [];
    const split = pending.length > 0 ? this.groups(questions, pending, free, pivot) : [];
    for (let g = 0; g < split.length; g++) {
      const group = split[g] as Group;
      subGroups.push({ group, facts: this.factsOn(pivot, group), known: new Map() });
    }
    const show = compiled.showTests[pivot];
    const domain = !show || show(scratch) === TRUE ? (compiled.domains[pivot] ?? []) : [];
    // Leaving the question open adds nothing: every rule that reads it stays unknown.
    const best: Extremes = { min: zeros(models), max: zeros(models) };
    const sub: Extremes = { min: zeros(models), max: zeros(models) };
    for (let v = -1; v < domain.length; v++) {
      scratch[pivot] = v < 0 ? undefined : domain[v];
      // The sub-groups first: they use the solver's buffer for what the settled rules give.
      this.sumKeyed(subGroups, scratch[pivot], free, sub);
      this.gain(settled);
      for (let m = 0; m < models; m++) {
        const low = (gained[m] ?? 0) + (sub.min[m] ?? 0);
        const high = (gained[m] ?? 0) + (sub.max[m] ?? 0);
        if (low < (best.min[m] ?? 0)) best.min[m] = low;
        if (high > (best.max[m] ?? 0)) best.max[m] = high;
      }
    }
    scratch[pivot] = undefined;
    free[pivot] = 1;
    return best;
  }

  /** A group of one question (the common case): every rule is settled once it is fixed. */
  private solveLone(question: number, rules: readonly number[]): Extremes {
    const { compiled, scratch, models, gained, known } = this;
    const show = compiled.showTests[question];
    const shown = !show || show(scratch) === TRUE;
    // Shown, with rules that read nothing else: the same extremes every time, remembered per content.
    let remember = shown;
    for (let r = 0; r < rules.length; r++) if (compiled.ruleReads[rules[r] as number]?.length !== 1) remember = false;
    const remembered = remember ? known[question] : undefined;
    if (remembered) return remembered;
    const domain = shown ? (compiled.domains[question] ?? []) : [];
    const best: Extremes = { min: zeros(models), max: zeros(models) };
    // Left open as well: a rule may still hold on an unanswered question (the `unanswered` fact).
    for (let v = -1; v < domain.length; v++) {
      scratch[question] = v < 0 ? undefined : domain[v];
      this.gain(rules);
      for (let m = 0; m < models; m++) {
        const g = gained[m] ?? 0;
        if (g < (best.min[m] ?? 0)) best.min[m] = g;
        if (g > (best.max[m] ?? 0)) best.max[m] = g;
      }
    }
    scratch[question] = undefined;
    if (remember) known[question] = best;
    return best;
  }

  /** What the rules that hold for the scratch answers give each model, into the solver's `gained`. */
  private gain(rules: readonly number[]): void {
    const { compiled, scratch, models, gained } = this;
    clear(gained);
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r] as number;
      if (compiled.ruleTests[rule]?.(scratch) !== TRUE) continue;
      const points = compiled.rulePoints[rule] ?? [];
      for (let m = 0; m < models; m++) gained[m] = (gained[m] ?? 0) + (points[m] ?? 0);
    }
  }

  /**
   * The sub-groups' extremes added up into `total`, for one value of the pivot. A sub-group reads
   * the pivot only through a few facts, and pivot values those facts read alike leave it the same
   * extremes: each sub-group is solved once per distinct reading, not once per value.
   */
  private sumKeyed(subGroups: readonly KeyedGroup[], value: AnswerValue | undefined, free: Uint8Array, total: Extremes): void {
    clear(total.min);
    clear(total.max);
    for (let g = 0; g < subGroups.length; g++) {
      const { facts, known, group } = subGroups[g] as KeyedGroup;
      let key = -1;
      if (facts) {
        key = 0;
        for (let f = 0; f < facts.length; f++) key = key * 3 + factTruth(facts[f] as Fact, value);
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

  /**
   * The question most rules read, fixing which first splits the rest soonest, among those whose
   * showIf reads no other free question (their own visibility already settled) when there are any.
   */
  private pick(questions: readonly number[], rules: readonly number[], free: Uint8Array): number {
    const { compiled } = this;
    let best = questions[0] ?? 0;
    let bestCount = -1;
    let bestRoot = false;
    for (let i = 0; i < questions.length; i++) {
      const q = questions[i] as number;
      let root = true;
      const shownBy = compiled.showReads[q] ?? [];
      for (let j = 0; j < shownBy.length; j++) if (free[shownBy[j] as number] === 1 && shownBy[j] !== q) root = false;
      if (bestRoot && !root) continue;
      let count = 0;
      for (let r = 0; r < rules.length; r++) if ((compiled.ruleReads[rules[r] as number] ?? []).includes(q)) count++;
      if ((root && !bestRoot) || count > bestCount) {
        best = q;
        bestCount = count;
        bestRoot = root;
      }
    }
    return best;
  }

  /**
   * Splits the free questions into groups that no rule or showIf links, each with the rules it alone
   * decides; groups without rules are left out. Counted before they are built, so each list is made
   * at its size: this runs for every group of every recommendation.
   */
  private groups(questions: readonly number[], rules: readonly number[], free: Uint8Array, skip = -1): Group[] {
    const { compiled, parent, slot, questionCount, ruleCount } = this;
    // Union-find over question positions, in buffers the solver reuses (groups() never nests).
    // Indexed loops throughout: V8 kept for...of iterators here as real objects (measured, about 10 KB a call).
    for (let i = 0; i < questions.length; i++) parent[questions[i] as number] = questions[i] as number;
    for (let r = 0; r < rules.length; r++) {
      const reads = compiled.ruleReads[rules[r] as number] ?? [];
      let first = -1;
      for (let j = 0; j < reads.length; j++) {
        const q = reads[j] as number;
        if (free[q] !== 1) continue;
        if (first < 0) first = q;
        else this.join(first, q);
      }
    }
    for (let i = 0; i < questions.length; i++) {
      const q = questions[i] as number;
      if (q === skip) continue;
      const shownBy = compiled.showReads[q] ?? [];
      for (let j = 0; j < shownBy.length; j++) {
        const r = shownBy[j] as number;
        if (free[r] === 1 && r !== q) this.join(q, r);
      }
    }
    for (let i = 0; i < questions.length; i++) {
      const root = this.find(questions[i] as number);
      slot[root] = -1;
      questionCount[root] = 0;
      ruleCount[root] = 0;
    }
    for (let i = 0; i < questions.length; i++) if (questions[i] !== skip) bump(questionCount, this.find(questions[i] as number));
    for (let r = 0; r < rules.length; r++) {
      const q = this.firstFree(rules[r] as number, free);
      if (q >= 0) bump(ruleCount, this.find(q));
    }
    const groups: Group[] = [];
    for (let i = 0; i < questions.length; i++) {
      const q = questions[i] as number;
      if (q === skip) continue;
      const root = this.find(q);
      let at = slot[root] ?? -1;
      if (at < 0 && (ruleCount[root] ?? 0) === 0) continue;
      if (at < 0) {
        at = slot[root] = groups.length;
        groups.push({ questions: new Array<number>(questionCount[root] ?? 0), rules: new Array<number>(ruleCount[root] ?? 0) });
        // From here on the counts are where the next question or rule goes.
        questionCount[root] = 0;
        ruleCount[root] = 0;
      }
      (groups[at] as Group).questions[bump(questionCount, root)] = q;
    }
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r] as number;
      const q = this.firstFree(rule, free);
      if (q < 0) continue;
      const root = this.find(q);
      (groups[slot[root] ?? -1] as Group).rules[bump(ruleCount, root)] = rule;
    }
    return groups;
  }

  private firstFree(rule: number, free: Uint8Array): number {
    const reads = this.compiled.ruleReads[rule] ?? [];
    for (let j = 0; j < reads.length; j++) if (free[reads[j] as number] === 1) return reads[j] as number;
    return -1;
  }

  private find(q: number): number {
    const { parent } = this;
    while (parent[q] !== q) q = parent[q] ?? q;
    return q;
  }

  private join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}
