import type { Answers } from '../answers/answers.ts';
import type { ExplainContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import { findAlternatives, findShapes, standingLines } from './advice.ts';
import { attributeScore } from './attribute.ts';
import type { CompiledContent } from './compile.ts';
import { answerWords, renderTemplate, ruleTemplates, type AnswerWords } from './explain.ts';
import type { DecidingAnswer, ResultSummary, SummaryReason } from './recommendation.ts';
import { evaluateAnswers, type Evaluation } from './score-answers.ts';
import { traceFact, type FactTrace } from './trace.ts';

/**
 * What a result shows first: the verdict, scores, ranges and confidence, one sentence per model,
 * how to buy it, the alternatives, every reason and the answers that decided it. Everything
 * recommend() gives but what would change it and what to watch, from content without the risks,
 * KPIs and scope notes. Pure, synchronous and deterministic, like recommend().
 */
export function summarise(content: ExplainContent, answers: Answers): ResultSummary {
  return summaryOf(content, evaluateAnswers(content, answers));
}

/** The summary of answers already evaluated (recommend() goes on from the same evaluation). */
export function summaryOf(content: ExplainContent, evaluation: Evaluation): ResultSummary {
  const { compiled, visibility, outcome, summary, models, verdict, standingList } = evaluation;
  const words = answerWords(compiled.questionById, visibility.effective);
  const explain = (model: ModelId): SummaryReason[] => explainScore(content, compiled, model, outcome.fired, visibility.effective, words);
  const reasons = { HRO: explain('HRO'), RPO: explain('RPO'), BPO: explain('BPO'), KPO: explain('KPO') };
  return {
    ...summary,
    summary: standingLines(content, standingList, visibility.effective, words),
    alternatives: findAlternatives(content, visibility.effective, words),
    shapes: findShapes(content, models, visibility.effective, words),
    deciding: decidingAnswers(reasons, models, verdict === 'in_house'),
    reasons,
    dropped: visibility.dropped.map((id) => ({ question: id, short: compiled.questionById.get(id)?.short ?? id })),
  };
}

/** One reason per answer: the rules that fired on the same answer for this model, their points summed. */
function explainScore(
  content: ExplainContent,
  compiled: CompiledContent,
  model: ModelId,
  fired: readonly boolean[],
  effective: Answers,
  words: AnswerWords,
): SummaryReason[] {
  const byQuestion = new Map<string, { index: number; nominal: number; points: number }[]>();
  for (const part of attributeScore(model, compiled, fired)) {
    const primary = compiled.ruleQuestions[part.rule]?.[0] ?? '';
    const list = byQuestion.get(primary) ?? [];
    list.push({ index: part.rule, nominal: part.nominal, points: part.points });
    byQuestion.set(primary, list);
  }
  const reasons: SummaryReason[] = [];
  for (const [question, parts] of byQuestion) {
    parts.sort((a, b) => Math.abs(b.nominal) - Math.abs(a.nominal) || a.index - b.index);
    // The sentence comes from the strongest rule that pulls the same way as the whole reason; on a
    // tie, the later one in content order (tiers are listed from the broadest up: the most specific).
    const sign = Math.sign(parts.reduce((sum, p) => sum + p.nominal, 0));
    const lead =
      parts.reduce<(typeof parts)[number] | undefined>((best, p) => {
        if (Math.sign(p.nominal) !== sign) return best;
        if (!best || Math.abs(p.nominal) > Math.abs(best.nominal)) return p;
        return Math.abs(p.nominal) === Math.abs(best.nominal) && p.index > best.index ? p : best;
      }, undefined) ?? parts[0];
    const rule = lead ? content.rules[lead.index] : undefined;
    if (!lead || !rule) continue;
    const questions: string[] = [];
    for (const p of parts) for (const q of compiled.ruleQuestions[p.index] ?? []) if (!questions.includes(q)) questions.push(q);
    const facts: FactTrace[] = [];
    for (const p of parts) for (const fact of compiled.ruleFacts[p.index] ?? []) facts.push(traceFact(fact, effective));
    reasons.push({
      question,
      questions,
      answer: words(question),
      rule: rule.id,
      rules: parts.map((p) => content.rules[p.index]?.id ?? ''),
      points: parts.reduce((sum, p) => sum + p.points, 0),
      rulePoints: parts.reduce((sum, p) => sum + p.nominal, 0),
      text: renderTemplate(ruleTemplates(content, compiled)[lead.index] ?? [], words),
      facts,
    });
  }
  return reasons
    .filter((r) => r.points !== 0 || r.rulePoints !== 0)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || Math.abs(b.rulePoints) - Math.abs(a.rulePoints));
}

/**
 * The answers that decided it: for a set, the strongest positive reasons of the recommended models;
 * for keeping it in-house, the strongest reasons against. Three at most, one per answer.
 */
function decidingAnswers(
  reasons: Record<ModelId, readonly SummaryReason[]>,
  models: readonly ModelId[],
  inHouse: boolean,
): DecidingAnswer[] {
  const pool = (inHouse ? MODEL_IDS : models).flatMap((model) =>
    reasons[model].filter((r) => (inHouse ? r.points < 0 : r.points > 0)).map((r) => ({ model, r })),
  );
  pool.sort((a, b) => Math.abs(b.r.points) - Math.abs(a.r.points) || MODEL_IDS.indexOf(a.model) - MODEL_IDS.indexOf(b.model));
  const seen = new Set<string>();
  const out: DecidingAnswer[] = [];
  for (const { model, r } of pool) {
    if (seen.has(r.question) || out.length >= 3) continue;
    seen.add(r.question);
    out.push({ model, question: r.question, answer: r.answer, points: r.points, text: r.text });
  }
  return out;
}
