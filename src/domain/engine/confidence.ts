import { joinWords } from '../answers/format-answer.ts';
import type { ScoringContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { Verdict } from '../schemas/verdict.ts';
import type { CloseCall, Confidence, ConfidenceLevel } from './recommendation.ts';
import { crossingModels, type ScoreRange } from './verdict.ts';
import { sortShort } from '../sort-short.ts';

export interface ConfidenceInputs {
  readonly scores: readonly number[];
  readonly ranges: readonly ScoreRange[];
  readonly verdict: Verdict;
  /** Ids of the questions shown (or still to be shown) and unanswered. */
  readonly unanswered: readonly string[];
  /** How many questions are shown or may still be. */
  readonly visibleQuestions: number;
  /** Recommended models that a fired constraint pulls down. */
  readonly constrained: readonly ModelId[];
}

/**
 * How sure the recommendation is. Never high when a score sits near the line, when a range crosses
 * it, when a constraint pulls against a recommended model, or when many questions are open; low when
 * a score is too close to call, the verdict is undetermined, two or more ranges cross the line, or
 * most questions are open.
 */
export function assessConfidence(content: ScoringContent, input: ConfidenceInputs): Confidence {
  const { recommendAt, clearMargin, closeMargin, maxUnansweredForHigh, maxUnansweredForMedium } = content.settings;
  const { scores, ranges, verdict, unanswered, visibleQuestions, constrained } = input;
  const unansweredShare = visibleQuestions === 0 ? 1 : unanswered.length / visibleQuestions;
  const distances = MODEL_IDS.map((model, m) => ({ model, score: scores[m] ?? 0, distance: Math.abs((scores[m] ?? 0) - recommendAt) }));
  const margin = Math.min(...distances.map((d) => d.distance));
  const closeCalls: CloseCall[] = sortShort(
    distances.filter((d) => d.distance < clearMargin),
    (a, b) => a.distance - b.distance,
  );
  const noClearWinner = verdict !== 'undetermined' && margin < closeMargin;
  const crossing = crossingModels(ranges, recommendAt);

  let level: ConfidenceLevel = 'medium';
  if (verdict === 'undetermined' || noClearWinner || unansweredShare > maxUnansweredForMedium || crossing.length >= 2) level = 'low';
  else if (margin >= clearMargin && crossing.length === 0 && constrained.length === 0 && unansweredShare <= maxUnansweredForHigh)
    level = 'high';

  const explanation: string[] = [];
  if (verdict === 'undetermined') {
    explanation.push(
      'Too many of the questions that show whether there is a need are still open to recommend anything, or to rule it out.',
    );
  } else if (closeCalls.length === 0) {
    // A clear call only when nothing below qualifies it: no range crossing the line, no constraint pulling against the set.
    explanation.push(
      crossing.length === 0 && constrained.length === 0
        ? `Every score is at least ${clearMargin} points from the line of ${recommendAt}, so the set is a clear call.`
        : `Every score is at least ${clearMargin} points from the line of ${recommendAt} on the answers given.`,
    );
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
  if (verdict !== 'undetermined' && crossing.length > 0) {
    const spans = crossing.map((model) => {
      const r = ranges[MODEL_IDS.indexOf(model)];
      return `${model} (${r?.low ?? 0} to ${r?.high ?? 100})`;
    });
    // With every counted question answered, what is still open are the optional questions (scope, constraints, figures).
    explanation.push(
      `${joinWords(spans)} could still land on either side of the line once the ${unanswered.length === 0 ? 'optional questions still open' : 'open questions'} are answered.`,
    );
  }
  if (constrained.length > 0)
    explanation.push(
      `Your constraints pull against ${constrained.join(' and ')}: still worth buying, but the terms of the deal matter more than usual.`,
    );
  const percent = Math.round(unansweredShare * 100);
  if (unanswered.length === 0) explanation.push('Every question shown was answered.');
  else
    explanation.push(
      `${unanswered.length} of ${visibleQuestions} questions were left as "not sure" (${percent}%)${
        unansweredShare > maxUnansweredForHigh ? ', which lowers confidence; answering them would sharpen the result' : ''
      }.`,
    );
  return {
    level,
    margin,
    recommendAt,
    visibleQuestions,
    unanswered,
    unansweredShare,
    closeCalls,
    noClearWinner,
    crossing,
    constrained,
    explanation,
  };
}
