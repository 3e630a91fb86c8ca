import type { Answers } from '../answers/answers.ts';
import type { ExplainContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { Fact } from '../schemas/condition.ts';
import { sortShort } from '../sort-short.ts';
import { findAlternatives, findShapes, standingLines } from './advice.ts';
import { attributeScore, type Contribution } from './attribute.ts';
import type { CompiledContent } from './compile.ts';
import type { AnswerVector } from './evaluate.ts';
import { answerWords, ruleTexts, type AnswerWords } from './explain.ts';
import type { DecidingAnswer, Reason, ResultSummary, SummaryReason } from './recommendation.ts';
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

/** The words a summary is written with, for recommend() to write what to watch with the same. */
export interface SummaryWords {
  readonly words: AnswerWords;
  readonly ruleText: (rule: number) => string;
}

/** A summary whose reasons carry their rules' titles: what recommend() returns. */
export type TitledSummary = Omit<ResultSummary, 'reasons'> & { readonly reasons: Readonly<Record<ModelId, readonly Reason[]>> };

/**
 * The summary of answers already evaluated (recommend() goes on from the same evaluation and words,
 * and gives the rules' titles, by rule position, so each reason is made once with its title).
 */
export function summaryOf(content: ExplainContent, evaluation: Evaluation, words?: SummaryWords): ResultSummary;
export function summaryOf(content: ExplainContent, evaluation: Evaluation, words: SummaryWords, titles: readonly string[]): TitledSummary;
export function summaryOf(
  content: ExplainContent,
  evaluation: Evaluation,
  { words, ruleText }: SummaryWords = summaryWords(content, evaluation),
  titles: readonly string[] | null = null,
): ResultSummary | TitledSummary {
  const { compiled, visibility, outcome, summary, models, verdict, standingList } = evaluation;
  const explain = (model: ModelId): SummaryReason[] =>
    explainScore(compiled, model, outcome.fired, visibility.vector, words, ruleText, titles);
  const reasons = { HRO: explain('HRO'), RPO: explain('RPO'), BPO: explain('BPO'), KPO: explain('KPO') };
  return {
    ...summary,
    summary: standingLines(content, standingList, visibility.vector, words),
    alternatives: findAlternatives(content, visibility.vector, words),
    shapes: findShapes(content, models, visibility.vector, words),
    deciding: decidingAnswers(reasons, models, verdict === 'in_house'),
    reasons,
    dropped: visibility.dropped.map((id) => ({ question: id, short: compiled.questionById.get(id)?.short ?? id })),
  };
}

/** The answers and rules' sentences in words, each worked out at most once per evaluation. */
export function summaryWords(content: ExplainContent, evaluation: Evaluation): SummaryWords {
  const words = answerWords(evaluation.compiled, evaluation.visibility.vector);
  return { words, ruleText: ruleTexts(content, evaluation.compiled, words) };
}

/** One reason per answer: the rules that fired on the same answer for this model, their points summed. */
function explainScore(
  compiled: CompiledContent,
  model: ModelId,
  fired: readonly boolean[],
  vector: AnswerVector,
  words: AnswerWords,
  ruleText: (rule: number) => string,
  titles: readonly string[] | null,
): SummaryReason[] {
  // Indexed loops throughout: V8 kept this function's for...of iterators as real objects (measured,
  // about 10 KB a call). Parts are grouped by the position of the first question their rule reads,
  // groups in the order they first appear.
  const all = attributeScore(model, compiled, fired);
  // A model has a few parts: a linear search for the group beats an array indexed by question.
  const primaries: number[] = [];
  const groups: Contribution[][] = [];
  for (let i = 0; i < all.length; i++) {
    const part = all[i] as Contribution;
    const primary = compiled.ruleReads[part.rule]?.[0] ?? -1;
    const at = primaries.indexOf(primary);
    if (at >= 0) groups[at]?.push(part);
    else {
      primaries.push(primary);
      groups.push([part]);
    }
  }
  const reasons: SummaryReason[] = [];
  for (let g = 0; g < groups.length; g++) {
    const parts = groups[g] as Contribution[];
    sortShort(parts, (a, b) => Math.abs(b.nominal) - Math.abs(a.nominal) || a.rule - b.rule);
    let points = 0;
    let rulePoints = 0;
    for (let i = 0; i < parts.length; i++) {
      points += parts[i]?.points ?? 0;
      rulePoints += parts[i]?.nominal ?? 0;
    }
    if (points === 0 && rulePoints === 0) continue;
    // The sentence comes from the strongest rule that pulls the same way as the whole reason; on a
    // tie, the later one in content order (tiers are listed from the broadest up: the most specific).
    const sign = Math.sign(rulePoints);
    let lead: Contribution | undefined;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i] as Contribution;
      if (Math.sign(p.nominal) !== sign) continue;
      if (!lead || Math.abs(p.nominal) > Math.abs(lead.nominal) || (Math.abs(p.nominal) === Math.abs(lead.nominal) && p.rule > lead.rule))
        lead = p;
    }
    lead ??= parts[0];
    if (!lead) continue;
    const question = compiled.ruleQuestions[lead.rule]?.[0] ?? '';
    // Most reasons have one rule: its questions are the reason's (a copy made at its size).
    const questions: string[] = parts.length === 1 ? (compiled.ruleQuestions[lead.rule] ?? []).slice() : [];
    const facts: FactTrace[] = [];
    const rules = parts.map((part) => compiled.ruleIds[part.rule] ?? '');
    for (let i = 0; i < parts.length; i++) {
      const index = (parts[i] as Contribution).rule;
      const ruleQuestions = compiled.ruleQuestions[index] ?? [];
      if (parts.length > 1)
        for (let j = 0; j < ruleQuestions.length; j++)
          if (!questions.includes(ruleQuestions[j] as string)) questions.push(ruleQuestions[j] as string);
      const reads = compiled.ruleFactReads[index] ?? [];
      const ruleFacts = compiled.ruleFacts[index] ?? [];
      for (let j = 0; j < ruleFacts.length; j++) facts.push(traceFact(ruleFacts[j] as Fact, vector[reads[j] ?? -1]));
    }
    const answer = words(question);
    const rule = compiled.ruleIds[lead.rule] ?? '';
    const text = ruleText(lead.rule);
    // With titles, the reason as recommend() returns it (keys in their documented order); without, as a summary shows it.
    const reason: SummaryReason | Reason = titles
      ? { question, questions, answer, rule, ruleTitle: titles[lead.rule] ?? '', rules, points, rulePoints, text, facts }
      : { question, questions, answer, rule, rules, points, rulePoints, text, facts };
    reasons.push(reason);
  }
  return sortShort(reasons, (a, b) => Math.abs(b.points) - Math.abs(a.points) || Math.abs(b.rulePoints) - Math.abs(a.rulePoints));
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
  const pool: { model: ModelId; m: number; r: SummaryReason }[] = [];
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
