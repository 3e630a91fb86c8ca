import { MODEL_IDS } from '../../domain/model-ids.ts';
import { fill } from './fill.ts';
import type { ReportProps } from './report-props.ts';

/**
 * Every model's score as text and as a bar. The bar (a <meter>, hidden from assistive technology)
 * repeats the number; the line that decides the set is drawn by a class in 5-point steps, since
 * a strict CSP allows no inline styles.
 */
export function ScoreChart({ content, copy, result }: ReportProps) {
  const line = content.settings.recommendAt;
  return (
    <section>
      <h2>{copy.scores.title}</h2>
      <p>{fill(copy.scores.intro, { line })}</p>
      <ul class="rs-scores" aria-label={copy.scores.title}>
        {MODEL_IDS.map((model) => {
          const score = result.scores[model];
          const range = result.ranges[model];
          const standing = result.standings[model];
          const recommended = standing === 'recommended';
          return (
            <li key={model} class={recommended ? 'rs-score is-in' : 'rs-score'}>
              <span class="rs-score__model">{content.models.find((m) => m.id === model)?.name ?? model}</span>
              <span class={`rs-score__bar rs-line-${Math.round(line / 5) * 5}`}>
                <meter min={0} max={100} value={score} aria-hidden="true" />
              </span>
              <span class="rs-score__value">
                {score}
                <span class="visually-hidden">{copy.scores.of100}</span>
              </span>
              <span class="rs-score__verdict">
                {recommended ? copy.scores.in : standing === 'undecided' ? copy.scores.undecided : copy.scores.out}
                <span class="rs-score__range">
                  {range.low === range.high ? copy.scores.settled : fill(copy.scores.range, { low: range.low, high: range.high })}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
