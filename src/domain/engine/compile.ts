import type { AdvisorContent, TopicRule } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { Question } from '../schemas/question.ts';
import { parseTemplate, type TemplateParts } from './explain.ts';
import { compileCondition, questionsOf, type VectorTest } from './evaluate.ts';

/** Indexes built once per content object; the engine's hot loops read only these. */
export interface CompiledContent {
  readonly questionById: ReadonlyMap<string, Question>;
  /** Per rule, its condition as a closure. */
  readonly ruleTests: readonly VectorTest[];
  /** Per question (questionnaire order), its showIf as a closure, or null when always shown. */
  readonly showTests: readonly (VectorTest | null)[];
  /** Positions of the questions that have a showIf, in questionnaire order. */
  readonly conditional: readonly number[];
  readonly questionIndex: ReadonlyMap<string, number>;
  /** Per rule, its `because` template cut at the placeholders. */
  readonly ruleTemplates: readonly TemplateParts[];
  /** Per question, per model: the most points changing that answer can move the model's total, either way. */
  readonly swing: ReadonlyMap<string, readonly number[]>;
  /** Per model (MODEL_IDS order), the rules with risk, KPI or note effects for it. */
  readonly sideEffectRules: readonly (readonly number[])[];
  /** Per rule, the points it gives to each model (index = MODEL_IDS order). */
  readonly rulePoints: readonly (readonly number[])[];
  /** Per rule, the questions its condition reads. */
  readonly ruleQuestions: readonly (readonly string[])[];
  /** Per question, the rules whose result may change when that answer changes (directly or by showing or hiding a question). */
  readonly rulesAffectedBy: ReadonlyMap<string, readonly number[]>;
  /** Per number question, ascending, the values b where some fact may differ between b - 1 and b. */
  readonly boundaries: ReadonlyMap<string, readonly number[]>;
  /** Questions that some other question's showIf reads. */
  readonly showsOrHides: ReadonlySet<string>;
}

const cache = new WeakMap<AdvisorContent, CompiledContent>();

export function compileContent(content: AdvisorContent): CompiledContent {
  const cached = cache.get(content);
  if (cached) return cached;
  const questionById = new Map(content.questions.map((q) => [q.id, q]));
  const rulePoints = content.rules.map(pointsOf);
  const ruleQuestions = content.rules.map((rule) => questionsOf(rule.when));

  // A question's answer reaches the rules that read it and, through showIf, the rules that read the questions it shows or hides.
  const reach = new Map<string, Set<string>>(content.questions.map((q) => [q.id, new Set([q.id])]));
  for (const question of content.questions) {
    if (!question.showIf) continue;
    for (const source of questionsOf(question.showIf)) {
      for (const set of reach.values()) if (set.has(source)) set.add(question.id);
    }
  }
  const rulesAffectedBy = new Map<string, number[]>();
  for (const [id, reached] of reach) {
    rulesAffectedBy.set(
      id,
      ruleQuestions.flatMap((qs, index) => (qs.some((q) => reached.has(q)) ? [index] : [])),
    );
  }

  // Numeric facts can only change result where a value and the one below it differ: the boundaries.
  const boundaries = new Map<string, number[]>();
  const collect = (question: string, value: number): void => {
    const list = boundaries.get(question) ?? [];
    if (!list.includes(value)) list.push(value);
    boundaries.set(question, list);
  };
  const walkNumbers = (c: TopicRule['when']): void => {
    if ('all' in c) c.all.forEach(walkNumbers);
    else if ('any' in c) c.any.forEach(walkNumbers);
    else if ('not' in c) walkNumbers(c.not);
    else if ('value' in c && typeof c.value === 'number' && c.op !== 'countGte' && c.op !== 'countLte') {
      if (c.op === 'gte' || c.op === 'lt' || c.op === 'eq' || c.op === 'ne') collect(c.question, c.value);
      if (c.op === 'gt' || c.op === 'lte' || c.op === 'eq' || c.op === 'ne') collect(c.question, c.value + 1);
    }
  };
  content.rules.forEach((rule) => walkNumbers(rule.when));
  content.questions.forEach((q) => q.showIf && walkNumbers(q.showIf));
  for (const list of boundaries.values()) list.sort((a, b) => a - b);
  const showsOrHides = new Set(content.questions.flatMap((q) => (q.showIf ? questionsOf(q.showIf) : [])));
  const questionIndex = new Map(content.questions.map((q, i) => [q.id, i]));
  const indexOf = (id: string): number => questionIndex.get(id) ?? -1;
  const ruleTests = content.rules.map((rule) => compileCondition(rule.when, indexOf));
  const showTests = content.questions.map((q) => (q.showIf ? compileCondition(q.showIf, indexOf) : null));
  const conditional = showTests.flatMap((test, i) => (test ? [i] : []));
  const ruleTemplates = content.rules.map((rule, i) => parseTemplate(rule.because, ruleQuestions[i]?.[0] ?? ''));
  const sideEffectRules = MODEL_IDS.map((model) =>
    content.rules.flatMap((rule, i) => (rule.effects.some((e) => e.kind !== 'points' && e.model === model) ? [i] : [])),
  );
  const swing = new Map<string, number[]>();
  for (const [id, rules] of rulesAffectedBy) {
    swing.set(
      id,
      MODEL_IDS.map((_, m) => rules.reduce((sum, rule) => sum + Math.abs(rulePoints[rule]?.[m] ?? 0), 0)),
    );
  }
  const compiled: CompiledContent = {
    swing,
    ruleTemplates,
    sideEffectRules,
    ruleTests,
    showTests,
    conditional,
    questionIndex,
    questionById,
    rulePoints,
    ruleQuestions,
    rulesAffectedBy,
    boundaries,
    showsOrHides,
  };
  cache.set(content, compiled);
  return compiled;
}

function pointsOf(rule: TopicRule): number[] {
  const points = MODEL_IDS.map(() => 0);
  for (const effect of rule.effects) {
    if (effect.kind === 'points') points[modelIndex(effect.model)] = (points[modelIndex(effect.model)] ?? 0) + effect.points;
  }
  return points;
}

export function modelIndex(model: ModelId): number {
  return MODEL_IDS.indexOf(model);
}
