import type { AnswerValue } from '../answers/answers.ts';
import type { ScoringContent, ScoringRule } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { Condition, Fact } from '../schemas/condition.ts';
import type { Question } from '../schemas/question.ts';
import { compileCondition, factTruth, questionsOf, type VectorTest } from './evaluate.ts';

/** Indexes built once per content object; the engine's hot loops read only these. */
export interface CompiledContent {
  readonly questionById: ReadonlyMap<string, Question>;
  /** Per question (questionnaire order), its id: one array of strings, not question objects of many shapes. */
  readonly questionIds: readonly string[];
  readonly questionIndex: ReadonlyMap<string, number>;
  /** Per rule, its id: read from one array of strings, not from rule objects of many shapes. */
  readonly ruleIds: readonly string[];
  /** Per rule, its condition as a three-valued closure. */
  readonly ruleTests: readonly VectorTest[];
  /** Per question (questionnaire order), its showIf as a closure, or null when always shown. */
  readonly showTests: readonly (VectorTest | null)[];
  /** Per question, the positions of the questions its showIf reads. */
  readonly showReads: readonly (readonly number[])[];
  /** Per rule, the points it gives to each model (index = MODEL_IDS order). */
  readonly rulePoints: readonly (readonly number[])[];
  /** Per rule, the questions its condition reads, as ids and as positions. */
  readonly ruleQuestions: readonly (readonly string[])[];
  readonly ruleReads: readonly (readonly number[])[];
  /**
   * Per question, one answer for every distinct way the facts of point-scoring rules and showIfs
   * can read it (without "unanswered"): what the score ranges enumerate. Multi-choice subsets that
   * every such fact reads alike are one entry.
   */
  readonly domains: readonly (readonly AnswerValue[])[];
  /** Per rule, whether it gives or takes any model's points. */
  readonly ruleScores: readonly boolean[];
  /** Per model, the positions of its need questions. */
  readonly needReads: readonly (readonly number[])[];
  /** Per model (MODEL_IDS order), the constraint rules that take its points: what makes a recommended model "constrained". */
  readonly constraintRules: readonly (readonly number[])[];
  /** Per model (MODEL_IDS order), the rules that give or take its points. */
  readonly modelRules: readonly (readonly number[])[];
  /** Per rule, its facts in document order: what a reason's trace reads. */
  readonly ruleFacts: readonly (readonly Fact[])[];
  /** Per question, whether leaving it open lowers confidence: true for the questionnaire's core sections, false for optional ones and the cost view's. */
  readonly countsForConfidence: readonly boolean[];
  /** Per rule, per fact of ruleFacts, the position of the question it reads. */
  readonly ruleFactReads: readonly (readonly number[])[];
  /** Per question, the facts of its showIf (empty when always shown). */
  readonly showFacts: readonly (readonly Fact[])[];
}

const cache = new WeakMap<ScoringContent, CompiledContent>();

export function compileContent(content: ScoringContent): CompiledContent {
  const cached = cache.get(content);
  if (cached) return cached;
  const questionById = new Map(content.questions.map((q) => [q.id, q]));
  const questionIndex = new Map(content.questions.map((q, i) => [q.id, i]));
  const indexOf = (id: string): number => questionIndex.get(id) ?? -1;
  const rulePoints = content.rules.map(pointsOf);
  const ruleQuestions = content.rules.map((rule) => questionsOf(rule.when));
  const ruleTests = content.rules.map((rule) => compileCondition(rule.when, indexOf));
  const showTests = content.questions.map((q) => (q.showIf ? compileCondition(q.showIf, indexOf) : null));
  const showIfs = content.questions.flatMap((q) => (q.showIf ? [q.showIf] : []));
  // Score ranges only need to tell apart answers that move points or visibility.
  const scoring: Condition[] = [...content.rules.filter((_, i) => rulePoints[i]?.some((p) => p !== 0)).map((r) => r.when), ...showIfs];
  const scoringBoundaries = numberBoundaries(scoring);
  const ruleScores = rulePoints.map((points) => points.some((p) => p !== 0));
  const ruleReads = ruleQuestions.map((qs) => qs.map(indexOf));
  const domains = content.questions.map((q) => domainOf(q, scoringBoundaries.get(q.id) ?? [], factsAbout(scoring, q.id)));
  const factsOf = (condition: Condition | undefined): Fact[] => {
    const facts: Fact[] = [];
    if (condition) walkFacts(condition, (f) => facts.push(f));
    return facts;
  };
  const ruleFacts = content.rules.map((rule) => factsOf(rule.when));
  const showFacts = content.questions.map((q) => factsOf(q.showIf));
  const compiled: CompiledContent = {
    questionById,
    questionIds: content.questions.map((q) => q.id),
    questionIndex,
    ruleIds: content.rules.map((rule) => rule.id),
    ruleTests,
    showTests,
    showReads: content.questions.map((q) => (q.showIf ? questionsOf(q.showIf).map(indexOf) : [])),
    rulePoints,
    ruleQuestions,
    ruleReads,
    domains,
    ruleScores,
    needReads: MODEL_IDS.map((id) => (content.models.find((m) => m.id === id)?.needQuestions ?? []).map(indexOf)),
    constraintRules: MODEL_IDS.map((_, m) =>
      rulePoints.flatMap((points, rule) => (content.rules[rule]?.role === 'constraint' && (points[m] ?? 0) < 0 ? [rule] : [])),
    ),
    modelRules: MODEL_IDS.map((_, m) => rulePoints.flatMap((points, rule) => ((points[m] ?? 0) !== 0 ? [rule] : []))),
    ruleFacts,
    ruleFactReads: ruleFacts.map((facts) => facts.map((f) => indexOf(f.question))),
    showFacts,
    countsForConfidence: content.questions.map((q) =>
      content.sections.some((section) => section.optional !== true && section.questions.some((asked) => asked.id === q.id)),
    ),
  };
  cache.set(content, compiled);
  return compiled;
}

