import { headlineOf, phraseConfidence } from '../../domain/report/confidence-words.ts';
import { MODEL_IDS } from '../../domain/model-ids.ts';
import { fill } from './fill.ts';
import type { ReportProps } from './report-props.ts';

/**
 * What a board member reads first: the verdict and its confidence, who it is for, one sentence per
 * model, the answers that decided it, how to buy each model and any alternative.
 */
export function SummaryHead({ content, copy, result, file, source }: ReportProps) {
  const words = phraseConfidence(copy.confidence, result.confidence, content.settings.closeMargin);
  // A blank name (spaces only, which a link may carry) is no name.
  const client = file.meta.client?.trim() && file.meta.client;
  const preparedBy = file.meta.preparedBy?.trim() && file.meta.preparedBy;
  const { verdict } = result.recommendation;
  return (
    <div class="rs-summary rs-summary--head">
      <p class="rs-source">{source === 'link' ? copy.source.link : copy.source.saved}</p>
      <p class={`rs-verdict rs-verdict--${verdict}`}>
        {copy.verdict[verdict]} <span class={`rs-badge rs-badge--${result.confidence.level}`}>{words.label}</span>
      </p>
      <h2 class="rs-headline" id="rs-headline">
        {headlineOf(result)}
      </h2>
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
      <p class="rs-print-only">{fill(copy.printedOn, { date: new Date().toISOString().slice(0, 10) })}</p>
      {words.noClearWinner && (
        <p class="rs-nowinner">
          <strong>{copy.noClearWinner}</strong> {words.noClearWinner}
        </p>
      )}
      {verdict === 'undetermined' && <p class="rs-open">{copy.open}</p>}
    </div>
  );
}

/** The rest of the summary: one sentence per model, the answers that decided it, how to buy it, the alternatives. */
export function SummaryBody({ copy, result }: ReportProps) {
  const shapes = MODEL_IDS.flatMap((model) => {
    const shape = result.shapes[model];
    return shape ? [{ model, shape }] : [];
  });
  return (
    <div class="rs-summary rs-summary--body">
      <ul class="rs-standing">
        {result.summary.map((line) => (
          <li key={line.model} class={`rs-standing--${line.standing}`}>
            {line.text}
          </li>
        ))}
      </ul>
      {result.deciding.length > 0 && (
        <>
          <h3 class="rs-subhead">{copy.decided}</h3>
          <ul class="rs-decided">
            {result.deciding.map((d) => (
              <li key={d.question}>{d.text}</li>
            ))}
          </ul>
        </>
      )}
      {shapes.length > 0 && (
        <>
          <h3 class="rs-subhead">{copy.shapes}</h3>
          <ul class="rs-shapes">
            {shapes.map(({ model, shape }) => (
              <li key={model}>
                <strong>
                  {model}: {shape.name}.
                </strong>{' '}
                {shape.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.alternatives.length > 0 && (
        <>
          <h3 class="rs-subhead">{copy.alternatives}</h3>
          <ul class="rs-shapes">
            {result.alternatives.map((a) => (
              <li key={a.id}>
                <strong>{a.name}.</strong> {a.text} <span class="muted">{a.because}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
