import type { Meta } from '../answers/answers.ts';
import type { RfpDocument } from './document.ts';

const MAX_SLUG = 60;

/** Lower-case letters and digits joined by single hyphens: nothing a file system or a shell reads specially. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}

/**
 * A safe download name for the draft, e.g. `rfp-acme-gmbh.docx`: the client's name when it has
 * letters or digits to keep, else the tendered models (`rfp-hro-rpo.md`), else `rfp-draft`. Path
 * characters, markup and every other symbol become hyphens, so a hostile name cannot choose the
 * folder, the extension or a hidden file.
 */
export function rfpFileName(doc: Pick<RfpDocument, 'models'>, meta: Meta, extension: 'docx' | 'md'): string {
  const name = slug(meta.client ?? '') || slug(doc.models.join(' ')) || 'draft';
  return `rfp-${name}.${extension}`;
}
