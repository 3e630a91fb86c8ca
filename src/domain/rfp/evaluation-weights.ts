import type { Answers } from '../answers/answers.ts';
import { evaluateCondition } from '../engine/evaluate.ts';
import type { Condition } from '../schemas/condition.ts';
import type { ModelId } from '../model-ids.ts';
import { CRITERIA, type CriterionId } from './constants.ts';

export type EvaluationWeights = Readonly<Record<CriterionId, number>>;

const BASE: EvaluationWeights = {
  'service-fit': 25,
  experience: 15,
  cost: 20,
  'data-security': 10,
  compliance: 10,
  transition: 10,
  technology: 5,
  partnership: 5,
};

interface Adjustment {
  readonly criterion: CriterionId;
  readonly points: number;
  readonly when?: Condition;
  /** Applies only when at least one of these models is tendered. */
  readonly models?: readonly ModelId[];
  readonly minModels?: number;
}

const MULTI_COUNTRY: Condition = { question: 'countries', op: 'in', value: ['two_to_five', 'six_plus'] };

// Points added to a criterion's base before the weights are scaled to 100. Each is large enough that
// the answer it names moves the rounded percentage, whatever the other answers are.
const ADJUSTMENTS: readonly Adjustment[] = [
  { criterion: 'compliance', points: 15, when: { question: 'compliance_complexity', op: 'eq', value: 'high' } },
  { criterion: 'compliance', points: 5, when: { question: 'compliance_complexity', op: 'eq', value: 'moderate' } },
  { criterion: 'compliance', points: 5, when: MULTI_COUNTRY },
  {
    criterion: 'compliance',
    points: 5,
    when: { question: 'industry', op: 'in', value: ['financial_services', 'healthcare_life_sciences', 'public_sector'] },
  },
  { criterion: 'compliance', points: 10, when: { question: 'primary_goal', op: 'eq', value: 'compliance' } },
  { criterion: 'compliance', points: 5, models: ['HRO'] },
  { criterion: 'cost', points: 15, when: { question: 'budget', op: 'eq', value: 'tight' } },
  { criterion: 'cost', points: 5, when: { question: 'budget', op: 'eq', value: 'moderate' } },
  { criterion: 'cost', points: -5, when: { question: 'budget', op: 'eq', value: 'flexible' } },
  { criterion: 'cost', points: 10, when: { question: 'primary_goal', op: 'eq', value: 'reduce_cost' } },
  { criterion: 'data-security', points: 15, when: { question: 'data_sensitivity', op: 'eq', value: 'high' } },
  { criterion: 'data-security', points: 5, when: { question: 'data_sensitivity', op: 'eq', value: 'moderate' } },
  { criterion: 'data-security', points: 3, when: { question: 'countries', op: 'eq', value: 'six_plus' } },
  {
    criterion: 'service-fit',
    points: 5,
    when: { question: 'primary_goal', op: 'in', value: ['hire_better_faster', 'scalability', 'focus_on_core'] },
  },
  { criterion: 'experience', points: 10, when: { question: 'primary_goal', op: 'eq', value: 'expertise' } },
  { criterion: 'experience', points: 5, models: ['KPO'] },
  { criterion: 'transition', points: 5, when: { question: 'engagement_length', op: 'eq', value: 'multi_year' } },
  { criterion: 'transition', points: 5, minModels: 2 },
  { criterion: 'transition', points: 3, models: ['HRO'] },
  { criterion: 'technology', points: 5, models: ['HRO'], minModels: 2 },
  { criterion: 'technology', points: 3, models: ['BPO'] },
  { criterion: 'partnership', points: 10, when: { question: 'control_preference', op: 'eq', value: 'tight' } },
  { criterion: 'partnership', points: 3, when: { question: 'control_preference', op: 'eq', value: 'shared' } },
  { criterion: 'partnership', points: 3, when: { question: 'single_provider', op: 'eq', value: 'yes' }, minModels: 2 },
];

/**
 * The weight of each evaluation criterion, as whole percentages that add up to exactly 100:
 * compliance weighs more when compliance is complex, cost when the budget is tight or the goal is
 * to cut cost, data security when the data is sensitive, and so on (see ADJUSTMENTS). Pass the
 * answers that count (visibility resolved) and the models tendered.
 */
export function evaluationWeights(answers: Answers, models: readonly ModelId[]): EvaluationWeights {
  const raw = { ...BASE };
  for (const adjustment of ADJUSTMENTS) {
    if (adjustment.when && !evaluateCondition(adjustment.when, answers)) continue;
    if (adjustment.models && !adjustment.models.some((m) => models.includes(m))) continue;
    if (adjustment.minModels !== undefined && models.length < adjustment.minModels) continue;
    raw[adjustment.criterion] += adjustment.points;
  }
  const rounded = roundToTotal(
    CRITERIA.map((id) => raw[id]),
    100,
  );
  const at = (id: CriterionId): number => rounded[CRITERIA.indexOf(id)] ?? 0;
  return {
    'service-fit': at('service-fit'),
    experience: at('experience'),
    cost: at('cost'),
    'data-security': at('data-security'),
    compliance: at('compliance'),
    transition: at('transition'),
    technology: at('technology'),
    partnership: at('partnership'),
  };
}

/**
 * Scales positive numbers to whole numbers that add up to `total` exactly (largest remainder:
 * round down, then give the points left over to the largest fractions, earlier entries first on a tie).
 */
export function roundToTotal(values: readonly number[], total: number): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  if (sum <= 0) return values.map(() => 0);
  const exact = values.map((v) => (v * total) / sum);
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, fraction: e - Math.floor(e) })).sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}
