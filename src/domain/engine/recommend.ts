import type { Answers } from '../answers/answers.ts';
import type { RecommendContent } from '../content.ts';
import { collectEffects } from './effects.ts';
import type { Recommendation } from './recommendation.ts';
import { evaluateAnswers } from './score-answers.ts';
import { setDescription } from './select.ts';
import { findChanges } from './sensitivity.ts';
import { summaryOf, summaryWords } from './summarise.ts';

const titles = new WeakMap<RecommendContent, readonly string[]>();

/** Each rule's title by its position, once per content object. */
function titlesOf(content: RecommendContent): readonly string[] {
  let list = titles.get(content);
  if (!list) titles.set(content, (list = content.rules.map((rule) => rule.title)));
  return list;
}

/**
 * Turns answers into an explained recommendation. Pure, synchronous and deterministic; answers
 * must already be valid for this content (see parseAnswers). Never throws on valid answers,
 * including none at all.
 */
export function recommend(content: RecommendContent, answers: Answers): Recommendation {
  const evaluation = evaluateAnswers(content, answers);
  const { compiled, visibility, outcome, models, set } = evaluation;
  const written = summaryWords(content, evaluation);
  const { recommendation, reasons, dropped, ...shown } = summaryOf(content, evaluation, written, titlesOf(content));
  const { label, headline, combination, confidence, verdict } = recommendation;
  // The keys in the order the command line's JSON has always had them (docs/recommendation.md).
  return {
    recommendation: { models, label, headline, description: setDescription(content, set, models), combination, confidence, verdict },
    ...shown,
    reasons,
    changes: findChanges(content, compiled, visibility, outcome, models),
    ...collectEffects(content, models, outcome.fired, written.ruleText, set.combination),
    dropped,
  };
}
