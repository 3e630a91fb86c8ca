import type { Answers } from '../answers/answers.ts';
import type { RecommendContent } from '../content.ts';
import { collectEffects } from './effects.ts';
import type { Reason, Recommendation, SummaryReason } from './recommendation.ts';
import { evaluateAnswers } from './score-answers.ts';
import { setDescription } from './select.ts';
import { findChanges } from './sensitivity.ts';
import { summaryOf, summaryWords } from './summarise.ts';

const titles = new WeakMap<RecommendContent, ReadonlyMap<string, string>>();

/** Each rule's title by its id, once per content object. */
function titlesOf(content: RecommendContent): ReadonlyMap<string, string> {
  let map = titles.get(content);
  if (!map) titles.set(content, (map = new Map(content.rules.map((rule) => [rule.id, rule.title]))));
  return map;
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
  const { recommendation, reasons, dropped, ...shown } = summaryOf(content, evaluation, written);
  const { label, headline, combination, confidence, verdict } = recommendation;
  const titleOf = titlesOf(content);
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
  // The keys in the order the command line's JSON has always had them (docs/recommendation.md).
  return {
    recommendation: { models, label, headline, description: setDescription(content, set, models), combination, confidence, verdict },
    ...shown,
    reasons: { HRO: titled(reasons.HRO), RPO: titled(reasons.RPO), BPO: titled(reasons.BPO), KPO: titled(reasons.KPO) },
    changes: findChanges(content, compiled, visibility, outcome, models),
    ...collectEffects(content, models, outcome.fired, written.ruleText, set.combination),
    dropped,
  };
}
