import type { RecommendContent, ScoringCombination, ScoringContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { Verdict } from '../schemas/verdict.ts';

/** The models at or above the line, in contract order. */
export function selectModels(scores: readonly number[], recommendAt: number): ModelId[] {
  return MODEL_IDS.filter((_, m) => (scores[m] ?? 0) >= recommendAt);
}

function sameSet(a: readonly ModelId[], b: readonly ModelId[]): boolean {
  return a.length === b.length && a.every((model, i) => b[i] === model);
}

export interface SetDescription {
  readonly combination: ScoringCombination | null;
  readonly label: string;
  readonly headline: string;
}

/** Names a set of models (or none, in-house or undetermined), from content/combinations where it is listed there. */
export function describeSet(
  content: ScoringContent,
  models: readonly ModelId[],
  verdict: Verdict = models.length > 0 ? 'outsource' : 'in_house',
): SetDescription {
  const combination = content.combinations.find((c) => c.verdict === verdict && sameSet(c.models, models)) ?? null;
  if (combination) {
    return { combination, label: combination.label, headline: combination.headline };
  }
  return { combination: null, label: models.join(' + '), headline: 'several services, bought as separate lots or from one provider' };
}

/** What a set is, in a few sentences: its own description in content/combinations, or one made for a set listed there. */
export function setDescription(content: RecommendContent, set: SetDescription, models: readonly string[]): string {
  const listed = set.combination && content.combinations.find((c) => c.id === set.combination?.id);
  if (listed) return listed.description;
  const names = models.map((id) => content.models.find((m) => m.id === id)?.name ?? id);
  return `Each of ${names.join(', ')} clears the line on its own. Buy them as separate lots of one tender, so providers can bid for one, some or all of them.`;
}
