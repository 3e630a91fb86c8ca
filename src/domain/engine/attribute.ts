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
  const parts: { rule: number; nominal: number; points: number }[] = [];
  let up = 0;
  let down = 0;
  for (const rule of compiled.modelRules[m] ?? []) {
    if (!fired[rule]) continue;
    const nominal = compiled.rulePoints[rule]?.[m] ?? 0;
    if (nominal > 0) up += nominal;
    else down += nominal;
    parts.push({ rule, nominal, points: nominal });
  }
  if (up + down > SCORE_MAX) return scaled(parts, 1, SCORE_MAX - down);
  if (up + down < SCORE_MIN) return scaled(parts, -1, SCORE_MIN - up);
  return parts;
}

/** The parts, those of one sign changed in place to share `target` in proportion to their nominal points. */
function scaled(parts: { rule: number; nominal: number; points: number }[], sign: 1 | -1, target: number): Contribution[] {
  const group = parts.filter((p) => Math.sign(p.nominal) === sign);
  const shares = apportion(
    group.map((p) => p.nominal),
    target,
  );
  group.forEach((p, i) => (p.points = shares[i] ?? 0));
  return parts;
}