function pointsOf(rule: ScoringRule): number[] {
  const points = MODEL_IDS.map(() => 0);
  for (const effect of rule.effects) {
    if (effect.kind === 'points') points[modelIndex(effect.model)] = (points[modelIndex(effect.model)] ?? 0) + effect.points;
  }
  return points;
}

function modelIndex(model: ModelId): number {
  return MODEL_IDS.indexOf(model);
}

function walkFacts(condition: Condition, visit: (fact: Fact) => void): void {
  if ('all' in condition) condition.all.forEach((c) => walkFacts(c, visit));
  else if ('any' in condition) condition.any.forEach((c) => walkFacts(c, visit));
  else if ('not' in condition) walkFacts(condition.not, visit);
  else visit(condition);
}

export function factsAbout(conditions: readonly Condition[], question: string): Fact[] {
  const facts: Fact[] = [];
  for (const c of conditions) walkFacts(c, (f) => f.question === question && facts.push(f));
  return facts;
}

/** Numeric facts can only change result where a value and the one below it differ: the boundaries. */
export function numberBoundaries(conditions: readonly Condition[]): Map<string, number[]> {
  const boundaries = new Map<string, number[]>();
  const collect = (question: string, value: number): void => {
    const list = boundaries.get(question) ?? [];
    if (!list.includes(value)) list.push(value);
    boundaries.set(question, list);
  };
  for (const condition of conditions) {
    walkFacts(condition, (fact) => {
      if (!('value' in fact) || typeof fact.value !== 'number' || fact.op === 'countGte' || fact.op === 'countLte') return;
      if (fact.op === 'gte' || fact.op === 'lt' || fact.op === 'eq' || fact.op === 'ne') collect(fact.question, fact.value);
      if (fact.op === 'gt' || fact.op === 'lte' || fact.op === 'eq' || fact.op === 'ne') collect(fact.question, fact.value + 1);
    });
  }
  for (const list of boundaries.values()) list.sort((a, b) => a - b);
  return boundaries;
}

function domainOf(question: Question, boundaries: readonly number[], facts: readonly Fact[]): AnswerValue[] {
  // Every value worth trying, then one per signature: the facts' results on it.
  const seen = new Set<string>();
  const out: AnswerValue[] = [];
  for (const value of candidatesOf(question, boundaries)) {
    if (facts.length === 0) break;
    const signature = facts.map((f) => factTruth(f, value)).join('');
    if (seen.has(signature)) continue;
    seen.add(signature);
    out.push(value);
  }
  return out;
}

function candidatesOf(question: Question, boundaries: readonly number[]): AnswerValue[] {
  switch (question.kind) {
    case 'single':
      return question.options.map((o) => o.value);
    case 'scale': {
      const values: number[] = [];
      for (let v = question.min; v <= question.max; v++) values.push(v);
      return values;
    }
    case 'number':
      return [question.min, ...boundaries.filter((b) => b > question.min && b <= question.max)];
    case 'multi': {
      const values = question.options.map((o) => o.value);
      const subsets: string[][] = [];
      for (let mask = 0; mask < 1 << values.length; mask++) subsets.push(values.filter((_, i) => mask & (1 << i)));
      return subsets;
    }
  }
}
