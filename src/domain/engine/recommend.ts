import type { Answers } from '../answers/answers.ts';
import { toVector } from '../answers/visibility.ts';
import type { AdvisorContent } from '../content.ts';
import type { ModelId } from '../model-ids.ts';
import type { CompiledContent } from './compile.ts';
import { traceFacts } from './trace.ts';
import { collectEffects } from './effects.ts';
import { answerWords, renderBecause } from './explain.ts';
import type { Reason, Recommendation } from './recommendation.ts';
import { evaluateAnswers } from './score-answers.ts';
import { attributeScore } from './attribute.ts';
import { findChanges } from './sensitivity.ts';

/**
 * Turns answers into an explained recommendation. Pure, synchronous and deterministic; answers
 * must already be valid for this content (see parseAnswers). Never throws on valid answers,
 * including none at all.
 */
export function recommend(content: AdvisorContent, answers: Answers): Recommendation {
  const { compiled, visibility, outcome, set, summary } = evaluateAnswers(content, answers);
  const wordsFor = answerWords(compiled, visibility.effective);
  const explain = (model: ModelId): Reason[] => explainScore(content, compiled, model, outcome.fired, visibility.effective, wordsFor);
  const models = summary.recommendation.models;
  return {
    ...summary,
    reasons: { HRO: explain('HRO'), RPO: explain('RPO'), BPO: explain('BPO'), KPO: explain('KPO') },
    changes: findChanges(content, compiled, visibility, toVector(content, answers), outcome, models),
    ...collectEffects(content, compiled, models, outcome.fired, wordsFor, set.combination?.notes ?? []),
    dropped: visibility.dropped.map((id) => ({ question: id, short: compiled.questionById.get(id)?.short ?? id })),
  };
}

function explainScore(
  content: AdvisorContent,
  compiled: CompiledContent,
  model: ModelId,
  fired: readonly boolean[],
  effective: Answers,
  wordsFor: (question: string) => string,
): Reason[] {
  return attributeScore(model, compiled, fired)
    .flatMap(({ rule: index, nominal, points }) => {
      const rule = content.rules[index];
      if (!rule) return [];
      const questions = compiled.ruleQuestions[index] ?? [];
      const primary = questions[0] ?? '';
      const reason: Reason = {
        question: primary,
        questions,
        answer: wordsFor(primary),
        rule: rule.id,
        ruleTitle: rule.title,
        points,
        rulePoints: nominal,
        text: renderBecause(index, compiled, wordsFor),
        facts: traceFacts(rule.when, effective),
      };
      return [reason];
    })
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || Math.abs(b.rulePoints) - Math.abs(a.rulePoints));
}
