import type { Answers } from '../answers/answers.ts';
import type { AdvisorContent } from '../content.ts';
import { MODEL_IDS } from '../model-ids.ts';
import type { CloseCall, Confidence, ConfidenceLevel } from './recommendation.ts';

/**
 * How sure the recommendation is, from two things: how far every score sits from the line
 * that decides the set, and what share of the shown questions was left as "not sure".
 */
export function assessConfidence(
  content: AdvisorContent,
  scores: readonly number[],
  effective: Answers,
  hidden: readonly string[],
): Confidence {
  const { recommendAt, clearMargin, closeMargin, maxUnansweredForHigh, maxUnansweredForMedium } = content.settings;
  const visible = content.questions.filter((q) => !hidden.includes(q.id));
  const unanswered = visible.filter((q) => effective[q.id] === undefined).map((q) => q.id);
  const unansweredShare = visible.length === 0 ? 1 : unanswered.length / visible.length;
  const distances = MODEL_IDS.map((model, m) => ({ model, score: scores[m] ?? 0, distance: Math.abs((scores[m] ?? 0) - recommendAt) }));
  const margin = Math.min(...distances.map((d) => d.distance));
  const closeCalls: CloseCall[] = distances.filter((d) => d.distance < clearMargin).sort((a, b) => a.distance - b.distance);
  const noClearWinner = margin < closeMargin;

  let level: ConfidenceLevel = 'medium';
  if (noClearWinner || unansweredShare > maxUnansweredForMedium) level = 'low';
  else if (margin >= clearMargin && unansweredShare <= maxUnansweredForHigh) level = 'high';

  const explanation: string[] = [];
  if (closeCalls.length === 0) {
    explanation.push(`Every score is at least ${clearMargin} points from the line of ${recommendAt}, so the set is a clear call.`);
  } else {
    for (const call of closeCalls) {
      const side = call.score >= recommendAt ? 'above' : 'below';
      explanation.push(
        `${call.model} scores ${call.score}, ${call.distance} ${call.distance === 1 ? 'point' : 'points'} ${side} the line of ${recommendAt}: ${
          call.distance < closeMargin ? 'too close to call' : 'a small change in your answers could move it'
        }.`,
      );
    }
  }
  const percent = Math.round(unansweredShare * 100);
  if (unanswered.length === 0) explanation.push('Every question shown was answered.');
  else
    explanation.push(
      `${unanswered.length} of ${visible.length} questions were left as "not sure" (${percent}%)${
        unansweredShare > maxUnansweredForHigh ? ', which lowers confidence; answering them would sharpen the result' : ''
      }.`,
    );
  return {
    level,
    margin,
    recommendAt,
    visibleQuestions: visible.length,
    unanswered,
    unansweredShare,
    closeCalls,
    noClearWinner,
    explanation,
  };
}
