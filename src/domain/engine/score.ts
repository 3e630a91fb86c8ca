import { MODEL_IDS } from '../model-ids.ts';
import type { CompiledContent } from './compile.ts';
import type { AnswerVector } from './evaluate.ts';

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

/** Which rules fire, and the raw (unclamped) total per model in MODEL_IDS order. */
export interface RuleOutcome {
  readonly fired: readonly boolean[];
  readonly raw: readonly number[];
}

export function evaluateRules(compiled: CompiledContent, values: AnswerVector): RuleOutcome {
  const raw = MODEL_IDS.map(() => 0);
  const fired = compiled.ruleTests.map((test, index) => {
    const holds = test(values);
    if (holds) addPoints(raw, compiled.rulePoints[index], 1);
    return holds;
  });
  return { fired, raw };
}

export function addPoints(raw: number[], points: readonly number[] | undefined, sign: 1 | -1): void {
  if (!points) return;
  for (let m = 0; m < raw.length; m++) raw[m] = (raw[m] ?? 0) + sign * (points[m] ?? 0);
}

export function clampScore(raw: number): number {
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, raw));
}
