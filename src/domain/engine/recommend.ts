import type { Answers } from '../answers/answers.ts';
import { toVector } from '../answers/visibility.ts';
import type { AdvisorContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import { findAlternatives, findShapes, standingLines } from './advice.ts';
import { attributeScore, type Contribution } from './attribute.ts';
import type { CompiledContent } from './compile.ts';
import { collectEffects } from './effects.ts';
import type { AnswerVector } from './evaluate.ts';
import { answerWords, ruleTexts, type AnswerWords } from './explain.ts';
import type { DecidingAnswer, Reason, Recommendation } from './recommendation.ts';
import { evaluateAnswers } from './score-answers.ts';
import { findChanges } from './sensitivity.ts';
import { traceFact, type FactTrace } from './trace.ts';
import { sortShort } from '../sort-short.ts';

/**
 * Turns answers into an explained recommendation. Pure, synchronous and deterministic; answers
 * must already be valid for this content (see parseAnswers). Never throws on valid answers,
 * including none at all.
 */
export function recommend(content: AdvisorContent, answers: Answers): Recommendation {
  const evaluation = evaluateAnswers(content, answers);
  const { compiled, visibility, outcome, set, summary, models, verdict, standingList } = evaluation;
  const words = answerWords(compiled.questionById, visibility.effective);
  const ruleText = ruleTexts(compiled, words);
  const explain = (model: ModelId): Reason[] => explainScore(content, compiled, model, outcome.fired, visibility.vector, words, ruleText);
  const reasons = { HRO: explain('HRO'), RPO: explain('RPO'), BPO: explain('BPO'), KPO: explain('KPO') };
  return {
    ...summary,
    summary: standingLines(content, standingList, visibility.vector, words),
    alternatives: findAlternatives(content, visibility.vector, words),
    shapes: findShapes(content, models, visibility.vector, words),
    deciding: decidingAnswers(reasons, models, verdict === 'in_house'),
    reasons,
    changes: findChanges(content, compiled, visibility, toVector(content, answers), outcome, models),
    ...collectEffects(content, models, outcome.fired, ruleText, set.combination),
    dropped: visibility.dropped.map((id) => ({ question: id, short: compiled.questionById.get(id)?.short ?? id })),
  };
}

/** One reason per answer: the rules that fired on the same answer for this model, their points summed. */
function explainScore(
  content: AdvisorContent,
  compiled: CompiledContent,
  model: ModelId,
  fired: readonly boolean[],
  vector: AnswerVector,
  words: AnswerWords,
  ruleText: (rule: number) => string,
): Reason[] {
  const byQuestion = new Map<string, Contribution[]>();
  for (const part of attributeScore(model, compiled, fired)) {
    const primary = compiled.ruleQuestions[part.rule]?.[0] ?? '';
    const list = byQuestion.get(primary);
    if (list) list.push(part);
    else byQuestion.set(primary, [part]);
  }
  const reasons: Reason[] = [];
  // Keys, not entries: iterating a Map's entries allocates a [key, value] pair for each.
  for (const question of byQuestion.keys()) {
    const parts = byQuestion.get(question) ?? [];
    sortShort(parts, (a, b) => Math.abs(b.nominal) - Math.abs(a.nominal) || a.rule - b.rule);
    let points = 0;
    let rulePoints = 0;
    for (const p of parts) {
      points += p.points;
      rulePoints += p.nominal;
    }
    if (points === 0 && rulePoints === 0) continue;
    // The sentence comes from the strongest rule that pulls the same way as the whole reason; on a
    // tie, the later one in content order (tiers are listed from the broadest up: the most specific).
    const sign = Math.sign(rulePoints);
    let lead: Contribution | undefined;
    for (const p of parts) {
      if (Math.sign(p.nominal) !== sign) continue;
      if (!lead || Math.abs(p.nominal) > Math.abs(lead.nominal) || (Math.abs(p.nominal) === Math.abs(lead.nominal) && p.rule > lead.rule))
        lead = p;
    }
    lead ??= parts[0];
    const rule = lead ? content.rules[lead.rule] : undefined;
    if (!lead || !rule) continue;
    const questions: string[] = [];
    const facts: FactTrace[] = [];
    const rules: string[] = [];
    for (const p of parts) {
      for (const q of compiled.ruleQuestions[p.rule] ?? []) if (!questions.includes(q)) questions.push(q);
      const reads = compiled.ruleFactReads[p.rule] ?? [];
      (compiled.ruleFacts[p.rule] ?? []).forEach((fact, i) => facts.push(traceFact(fact, vector[reads[i] ?? -1])));
      rules.push(content.rules[p.rule]?.id ?? '');
    }
    reasons.push({
      question,
      questions,
      answer: words(question),
      rule: rule.id,
      ruleTitle: rule.title,
      rules,
      points,
      rulePoints,
      text: ruleText(lead.rule),
      facts,
    });
  }
  return sortShort(reasons, (a, b) => Math.abs(b.points) - Math.abs(a.points) || Math.abs(b.rulePoints) - Math.abs(a.rulePoints));
}

/**
 * The answers that decided it: for a set, the strongest positive reasons of the recommended models;
 * for keeping it in-house, the strongest reasons against. Three at most, one per answer.
 */
function decidingAnswers(reasons: Record<ModelId, readonly Reason[]>, models: readonly ModelId[], inHouse: boolean): DecidingAnswer[] {
  const pool: { model: ModelId; m: number; r: Reason }[] = [];
  for (const model of inHouse ? MODEL_IDS : models) {
    const m = MODEL_IDS.indexOf(model);
    for (const r of reasons[model]) if (inHouse ? r.points < 0 : r.points > 0) pool.push({ model, m, r });
  }
  sortShort(pool, (a, b) => Math.abs(b.r.points) - Math.abs(a.r.points) || a.m - b.m);
  const seen = new Set<string>();
  const out: DecidingAnswer[] = [];
  for (const { model, r } of pool) {
    if (out.length >= 3) break;
    if (seen.has(r.question)) continue;
    seen.add(r.question);
    out.push({ model, question: r.question, answer: r.answer, points: r.points, text: r.text });
  }
  return out;
}
