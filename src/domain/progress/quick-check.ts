import type { Answers } from '../answers/answers.ts';
import type { ScoringContent } from '../content.ts';
import { questionsOf } from '../engine/evaluate.ts';
import { scoreAnswers, type ScoreSummary } from '../engine/score-answers.ts';
import { MODEL_IDS } from '../model-ids.ts';
import type { Question } from '../schemas/question.ts';

/** The most questions the quick check asks. */
export const QUICK_CHECK_MAX_QUESTIONS = 8;

/** One pick of the selection: the question, and how the reference cases fare once it is answered too. */
export interface QuickCheckPick {
  readonly question: string;
  /** Cases whose verdict and set of models, from these answers only, are those of all their answers. */
  readonly agreeing: number;
  /** The width of every model's score range, summed over the cases: how much is still open. */
  readonly openPoints: number;
}

/** The questions of the quick check and how they were chosen. */
export interface QuickCheck {
  /** The chosen questions in questionnaire order (a question shown on a condition after what it reads). */
  readonly questions: readonly string[];
  /** The same questions in the order they were picked, with the agreement after each. */
  readonly picks: readonly QuickCheckPick[];
  /** How many reference cases the selection was measured on. */
  readonly cases: number;
  /** Cases already agreeing with no answer at all (those whose full answers say too little). */
  readonly agreeingAtStart: number;
  readonly openPointsAtStart: number;
}

function resultKey(summary: ScoreSummary): string {
  return `${summary.recommendation.verdict}:${summary.recommendation.models.join('+')}`;
}

function openPoints(summary: ScoreSummary): number {
  return MODEL_IDS.reduce((sum, model) => sum + summary.ranges[model].high - summary.ranges[model].low, 0);
}

function only(answers: Answers, ids: ReadonlySet<string>): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => ids.has(id)));
}

/**
 * Chooses the questions that move the result most, greedily, measured with the engine on reference
 * answer sets (the casebook): starting from no answer, each step adds the core question (of a
 * section that is not optional) after which the most cases reach the verdict and set of models of
 * all their answers; ties go to the question that leaves the least of the score ranges open, then
 * to the earlier question. A question shown on a condition becomes a candidate once every question
 * its condition reads is chosen. It stops at `max` questions, or when no question brings another
 * case into agreement. Pure and deterministic.
 */
export function chooseQuickCheck(content: ScoringContent, cases: readonly Answers[], max: number = QUICK_CHECK_MAX_QUESTIONS): QuickCheck {
  const core: Question[] = content.sections.filter((s) => s.optional !== true).flatMap((s) => s.questions);
  const full = cases.map((answers) => resultKey(scoreAnswers(content, answers)));
  const measure = (ids: ReadonlySet<string>): { agreeing: number; openPoints: number } => {
    let agreeing = 0;
    let open = 0;
    cases.forEach((answers, i) => {
      const summary = scoreAnswers(content, only(answers, ids));
      if (resultKey(summary) === full[i]) agreeing += 1;
      open += openPoints(summary);
    });
    return { agreeing, openPoints: open };
  };

  const chosen = new Set<string>();
  const start = measure(chosen);
  const picks: QuickCheckPick[] = [];
  let current = start;
  while (picks.length < max) {
    let best: QuickCheckPick | null = null;
    for (const question of core) {
      if (chosen.has(question.id)) continue;
      if (question.showIf && !questionsOf(question.showIf).every((id) => chosen.has(id))) continue;
      const result = measure(new Set([...chosen, question.id]));
      if (!best || result.agreeing > best.agreeing || (result.agreeing === best.agreeing && result.openPoints < best.openPoints))
        best = { question: question.id, ...result };
    }
    if (!best || (best.agreeing <= current.agreeing && best.openPoints >= current.openPoints)) break;
    chosen.add(best.question);
    picks.push(best);
    current = best;
  }
  return {
    questions: core.filter((q) => chosen.has(q.id)).map((q) => q.id),
    picks,
    cases: cases.length,
    agreeingAtStart: start.agreeing,
    openPointsAtStart: start.openPoints,
  };
}
