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
  /** Per model (MODEL_IDS order), the rules with risk, KPI or note effects for it. */
  readonly sideEffectRules: readonly (readonly number[])[];
  /** Per rule, the points it gives to each model (index = MODEL_IDS order). */
  readonly rulePoints: readonly (readonly number[])[];
  /** Per rule, the questions its condition reads. */
  readonly ruleQuestions: readonly (readonly string[])[];
}

const cache = new WeakMap<AdvisorContent, CompiledContent>();

export function compileContent(content: AdvisorContent): CompiledContent {
  const cached = cache.get(content);
  if (cached) return cached;
  const questionById = new Map(content.questions.map((q) => [q.id, q]));
  const rulePoints = content.rules.map(pointsOf);
  const ruleQuestions = content.rules.map((rule) => questionsOf(rule.when));

  const questionIndex = new Map(content.questions.map((q, i) => [q.id, i]));
  const indexOf = (id: string): number => questionIndex.get(id) ?? -1;
  const ruleTests = content.rules.map((rule) => compileCondition(rule.when, indexOf));
  const showTests = content.questions.map((q) => (q.showIf ? compileCondition(q.showIf, indexOf) : null));
  const conditional = showTests.flatMap((test, i) => (test ? [i] : []));
  const ruleTemplates = content.rules.map((rule, i) => parseTemplate(rule.because, ruleQuestions[i]?.[0] ?? ''));
  const sideEffectRules = MODEL_IDS.map((model) =>
    content.rules.flatMap((rule, i) => (rule.effects.some((e) => e.kind !== 'points' && e.model === model) ? [i] : [])),
  );
  const compiled: CompiledContent = {
    ruleTemplates,
    sideEffectRules,
    ruleTests,
    showTests,
    conditional,
    questionIndex,
    questionById,
    rulePoints,
    ruleQuestions,
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
