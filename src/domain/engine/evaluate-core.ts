import type { Answers } from '../answers/answers.ts';
import { resolveVisibility, type Visibility } from '../answers/visibility.ts';
import type { AdvisorContent } from '../content.ts';
import type { ModelId } from '../model-ids.ts';
import { compileContent, type CompiledContent } from './compile.ts';
import { clampScore, evaluateRules, type RuleOutcome } from './score.ts';
import { describeSet, selectModels, type SetDescription } from './select.ts';

/** The first steps every engine entry point shares: visibility, rules, scores and the set. */
export interface CoreEvaluation {
  readonly compiled: CompiledContent;
  readonly visibility: Visibility;
  readonly outcome: RuleOutcome;
  /** Scores 0-100 in MODEL_IDS order. */
  readonly scoreList: readonly number[];
  readonly scores: Record<ModelId, number>;
  readonly models: ModelId[];
  readonly set: SetDescription;
}

export function evaluateCore(content: AdvisorContent, answers: Answers): CoreEvaluation {
  const compiled = compileContent(content);
  const visibility = resolveVisibility(content, answers);
  const outcome = evaluateRules(compiled, visibility.vector);
  const scoreList = outcome.raw.map(clampScore);
  const models = selectModels(scoreList, content.settings.recommendAt);
  const [HRO = 0, RPO = 0, BPO = 0, KPO = 0] = scoreList;
  return { compiled, visibility, outcome, scoreList, scores: { HRO, RPO, BPO, KPO }, models, set: describeSet(content, models) };
}
