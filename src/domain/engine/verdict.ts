import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { Verdict } from '../schemas/verdict.ts';
import type { CompiledContent } from './compile.ts';

/** A model's place in the verdict. */
export type Standing = 'recommended' | 'not_recommended' | 'undecided';

export interface ScoreRange {
  readonly low: number;
  readonly high: number;
}

/**
 * Recommended at or above the line; undecided when below it, its range still reaches the line and
 * a question that shows whether the need is there is still open; otherwise not recommended.
 */
export function standingsOf(
  compiled: CompiledContent,
  scores: readonly number[],
  ranges: readonly ScoreRange[],
  open: readonly number[],
  line: number,
): Standing[] {
  return MODEL_IDS.map((_, m) => {
    const score = scores[m] ?? 0;
    if (score >= line) return 'recommended';
    const reachable = (ranges[m]?.high ?? score) >= line;
    const needOpen = (compiled.needReads[m] ?? []).some((q) => open.includes(q));
    return reachable && needOpen ? 'undecided' : 'not_recommended';
  });
}

/**
 * Outsource when a model is recommended. Otherwise in-house once enough needs are assessed, and
 * undetermined while `undeterminedAt` or more models are still undecided: too little to go on.
 */
export function verdictOf(standings: readonly Standing[], undeterminedAt: number): Verdict {
  if (standings.includes('recommended')) return 'outsource';
  return standings.filter((s) => s === 'undecided').length >= undeterminedAt ? 'undetermined' : 'in_house';
}

export function modelsOf(standings: readonly Standing[]): ModelId[] {
  return MODEL_IDS.filter((_, m) => standings[m] === 'recommended');
}

/** The models that could still join or leave: those whose range crosses the line. */
export function crossingModels(ranges: readonly ScoreRange[], line: number): ModelId[] {
  return MODEL_IDS.filter((_, m) => {
    const r = ranges[m];
    return r !== undefined && r.low < line && r.high >= line;
  });
}
