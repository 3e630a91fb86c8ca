import type { Answers } from '../answers/answers.ts';
import { resolveVisibility, type Visibility } from '../answers/visibility.ts';
import type { ScoringContent } from '../content.ts';
import type { ModelId } from '../model-ids.ts';
import type { Verdict } from '../schemas/verdict.ts';
import { compileContent, type CompiledContent } from './compile.ts';
import { openSwing } from './ranges.ts';
import { clampScore, evaluateRules, type RuleOutcome } from './score.ts';
import { describeSet, type SetDescription } from './select.ts';
import { modelsOf, standingsOf, verdictOf, type ScoreRange, type Standing } from './verdict.ts';

/** The first steps every engine entry point shares: visibility, rules, scores, ranges, the verdict and the set. */
export interface CoreEvaluation {
  readonly compiled: CompiledContent;
  readonly visibility: Visibility;
  readonly outcome: RuleOutcome;
  /** Scores 0-100 in MODEL_IDS order. */
  readonly scoreList: readonly number[];
  readonly scores: Record<ModelId, number>;
  /** Ranges in MODEL_IDS order. */
  readonly rangeList: readonly ScoreRange[];
  readonly standingList: readonly Standing[];
  /** Positions of the open questions: unanswered, and shown or possibly shown. */
  readonly open: readonly number[];
  readonly verdict: Verdict;
  readonly models: ModelId[];
  readonly set: SetDescription;
}

/**
 * `ranges: false` skips the score ranges (each range is then its score) when a model is recommended,
 * for callers that need only the set and verdict, such as the RFP draft.
 */
export function evaluateCore(content: ScoringContent, answers: Answers, options: { readonly ranges?: boolean } = {}): CoreEvaluation {
  const compiled = compileContent(content);
  const visibility = resolveVisibility(content, answers);
  const outcome = evaluateRules(compiled, visibility.vector);
  const scoreList = outcome.raw.map(clampScore);
  // Without a recommended model the verdict (in-house or undetermined) needs the ranges even when the caller does not.
  const skip = options.ranges === false && scoreList.some((score) => score >= content.settings.recommendAt);
  const swing = skip ? { down: [], up: [], open: [] } : openSwing(compiled, visibility.vector, outcome);
  const rangeList = outcome.raw.map((raw, m) => ({
    low: clampScore(raw + (swing.down[m] ?? 0)),
    high: clampScore(raw + (swing.up[m] ?? 0)),
  }));
  const standingList = standingsOf(compiled, scoreList, rangeList, swing.open, content.settings.recommendAt);
  const verdict = verdictOf(standingList, content.settings.undeterminedAt);
  const models = modelsOf(standingList);
  const [HRO = 0, RPO = 0, BPO = 0, KPO = 0] = scoreList;
  return {
    compiled,
    visibility,
    outcome,
    scoreList,
    scores: { HRO, RPO, BPO, KPO },
    rangeList,
    standingList,
    open: swing.open,
    verdict,
    models,
    set: describeSet(content, models, verdict),
  };
}
