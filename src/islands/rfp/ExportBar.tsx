import { useState } from 'preact/hooks';
import type { Meta } from '../../domain/answers/answers.ts';
import type { RfpCopy } from './copy.ts';
import { loadDraft, whenDrawn } from './draft-parts.ts';
import type { ExportFormat } from './export-file.ts';
import { fill } from './fill.ts';

interface Props {
  readonly meta: Meta;
  /** The recommendation these answers give: the results page with the same fragment. */
  readonly resultsHref: string;
  readonly copy: RfpCopy;
}

/** Print / Save as PDF, Download as Word, Download as Markdown, and the way back to the recommendation. */
export function ExportBar({ meta, resultsHref, copy }: Props) {
  // What the last download did, said in the status line; empty before any.
  const [status, setStatus] = useState('');
  const busy = status === copy.preparing;

  async function download(format: ExportFormat): Promise<void> {
    if (busy) return;
    setStatus(copy.preparing);
    try {
      // The exporters load only when a button is pressed: the page itself never pays for them.
      const [{ exportRfp }, { $rfpDocument }] = await Promise.all([import('./export-file.ts'), loadDraft()]);
      const doc = $rfpDocument.get();
      if (!doc) throw new Error('no draft');
      setStatus(fill(copy.downloaded, { file: await exportRfp(format, doc, meta) }));
    } catch {
      setStatus(copy.failed);
    }
  }

  return (
    <div class="rfp-bar no-print">
      <p class="actions">
        <button
          type="button"
          class="button"
          onClick={() =>
            void whenDrawn().then(
              () => print(),
              () => setStatus(copy.failed),
            )
          }
        >
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
