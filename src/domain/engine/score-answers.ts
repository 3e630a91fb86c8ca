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
  const hidden = new Set(core.visibility.hidden.map((id) => compiled.questionIndex.get(id)));
  const counted = open.filter((q) => compiled.countsForConfidence[q] === true);
  const constrained = models.filter((model) => {
    const m = MODEL_IDS.indexOf(model);
    return outcome.fired.some(
      (fired, rule) => fired && compiled.ruleRoles[rule] === 'constraint' && (compiled.rulePoints[rule]?.[m] ?? 0) < 0,
    );
  });
  const confidence = assessConfidence(content, {
    scores: core.scoreList,
    ranges: core.rangeList,
    verdict,
    unanswered: counted.map((q) => content.questions[q]?.id ?? ''),
    visibleQuestions:
      content.questions.filter((_, q) => compiled.countsForConfidence[q] === true && !hidden.has(q)).length +
      counted.filter((q) => hidden.has(q)).length,
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
