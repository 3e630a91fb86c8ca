import type { ScoringContent } from '../../domain/content.ts';
import { MODEL_IDS, type ModelId } from '../../domain/model-ids.ts';
import { chooseModels } from '../../stores/rfp-draft.ts';
import type { RfpCopy } from './copy.ts';
import { fill } from './fill.ts';

interface Props {
  readonly content: ScoringContent;
  readonly scores: Readonly<Record<ModelId, number>>;
  /** The models drafted against the recommendation; empty while the draft follows it. */
  readonly chosen: readonly ModelId[];
  readonly copy: RfpCopy['choice'];
}

/**
 * For a "keep it in-house" recommendation: a box per service to draft the full request for it
 * anyway; with every box clear, the draft is the short "nothing to tender" note again.
 */
export function ModelChoice({ content, scores, chosen, copy }: Props) {
  return (
    <fieldset class="rfp-choice no-print">
      <legend>{copy.legend}</legend>
      <p>{copy.lead}</p>
      <ul class="rfp-choice__list">
        {MODEL_IDS.map((id) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(id)}
                onChange={(e) => chooseModels(MODEL_IDS.filter((m) => (m === id ? e.currentTarget.checked : chosen.includes(m))))}
              />{' '}
              {content.models.find((m) => m.id === id)?.name ?? id} <span class="muted">{fill(copy.score, { score: scores[id] })}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
