import type { RecommendContent, ScoringCombination, ScoringContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { Verdict } from '../schemas/verdict.ts';

function sameSet(a: readonly ModelId[], b: readonly ModelId[]): boolean {
  return a.length === b.length && a.every((model, i) => b[i] === model);
}

export interface SetDescription {
  readonly combination: ScoringCombination | null;
  readonly label: string;
  readonly headline: string;
}

function listedCombination(content: ScoringContent, models: readonly ModelId[], verdict: Verdict): ScoringCombination | null {
  return content.combinations.find((c) => c.verdict === verdict && sameSet(c.models, models)) ?? null;
}

/** A set of models as "what would change this" reports it. */
export interface NamedSet {
  readonly models: readonly ModelId[];
  readonly label: string;
}

const named = new WeakMap<ScoringContent, readonly NamedSet[]>();

/**
 * Every set of the models by bit mask (bit m stands for MODEL_IDS[m]), each with its label: there
 * are only sixteen, so they are named once per content rather than each time one comes up.
 */
export function setsByMask(content: ScoringContent): readonly NamedSet[] {
  let sets = named.get(content);
  if (!sets) {
    sets = Array.from({ length: 1 << MODEL_IDS.length }, (_, mask) => {
      const models = MODEL_IDS.filter((_, m) => mask & (1 << m));
      return {
        models,
        label: listedCombination(content, models, models.length > 0 ? 'outsource' : 'in_house')?.label ?? models.join(' + '),
      };
    });
    named.set(content, sets);
  }
  return sets;
}

/** Names a set of models (or none, in-house or undetermined), from content/combinations where it is listed there. */
export function describeSet(
  content: ScoringContent,
  models: readonly ModelId[],
  verdict: Verdict = models.length > 0 ? 'outsource' : 'in_house',
): SetDescription {
  const combination = listedCombination(content, models, verdict);
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
  return `Each of ${names.join(', ')} clears the line on its own. Buy them as separate lots of one tender, so providers can bid for one, some or all of them${
    models.length >= 3
      ? ', and phase the transitions one after another, starting with the service whose need is clearest: moving several services at once stretches any HR team'
      : ''
  }.`;
}
