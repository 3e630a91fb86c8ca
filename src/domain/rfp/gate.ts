import type { Answers } from '../answers/answers.ts';
import { evaluateCondition } from '../engine/evaluate.ts';
import type { Condition } from '../schemas/condition.ts';
import type { ModelId } from '../model-ids.ts';
import type { ModelsCondition } from '../schemas/rfp.ts';

interface Gated {
  readonly when?: Condition | undefined;
  readonly ifModels?: ModelsCondition | undefined;
}

/** Whether a content block or item is shown for these answers (visibility resolved) and tendered models. */
export function passesGate(item: Gated, answers: Answers, models: readonly ModelId[]): boolean {
  if (item.when && !evaluateCondition(item.when, answers)) return false;
  const m = item.ifModels;
  if (!m) return true;
  if (m.any && !m.any.some((id) => models.includes(id))) return false;
  if (m.all && !m.all.every((id) => models.includes(id))) return false;
  if (m.none && m.none.some((id) => models.includes(id))) return false;
  return m.minCount === undefined || models.length >= m.minCount;
}
