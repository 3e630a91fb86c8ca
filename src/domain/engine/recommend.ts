import type { Answers } from '../answers/answers.ts';
import { toVector } from '../answers/visibility.ts';
import type { RecommendContent } from '../content.ts';
import { collectEffects } from './effects.ts';
import { answerWords } from './explain.ts';
import type { Reason, Recommendation, SummaryReason } from './recommendation.ts';
import { evaluateAnswers } from './score-answers.ts';
import { setDescription } from './select.ts';
import { findChanges } from './sensitivity.ts';
import { summaryOf } from './summarise.ts';

/**
 * Turns answers into an explained recommendation. Pure, synchronous and deterministic; answers
 * must already be valid for this content (see parseAnswers). Never throws on valid answers,
 * including none at all.
 */
export function recommend(content: RecommendContent, answers: Answers): Recommendation {
  const evaluation = evaluateAnswers(content, answers);
  const { compiled, visibility, outcome, models, set } = evaluation;
  const { recommendation, reasons, dropped, ...shown } = summaryOf(content, evaluation);
  const { label, headline, combination, confidence, verdict } = recommendation;
  const titleOf = new Map(content.rules.map((rule) => [rule.id, rule.title]));
  // Each reason with its rule's title, the keys in their documented order.
  const titled = (list: readonly SummaryReason[]): Reason[] =>
    list.map(({ question, questions, answer, rule, rules, points, rulePoints, text, facts }) => ({
      question,
      questions,
      answer,
      rule,
      ruleTitle: titleOf.get(rule) ?? '',
      rules,
      points,
      rulePoints,
      text,
      facts,
    }));
  const words = answerWords(compiled.questionById, visibility.effective);
  // The keys in the order the command line's JSON has always had them (docs/recommendation.md).
  return {
    recommendation: { models, label, headline, description: setDescription(content, set, models), combination, confidence, verdict },
    ...shown,
    reasons: { HRO: titled(reasons.HRO), RPO: titled(reasons.RPO), BPO: titled(reasons.BPO), KPO: titled(reasons.KPO) },
    changes: findChanges(content, compiled, visibility, toVector(content, answers), outcome, models),
    ...collectEffects(content, compiled, models, outcome.fired, words, set.combination),
    dropped,
  };
}
