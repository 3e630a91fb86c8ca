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
  const result = solve(compiled, [...vector], models, open, rules);
  return { down: result.min, up: result.max, open };
}

function zeros(n: number): number[] {
  // Four models nearly always: a literal is the cheapest array to make.
  return n === 4 ? [0, 0, 0, 0] : new Array<number>(n).fill(0);
}

// A shown open question whose rules read it alone has the same extremes every time: remembered per content, by position.
const alone = new WeakMap<CompiledContent, Extremes[]>();

/** Sets every entry to 0: cheaper than fill() on the four-entry arrays used here. */
function clear(list: number[]): void {
  for (let i = 0; i < list.length; i++) list[i] = 0;
}

/**
 * The extremes of the points `rules` add, over every way of answering the `open` questions (each
 * possibly left open), with `scratch` holding the answers and receiving the values tried. Written
 * as functions over shared local state rather than a class: the minifier can shorten local names,
 * not property names, and this code is part of every results page's first load.
 */
function solve(
  compiled: CompiledContent,
  scratch: (AnswerValue | undefined)[],
  models: number,
  open: readonly number[],
  rules: readonly number[],
): Extremes {
  const { showTests, showReads, domains, ruleReads, ruleTests, rulePoints, ruleFacts, showFacts, questionIds } = compiled;
  let known = alone.get(compiled);
  if (!known) alone.set(compiled, (known = []));
  const remembered = known;
  // Per question, 1 while it is free: open and not yet fixed by an enclosing group.
  const free: number[] = [];
  for (const q of open) free[q] = 1;
  // Union-find parents and each root's group, by question position (groups() never nests).
  const parent: number[] = [];
  const slot: number[] = [];
  // What the settled rules give for the value in hand: refilled for each value, read before any other group is solved.
  const gained = zeros(models);
  // No sub-groups: nothing to add. Never written.
  const none: Extremes = { min: zeros(models), max: zeros(models) };

  // Adds a group's extremes to a total: no rule links two groups.
  const add = (total: Extremes, part: Extremes): void => {
    for (let m = 0; m < models; m++) {
      total.min[m] = (total.min[m] ?? 0) + (part.min[m] ?? 0);
      total.max[m] = (total.max[m] ?? 0) + (part.max[m] ?? 0);
    }
  };
  const find = (q: number): number => {
    while (parent[q] !== q) q = parent[q] ?? q;
    return q;
  };
  const join = (a: number, b: number): void => void (parent[find(a)] = find(b));
  const firstFree = (rule: number): number => {
    const reads = ruleReads[rule] ?? [];
    for (let j = 0; j < reads.length; j++) if (free[reads[j] as number] === 1) return reads[j] as number;
    return -1;
  };

  /**
   * Splits the free questions (but `skip`) into groups that no rule or showIf links, each with the
   * rules it alone decides; groups without rules are left out. Indexed loops: V8 kept for...of
   * iterators here as real objects (measured, about 10 KB a call).
   */
  const groups = (questions: readonly number[], rules: readonly number[], skip = -1): Group[] => {
    for (let i = 0; i < questions.length; i++) parent[questions[i] as number] = questions[i] as number;
    for (let r = 0; r < rules.length; r++) {
      const reads = ruleReads[rules[r] as number] ?? [];
      let first = -1;
      for (let j = 0; j < reads.length; j++) {
        const q = reads[j] as number;
        if (free[q] !== 1) continue;
        if (first < 0) first = q;
        else join(first, q);
      }
    }
    for (let i = 0; i < questions.length; i++) {
      const q = questions[i] as number;
      const shownBy = showReads[q] ?? [];
      for (let j = 0; j < shownBy.length; j++)
        if (q !== skip && free[shownBy[j] as number] === 1 && shownBy[j] !== q) join(q, shownBy[j] as number);
    }
    const all: Group[] = [];
    for (let i = 0; i < questions.length; i++) slot[find(questions[i] as number)] = -1;
    for (let i = 0; i < questions.length; i++) {
      const q = questions[i] as number;
      if (q === skip) continue;
      const root = find(q);
      if ((slot[root] ?? -1) < 0) {
        slot[root] = all.length;
        all.push({ questions: [], rules: [] });
      }
      all[slot[root] ?? -1]?.questions.push(q);
    }
    for (let r = 0; r < rules.length; r++) {
      const q = firstFree(rules[r] as number);
      if (q >= 0) all[slot[find(q)] ?? -1]?.rules.push(rules[r] as number);
    }
    // Groups without rules dropped in place: no second array.
    let kept = 0;
    for (let g = 0; g < all.length; g++) if ((all[g] as Group).rules.length > 0) all[kept++] = all[g] as Group;
    all.length = kept;
    return all;
  };

  /**
   * The question most rules read, fixing which first splits the rest soonest, among those whose
   * showIf reads no other free question (their own visibility already settled) when there are any.
   */
  const pick = (questions: readonly number[], rules: readonly number[]): number => {
    const settled = questions.filter((q) => !(showReads[q] ?? []).some((r) => free[r] === 1 && r !== q));
    let best = questions[0] ?? 0;
    let bestCount = -1;
    for (const q of settled.length > 0 ? settled : questions) {
      let count = 0;
      for (let r = 0; r < rules.length; r++) if (ruleReads[rules[r] as number]?.includes(q)) count++;
      if (count > bestCount) {
        best = q;
        bestCount = count;
      }
    }
    return best;
  };

  /** The facts through which a group's rules and showIfs read the pivot (null: too many to key by). */
  const factsOn = (pivot: number, group: Group): Fact[] | null => {
    const id = questionIds[pivot];
    const facts: Fact[] = [];
    for (const rule of group.rules) for (const fact of ruleFacts[rule] ?? []) if (fact.question === id) facts.push(fact);
    for (const q of group.questions) for (const fact of showFacts[q] ?? []) if (fact.question === id) facts.push(fact);
    // Base-3 keys stay exact integers up to 3^33: past that (never in practice), no sharing.
    return facts.length <= 30 ? facts : null;
  };

  /** What the rules that hold for the scratch answers give each model, into `gained`. */
  const gain = (rules: readonly number[]): void => {
    clear(gained);
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r] as number;
      if (ruleTests[rule]?.(scratch) !== TRUE) continue;
      const points = rulePoints[rule] ?? [];
      for (let m = 0; m < models; m++) gained[m] = (gained[m] ?? 0) + (points[m] ?? 0);
    }
  };

  /**
   * The sub-groups' extremes added up into `total`, for one value of the pivot. A sub-group reads
   * the pivot only through a few facts, and pivot values those facts read alike leave it the same
   * extremes: each sub-group is solved once per distinct reading, not once per value.
   */
  const sumKeyed = (subGroups: readonly KeyedGroup[], value: AnswerValue | undefined, total: Extremes): void => {
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
        part = solveGroup(group.questions, group.rules);
        if (key >= 0) known.set(key, part);
      }
      add(total, part);
    }
  };

  const solveGroup = (questions: readonly number[], rules: readonly number[]): Extremes => {
    // A lone question (the common case) is its own pivot, and every rule is settled once it is
    // fixed; otherwise the pivot is a question whose showIf reads no other free question.
    const lone = questions.length === 1;
    const pivot = lone ? (questions[0] ?? 0) : pick(questions, rules);
    const show = showTests[pivot];
    const shown = !show || show(scratch) === TRUE;
    // Shown, alone, with rules that read nothing else: the same extremes every time, remembered per content.
    let remember = lone && shown;
    for (let r = 0; r < rules.length && remember; r++) if (ruleReads[rules[r] as number]?.length !== 1) remember = false;
    const kept = remember ? remembered[pivot] : undefined;
    if (kept) return kept;
    free[pivot] = 0;
    let settled = rules;
    // What the other questions split into does not depend on the pivot's value: worked out once.
    const subGroups: KeyedGroup[] = [];
    if (!lone) {
      const fixed: number[] = [];
      const pending: number[] = [];
      for (let r = 0; r < rules.length; r++) {
        const rule = rules[r] as number;
        (firstFree(rule) >= 0 ? pending : fixed).push(rule);
      }
      settled = fixed;
      const split = pending.length > 0 ? groups(questions, pending, pivot) : [];
      for (let g = 0; g < split.length; g++) {
        const group = split[g] as Group;
        subGroups.push({ group, facts: factsOn(pivot, group), known: new Map() });
      }
    }
    const domain = shown ? (domains[pivot] ?? []) : [];
    const best: Extremes = { min: zeros(models), max: zeros(models) };
    const sub: Extremes = subGroups.length > 0 ? { min: zeros(models), max: zeros(models) } : none;
    // Left open as well: a rule may still hold on an unanswered question (the `unanswered` fact).
    for (let v = -1; v < domain.length; v++) {
      scratch[pivot] = v < 0 ? undefined : domain[v];
      // The sub-groups first: they refill `gained` as they go.
      if (subGroups.length > 0) sumKeyed(subGroups, scratch[pivot], sub);
      gain(settled);
      for (let m = 0; m < models; m++) {
        const low = (gained[m] ?? 0) + (sub.min[m] ?? 0);
        const high = (gained[m] ?? 0) + (sub.max[m] ?? 0);
        if (low < (best.min[m] ?? 0)) best.min[m] = low;
        if (high > (best.max[m] ?? 0)) best.max[m] = high;
      }
    }
    scratch[pivot] = undefined;
    free[pivot] = 1;
    if (remember) remembered[pivot] = best;
    return best;
  };

  // No rule links two groups: their extremes add up.
  const total: Extremes = { min: zeros(models), max: zeros(models) };
  const top = open.length > 0 ? groups(open, rules) : [];
  for (let g = 0; g < top.length; g++) {
    const group = top[g] as Group;
    const part = solveGroup(group.questions, group.rules);
    add(total, part);
  }
  return total;
}
