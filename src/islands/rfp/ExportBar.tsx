import { useState } from 'preact/hooks';
import type { Meta } from '../../domain/answers/answers.ts';
import type { RfpDocument } from '../../domain/rfp/document.ts';
import type { RfpCopy } from './copy.ts';
import type { ExportFormat } from './export-file.ts';
import { fill } from './fill.ts';

interface Props {
  readonly doc: RfpDocument;
  readonly meta: Meta;
  /** The recommendation these answers give: the results page with the same fragment. */
  readonly resultsHref: string;
  readonly copy: RfpCopy;
}

/** Print / Save as PDF, Download as Word, Download as Markdown, and the way back to the recommendation. */
export function ExportBar({ doc, meta, resultsHref, copy }: Props) {
  // What the last download did, said in the status line; empty before any.
  const [status, setStatus] = useState('');
  const busy = status === copy.preparing;

  async function download(format: ExportFormat): Promise<void> {
    if (busy) return;
    setStatus(copy.preparing);
    try {
      // The exporters load only when a button is pressed: the page itself never pays for them.
      const { exportRfp } = await import('./export-file.ts');
      setStatus(fill(copy.downloaded, { file: await exportRfp(format, doc, meta) }));
    } catch {
      setStatus(copy.failed);
    }
  }

  return (
    <div class="rfp-bar no-print">
      <p class="actions">
        <button type="button" class="button" onClick={() => print()}>
          {copy.print}
        </button>
        <button type="button" class="button button--secondary" aria-disabled={busy} onClick={() => void download('docx')}>
          {copy.word}
        </button>
        <button type="button" class="button button--secondary" aria-disabled={busy} onClick={() => void download('md')}>
          {copy.markdown}
        </button>
        <a href={resultsHref}>{copy.back}</a>
      </p>
      <p class="rfp-bar__status" role="status">
        {status}
      </p>
    </div>
  );
}
