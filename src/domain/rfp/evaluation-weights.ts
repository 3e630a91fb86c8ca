import { apportion } from '../apportion.ts';
import type { Answers } from '../answers/answers.ts';
import { evaluateCondition } from '../engine/evaluate.ts';
import type { ModelId } from '../model-ids.ts';
import type { EvaluationCriterion } from '../schemas/rfp.ts';
import { CRITERIA, type CriterionId } from './constants.ts';

export type EvaluationWeights = Readonly<Record<CriterionId, number>>;

/**
 * The weight of each evaluation criterion, as whole percentages that add up to exactly 100: each
 * criterion's weight from content/rfp, plus the points of every adjustment whose conditions hold
 * (compliance weighs more when compliance is complex, cost when the budget is tight, and so on),
 * scaled to 100. Pass the answers that count (visibility resolved) and the models tendered.
 */
export function evaluationWeights(
  criteria: Readonly<Record<CriterionId, EvaluationCriterion>>,
  answers: Answers,
  models: readonly ModelId[],
): EvaluationWeights {
  const raw = CRITERIA.map((id) =>
    criteria[id].adjustments.reduce(
      (sum, a) =>
        (a.when && !evaluateCondition(a.when, answers)) ||
        (a.models && !a.models.some((m) => models.includes(m))) ||
        (a.minModels !== undefined && models.length < a.minModels)
          ? sum
          : sum + a.points,
      criteria[id].weight,
    ),
  );
  const rounded = apportion(raw, 100);
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
