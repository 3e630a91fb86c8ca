import { useEffect, useRef } from 'preact/hooks';
import { MODEL_IDS } from '../../domain/model-ids.ts';
import type { AnswerFile } from '../../domain/answers/answers.ts';
import type { Change, ResultSummary } from '../../domain/engine/recommendation.ts';
import { withChange } from '../../domain/engine/with-change.ts';
import { LABEL_MAX_LENGTH } from '../../domain/saved/label.ts';
import { compareUrl } from '../../domain/share/compare-encode.ts';
import { changeSentence } from '../../domain/report/change-words.ts';
import { $previewResult } from '../../stores/result-details.ts';
import { $preview } from '../../stores/results.ts';
import { useStore } from '../../stores/use-store.ts';
import type { ReportProps } from './report-props.ts';
import { DETAIL_COPY as words } from './detail-copy.ts';

function Column({ title, rec, copy }: { readonly title: string; readonly rec: ResultSummary; readonly copy: ReportProps['copy'] }) {
  return (
    <div class="rs-whatif__col">
      <h4>{title}</h4>
      <p>
        <strong>{rec.recommendation.label}</strong> <span class="muted">({copy.verdict[rec.recommendation.verdict]})</span>
      </p>
      <ul class="rs-whatif__scores">
        {MODEL_IDS.map((m) => (
          <li key={m}>
            {m}: {rec.scores[m]}
            {rec.recommendation.models.includes(m) ? ` (${copy.scores.in.toLowerCase()})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The compare page with the answers as they are and with the change: the what-if to print or send. */
function whatIfCompareUrl(file: AnswerFile, change: Change, base: string): string {
  const label = [...`${change.short}: ${change.to}`].slice(0, LABEL_MAX_LENGTH).join('');
  return compareUrl(
    [
      { label: words.whatIf.asAnswered, file },
      { label, file: { answers: withChange(file.answers, change), meta: file.meta } },
    ],
    base,
  );
}

/** The previewed change beside the current result, and the way back. Nothing here writes the link, storage or the RFP draft. */
export function WhatIf({ content, base, copy, result, file }: ReportProps) {
  const change = useStore($preview);
  const preview = useStore($previewResult);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [change]);
  if (!change || !preview) return null;
  const kind = content.questions.find((q) => q.id === change.question)?.kind === 'number' ? 'number' : 'choice';
  return (
    <section class="rs-whatif" aria-labelledby="rs-whatif-title">
      <h3 id="rs-whatif-title" tabIndex={-1} ref={heading}>
        {words.whatIf.title}
      </h3>
      <p>{changeSentence(change, result.recommendation.models, kind)}</p>
      <div class="rs-whatif__cols">
        <Column title={words.whatIf.now} rec={result} copy={copy} />
        <Column title={words.whatIf.then} rec={preview} copy={copy} />
      </div>
      <p class="muted">{words.whatIf.note}</p>
      <p>
        <a href={whatIfCompareUrl(file, change, base)}>{words.whatIf.compare}</a>
      </p>
      <button type="button" class="button button--secondary" onClick={() => $preview.set(null)}>
        {words.whatIf.back}
      </button>
    </section>
  );
}
