import { headlineOf, phraseConfidence } from '../../domain/report/confidence-words.ts';
import { fill } from './fill.ts';
import type { ReportProps } from './Report.tsx';

/** The recommended set with its confidence in plain words, who it is for, and where the answers came from. */
export function Summary({ content, copy, result, file, source }: ReportProps) {
  const words = phraseConfidence(copy.confidence, result.confidence, content.settings.closeMargin);
  // A blank name (spaces only, which a link may carry) is no name.
  const client = file.meta.client?.trim() && file.meta.client;
  const preparedBy = file.meta.preparedBy?.trim() && file.meta.preparedBy;
  return (
    <section class="rs-summary">
      <p class="rs-source">{source === 'link' ? copy.source.link : copy.source.saved}</p>
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
      {result.dropped.length > 0 && <p class="muted">{fill(copy.dropped, { list: result.dropped.map((d) => d.short).join(', ') })}</p>}
    </section>
  );
}
