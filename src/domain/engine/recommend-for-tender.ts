import type { Answers } from '../answers/answers.ts';
import { resolveVisibility } from '../answers/visibility.ts';
import type { AdvisorContent } from '../content.ts';
import { MODEL_IDS } from '../model-ids.ts';
import { compileContent } from './compile.ts';
import { collectEffects } from './effects.ts';
import { answerWords } from './explain.ts';
import type { Recommendation } from './recommendation.ts';
import { clampScore, evaluateRules } from './score.ts';
import { describeSet, selectModels } from './select.ts';

/** The parts of a recommendation a tender is drafted from. */
export type TenderRecommendation = Pick<Recommendation, 'scores' | 'risks' | 'kpis' | 'notes'> & {
  readonly recommendation: Pick<Recommendation['recommendation'], 'models'>;
};

/**
 * Exactly recommend()'s set, scores, risks, KPIs and notes, without the reasons, the confidence and
 * the "what would change this" search: what the RFP page needs, in a fraction of the code (the
 * browser loads all of it before the page shows). Pure and deterministic.
 */
export function recommendForTender(content: AdvisorContent, answers: Answers): TenderRecommendation {
  const compiled = compileContent(content);
  const visibility = resolveVisibility(content, answers);
  const outcome = evaluateRules(compiled, visibility.vector);
  const scores = outcome.raw.map(clampScore);
  const models = selectModels(scores, content.settings.recommendAt);
  const notes = describeSet(content, models).combination?.notes ?? [];
  const [HRO = 0, RPO = 0, BPO = 0, KPO = 0] = MODEL_IDS.map((_, m) => scores[m] ?? 0);
  return {
    recommendation: { models },
    scores: { HRO, RPO, BPO, KPO },
    ...collectEffects(content, compiled, models, outcome.fired, answerWords(compiled, visibility.effective), notes),
  };
}
