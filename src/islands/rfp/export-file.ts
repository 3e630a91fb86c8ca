import type { Meta } from '../../domain/answers/answers.ts';
import type { RfpDocument } from '../../domain/rfp/document.ts';
import { rfpFileName } from '../../domain/rfp/file-name.ts';
import { rfpToMarkdown } from '../../domain/rfp/markdown.ts';
import { offerDownload } from '../shared/download.ts';

/** The download formats: Word and Markdown. */
export type ExportFormat = 'docx' | 'md';

/**
 * Makes the draft as a file in the browser and offers it as a download through a temporary link;
 * nothing is uploaded. Loaded only when an export button is pressed, and the Word writer only for
 * Word. Returns the file's name.
 */
export async function exportRfp(format: ExportFormat, doc: RfpDocument, meta: Meta): Promise<string> {
  const blob =
    format === 'docx'
      ? await (await import('./export-docx.ts')).rfpToDocx(doc)
      : new Blob([rfpToMarkdown(doc)], { type: 'text/markdown;charset=utf-8' });
  return offerDownload(blob, rfpFileName(doc, meta, format));
}
