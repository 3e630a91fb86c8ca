import type { Answers } from '../answers/answers.ts';
import type { ScoringContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import { assessConfidence } from './confidence.ts';
import { evaluateCore, type CoreEvaluation } from './evaluate-core.ts';
import type { Recommendation } from './recommendation.ts';
import type { ScoreRange, Standing } from './verdict.ts';

/** The verdict, scores, ranges and how sure it is, without reasons, what-would-change or the set's description: what a live preview needs. */
export type ScoreSummary = Pick<Recommendation, 'scores' | 'ranges' | 'standings' | 'confidence'> & {
  readonly recommendation: Omit<Recommendation['recommendation'], 'description'>;
};

/** The intermediate results recommend() explains further. */
export interface Evaluation extends CoreEvaluation {
  readonly summary: ScoreSummary;
}

const perModel = <T>(list: readonly T[], fallback: T): Record<ModelId, T> => ({
  HRO: list[0] ?? fallback,
  RPO: list[1] ?? fallback,
  BPO: list[2] ?? fallback,
  KPO: list[3] ?? fallback,
});

export function evaluateAnswers(content: ScoringContent, answers: Answers): Evaluation {
  const core = evaluateCore(content, answers);
  const { compiled, outcome, models, set, verdict, open } = core;
  const { hiddenAt } = core.visibility;
  const counted = open.filter((q) => compiled.countsForConfidence[q] === true);
  // Questions that count for confidence and are shown, or hidden yet still open (they may be shown).
  let visibleQuestions = counted.filter((q) => hiddenAt[q] === true).length;
  for (let q = 0; q < hiddenAt.length; q++) if (compiled.countsForConfidence[q] === true && hiddenAt[q] !== true) visibleQuestions++;
  const constrained = models.filter((model) => {
    for (const rule of compiled.constraintRules[MODEL_IDS.indexOf(model)] ?? []) if (outcome.fired[rule]) return true;
    return false;
  });
  const confidence = assessConfidence(content, {
    scores: core.scoreList,
    ranges: core.rangeList,
    verdict,
    unanswered: counted.map((q) => compiled.questionIds[q] ?? ''),
    visibleQuestions,
    constrained,
  });
  const summary: ScoreSummary = {
    recommendation: {
      models,
      label: set.label,
      headline: set.headline,
      combination: set.combination?.id ?? null,
      confidence: confidence.level,
      verdict,
    },
    scores: core.scores,
    ranges: perModel<ScoreRange>(core.rangeList, { low: 0, high: 100 }),
    standings: perModel<Standing>(core.standingList, 'not_recommended'),
    confidence,
  };
  return { ...core, summary };
}

/**
 * The same verdict, scores, ranges and confidence as recommend(), without explanations: cheap and
 * small enough for a live preview on every keystroke. Pure and deterministic.
 */
export function scoreAnswers(content: ScoringContent, answers: Answers): ScoreSummary {
  return evaluateAnswers(content, answers).summary;
}
