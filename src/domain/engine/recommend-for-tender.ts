import type { Answers } from '../answers/answers.ts';
import type { RecommendContent } from '../content.ts';
import { collectEffects } from './effects.ts';
import { evaluateCore } from './evaluate-core.ts';
import { answerWords, ruleTexts } from './explain.ts';
import type { Recommendation } from './recommendation.ts';

/** The parts of a recommendation a tender is drafted from. */
export type TenderRecommendation = Pick<Recommendation, 'scores' | 'risks' | 'kpis' | 'notes'> & {
  readonly recommendation: Pick<Recommendation['recommendation'], 'models'>;
};

/**
 * Exactly recommend()'s set, scores, risks, KPIs and notes, without the reasons, the confidence and
 * the "what would change this" search: what the RFP page needs, in a fraction of the code (the
 * browser loads all of it before the page shows). Pure and deterministic.
 */
export function recommendForTender(content: RecommendContent, answers: Answers): TenderRecommendation {
  const { compiled, visibility, outcome, scores, models, set } = evaluateCore(content, answers, { ranges: false });
  return {
    recommendation: { models },
    scores,
    ...collectEffects(
      content,
      models,
      outcome.fired,
      ruleTexts(content, compiled, answerWords(compiled, visibility.vector)),
      set.combination,
    ),
  };
}
