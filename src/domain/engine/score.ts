import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import { apportion } from './attribute.ts';
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

/** One rule's share of one model's score. */
export interface Contribution {
  readonly rule: number;
  /** What the rule gives when nothing is capped. */
  readonly nominal: number;
  /** What it counts for in the score: nominal, or less when the score hit 0 or 100. */
  readonly points: number;
}

/**
 * Splits a clamped score among the rules that fired so the parts add up to the score exactly.
 * When the raw total passes 100, the positive points are scaled down; below 0, the negative ones.
 */
export function attributeScore(model: ModelId, compiled: CompiledContent, fired: readonly boolean[]): Contribution[] {
  const m = MODEL_IDS.indexOf(model);
  const parts: { rule: number; nominal: number }[] = [];
  fired.forEach((holds, rule) => {
    const nominal = compiled.rulePoints[rule]?.[m] ?? 0;
    if (holds && nominal !== 0) parts.push({ rule, nominal });
  });
  const positive = parts.filter((p) => p.nominal > 0);
  const negative = parts.filter((p) => p.nominal < 0);
  const up = positive.reduce((s, p) => s + p.nominal, 0);
  const down = negative.reduce((s, p) => s + p.nominal, 0);
  const scaled = new Map<number, number>();
  const scale = (group: typeof parts, target: number): void => {
    const shares = apportion(
      group.map((p) => p.nominal),
      target,
    );
    group.forEach((p, i) => scaled.set(p.rule, shares[i] ?? 0));
  };
  if (up + down > SCORE_MAX) scale(positive, SCORE_MAX - down);
  else if (up + down < SCORE_MIN) scale(negative, SCORE_MIN - up);
  return parts.map((p) => ({ ...p, points: scaled.get(p.rule) ?? p.nominal }));
}
