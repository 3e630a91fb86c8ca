import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { CompiledContent } from './compile.ts';
import { SCORE_MAX, SCORE_MIN } from './score.ts';

/**
 * Shares `target` among `weights` (all of one sign) in proportion, as whole numbers that add up
 * to `target` exactly: floors first, then the largest remainders (earlier entries win ties).
 */
export function apportion(weights: readonly number[], target: number): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w * target) / total);
  const shares = exact.map((x) => Math.trunc(x));
  let left = target - shares.reduce((sum, s) => sum + s, 0);
  const step = Math.sign(left);
  const order = exact
    .map((x, index) => ({ index, remainder: Math.abs(x - Math.trunc(x)) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    shares[index] = (shares[index] ?? 0) + step;
    left -= step;
  }
  return shares;
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
