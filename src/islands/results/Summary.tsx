import { headlineOf, phraseConfidence } from '../../domain/report/confidence-words.ts';
import { MODEL_IDS } from '../../domain/model-ids.ts';
import { fill } from './fill.ts';
import type { ReportProps } from './report-props.ts';

/**
 * The verdict with its confidence in plain words, one sentence per model, the shape of each
 * engagement and the alternatives, who it is for, and where the answers came from.
 */
export function Summary({ content, copy, result, file, source, base }: ReportProps) {
  const words = phraseConfidence(copy.confidence, result.confidence, content.settings.closeMargin);
  // A blank name (spaces only, which a link may carry) is no name.
  const client = file.meta.client?.trim() && file.meta.client;
  const preparedBy = file.meta.preparedBy?.trim() && file.meta.preparedBy;
  const { verdict } = result.recommendation;
  const shapes = MODEL_IDS.flatMap((model) => {
    const shape = result.shapes[model];
    return shape ? [{ model, shape }] : [];
  });
  return (
    <section class="rs-summary">
      <p class="rs-source">{source === 'link' ? copy.source.link : copy.source.saved}</p>
      <p class={`rs-verdict rs-verdict--${verdict}`}>{copy.verdict[verdict]}</p>
      <h2 class="rs-headline">{headlineOf(result)}</h2>
      {(client || preparedBy) && (
        <dl class="rs-meta">
          {client && (
            <div>
              <dt>{copy.preparedFor}</dt>
              <dd>{client}</dd>
            </div>
          )}
          {preparedBy && (
            <div>
              <dt>{copy.preparedBy}</dt>
              <dd>{preparedBy}</dd>
            </div>
          )}
        </dl>
      )}
      <p class={`rs-confidence rs-confidence--${result.confidence.level}`}>
        <strong>{words.label}.</strong> {words.why}
      </p>
      {words.noClearWinner && (
        <p class="rs-nowinner">
          <strong>{copy.noClearWinner}</strong> {words.noClearWinner}
        </p>
      )}
      <p>{result.recommendation.description}</p>
      {verdict === 'undetermined' && (
        <p>
          <strong>{copy.open}</strong> <a href={`${base}wizard/`}>{copy.openLink}</a>
        </p>
      )}
      <ul class="rs-standing">
        {result.summary.map((line) => (
          <li key={line.model} class={`rs-standing--${line.standing}`}>
            {line.text}
          </li>
        ))}
      </ul>
      {shapes.length > 0 && (
        <>
          <h3>{copy.shapes}</h3>
          <ul class="rs-shapes">
            {shapes.map(({ model, shape }) => (
              <li key={model}>
                <strong>
                  {model}: {shape.name}.
                </strong>{' '}
                {shape.text} <span class="muted">{shape.because}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.alternatives.length > 0 && (
        <>
          <h3>{copy.alternatives}</h3>
          <ul class="rs-shapes">
            {result.alternatives.map((a) => (
              <li key={a.id}>
                <strong>{a.name}.</strong> {a.text} <span class="muted">{a.because}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.dropped.length > 0 && <p class="muted">{fill(copy.dropped, { list: result.dropped.map((d) => d.short).join(', ') })}</p>}
    </section>
  );
}
