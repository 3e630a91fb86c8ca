import { useStore } from '../../stores/use-store.ts';
import { useState } from 'preact/hooks';
import type { ScoringContent } from '../../domain/content.ts';
import { MODEL_IDS } from '../../domain/model-ids.ts';
import { $recommendation } from '../../stores/recommendation.ts';

interface Props {
  readonly content: ScoringContent;
}

/** The result so far, from the same engine as the results page: beside the questions, or a strip on phones. */
export function LivePanel({ content }: Props) {
  const result = useStore($recommendation);
  const [open, setOpen] = useState(false);
  if (!result) return null;
  const { scores, recommendation } = result;
  const leading = MODEL_IDS.reduce((best, model) => (scores[model] > scores[best] ? model : best));
  const { ranges } = result;
  const line = content.settings.recommendAt;
  return (
    <aside class={`wz-live${open ? ' is-open' : ''}`} aria-labelledby="wz-live-title">
      <div class="wz-live__bar">
        <h2 id="wz-live-title" class="wz-live__title">
          Your result so far
        </h2>
        <button
          type="button"
          class="wz-live__toggle"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="wz-live-details"
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide scores' : 'Show scores'}
        </button>
      </div>
      <p class="wz-live__summary" role="status">
        {recommendation.verdict === 'undetermined' ? (
          <>
            <strong>Answer a few more questions</strong>{' '}
            <span class="wz-live__facts">to see where your answers lead: what you would hand over decides it.</span>
          </>
        ) : (
          <>
            <strong>{recommendation.label}</strong>{' '}
            <span class="wz-live__facts">
              {recommendation.verdict === 'outsource' ? `Leading: ${leading}, ${scores[leading]} of 100.` : 'No model reaches the line.'}{' '}
              Confidence: {recommendation.confidence}.
            </span>
          </>
        )}
      </p>
      {/* Focusable, since on a small screen it scrolls (a scrollable region must be reachable by keyboard). */}
      <div id="wz-live-details" class="wz-live__details" hidden={!open} tabIndex={0} role="region" aria-label="Scores so far">
        <ul class="wz-live__scores">
          {MODEL_IDS.map((model) => (
            <li key={model} class={scores[model] >= line ? 'is-in' : undefined}>
              <span class="wz-live__model">{model}</span>
              <meter class="wz-live__meter" min={0} max={100} value={scores[model]} aria-hidden="true" />
              <span>
                {scores[model]}
                <span class="visually-hidden"> of 100{scores[model] >= line ? ', recommended' : ''}</span>
                {ranges[model].low !== ranges[model].high && (
                  <span class="wz-live__range">
                    {' '}
                    ({ranges[model].low}–{ranges[model].high})
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
        <p class="wz-live__note">
          A model is recommended at {line} or more. In brackets: where a score could still go once the open questions are answered.
        </p>
      </div>
    </aside>
  );
}
