import type { AdvisorContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { Combination } from '../schemas/combination.ts';
import type { Verdict } from '../schemas/verdict.ts';

/** The models at or above the line, in contract order. */
export function selectModels(scores: readonly number[], recommendAt: number): ModelId[] {
  return MODEL_IDS.filter((_, m) => (scores[m] ?? 0) >= recommendAt);
}

function sameSet(a: readonly ModelId[], b: readonly ModelId[]): boolean {
  return a.length === b.length && a.every((model, i) => b[i] === model);
}

export interface SetDescription {
  readonly combination: Combination | null;
  readonly label: string;
  readonly headline: string;
  readonly description: string;
}

function listedCombination(content: AdvisorContent, models: readonly ModelId[], verdict: Verdict): Combination | null {
  return content.combinations.find((c) => c.verdict === verdict && sameSet(c.models, models)) ?? null;
}

const defaultVerdict = (models: readonly ModelId[]): Verdict => (models.length > 0 ? 'outsource' : 'in_house');

/** A set's label alone: describeSet(...).label without writing the rest of its description. */
export function setLabel(content: AdvisorContent, models: readonly ModelId[], verdict: Verdict = defaultVerdict(models)): string {
  return listedCombination(content, models, verdict)?.label ?? models.join(' + ');
}

/** Names a set of models (or none, in-house or undetermined), from content/combinations where it is listed there. */
export function describeSet(
  content: AdvisorContent,
  models: readonly ModelId[],
  verdict: Verdict = defaultVerdict(models),
): SetDescription {
  const combination = listedCombination(content, models, verdict);
  if (combination) {
    return { combination, label: combination.label, headline: combination.headline, description: combination.description };
  }
  const names = models.map((id) => content.models.find((m) => m.id === id)?.name ?? id);
  return {
    combination: null,
    label: models.join(' + '),
    headline: 'several services, bought as separate lots or from one provider',
    description: `Each of ${names.join(', ')} clears the line on its own. Buy them as separate lots of one tender, so providers can bid for one, some or all of them.`,
  };
}
