import { MODEL_IDS } from '../model-ids.ts';
import type { CompiledContent } from './compile.ts';
import { TRUE, type AnswerVector, type Truth } from './evaluate.ts';

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

/** Each rule's truth, which fire (TRUE only), and the raw (unclamped) total per model in MODEL_IDS order. */
export interface RuleOutcome {
  readonly truth: readonly Truth[];
  readonly fired: readonly boolean[];
  readonly raw: readonly number[];
}

export function evaluateRules(compiled: CompiledContent, values: AnswerVector): RuleOutcome {
  const raw = MODEL_IDS.map(() => 0);
  const truth = compiled.ruleTests.map((test) => test(values));
  const fired = truth.map((t, index) => {
    if (t === TRUE) addPoints(raw, compiled.rulePoints[index], 1);
    return t === TRUE;
  });
  return { truth, fired, raw };
}

export function addPoints(raw: number[], points: readonly number[] | undefined, sign: 1 | -1): void {
  if (!points) return;
  for (let m = 0; m < raw.length; m++) raw[m] = (raw[m] ?? 0) + sign * (points[m] ?? 0);
}

export function clampScore(raw: number): number {
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, raw));
}
