import { phraseConfidence } from '../../domain/report/confidence-words.ts';
import { fill } from './fill.ts';
import type { ReportProps } from './report-props.ts';
import { DETAIL_COPY as words } from './detail-copy.ts';

/** Why the engine is as sure as it says, the line, and where the method is explained in full. */
export function Method({ content, base, copy, result }: ReportProps) {
  const sure = phraseConfidence(copy.confidence, result.confidence, content.settings.closeMargin);
  return (
    <>
      <p>
        <strong>{sure.label}.</strong> {sure.why}
      </p>
      <p>{fill(copy.scores.intro, { line: content.settings.recommendAt })}</p>
      {result.dropped.length > 0 && <p class="muted">{fill(words.dropped, { list: result.dropped.map((d) => d.short).join(', ') })}</p>}
      <p>
        <a href={`${base}methodology/`}>{words.methodLink}</a>
      </p>
    </>
  );
}
