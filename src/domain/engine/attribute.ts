import { apportion } from '../apportion.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { CompiledContent } from './compile.ts';
import { SCORE_MAX, SCORE_MIN } from './score.ts';

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
  for (const rule of compiled.modelRules[m] ?? []) {
    if (fired[rule]) parts.push({ rule, nominal: compiled.rulePoints[rule]?.[m] ?? 0 });
  }
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
  else return parts.map((p) => ({ rule: p.rule, nominal: p.nominal, points: p.nominal }));
  return parts.map((p) => ({ ...p, points: scaled.get(p.rule) ?? p.nominal }));
}
