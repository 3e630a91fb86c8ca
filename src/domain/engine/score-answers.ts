import type { Answers } from '../answers/answers.ts';
import type { Visibility } from '../answers/visibility.ts';
import type { AdvisorContent } from '../content.ts';
import type { CompiledContent } from './compile.ts';
import { assessConfidence } from './confidence.ts';
import { evaluateCore } from './evaluate-core.ts';
import type { Recommendation } from './recommendation.ts';
import type { RuleOutcome } from './score.ts';
import type { SetDescription } from './select.ts';

/** The scores, the set and how sure it is, without reasons or what-would-change: what a live preview needs. */
export type ScoreSummary = Pick<Recommendation, 'recommendation' | 'scores' | 'confidence'>;

/** The intermediate results recommend() explains further. */
export interface Evaluation {
  readonly compiled: CompiledContent;
  readonly visibility: Visibility;
  readonly outcome: RuleOutcome;
  readonly set: SetDescription;
  readonly summary: ScoreSummary;
}

export function evaluateAnswers(content: AdvisorContent, answers: Answers): Evaluation {
  const { compiled, visibility, outcome, scoreList, scores, models, set } = evaluateCore(content, answers);
  const confidence = assessConfidence(content, scoreList, visibility.effective, visibility.hidden);
  const summary: ScoreSummary = {
    recommendation: {
      models,
      label: set.label,
      headline: set.headline,
      description: set.description,
      combination: set.combination?.id ?? null,
      confidence: confidence.level,
    },
    scores,
    confidence,
  };
  return { compiled, visibility, outcome, set, summary };
}

/**
 * The same scores, set and confidence as recommend(), without explanations: cheap and small
 * enough for a live preview on every keystroke. Pure and deterministic.
 */
export function scoreAnswers(content: AdvisorContent, answers: Answers): ScoreSummary {
  return evaluateAnswers(content, answers).summary;
}
