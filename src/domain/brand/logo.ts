/** The logo formats the site serves as its header mark and favicon. */
export type LogoFormat = 'svg' | 'png';

/** Bigger than this, a logo would slow down every page (it is on every one). */
export const LOGO_MAX_BYTES = 100 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function logoFormat(path: string): LogoFormat | null {
  const extension = /\.(svg|png)$/i.exec(path)?.[1]?.toLowerCase();
  return extension === 'svg' || extension === 'png' ? extension : null;
}

function excerpt(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

/**
 * What is wrong with a logo file, as sentences; empty when it can be served. An SVG must be
 * self-contained and inert: no script, no event handler, nothing loaded from another file or server
 * (references inside the file, "#id", and data: URLs are fine).
 */
export function checkLogo(format: LogoFormat, bytes: Uint8Array): string[] {
  const problems: string[] = [];
  if (bytes.length === 0) return ['is empty'];
  if (bytes.length > LOGO_MAX_BYTES)
    problems.push(`is ${Math.ceil(bytes.length / 1024)} KB; a logo may be at most ${LOGO_MAX_BYTES / 1024} KB, as every page loads it`);
  if (format === 'png') {
    if (!PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) problems.push('is not a PNG image (its first bytes are not a PNG signature)');
    return problems;
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (!/<svg[\s>]/i.test(text)) problems.push('is not an SVG image (no <svg> element)');
  if (/<script[\s>/]/i.test(text)) problems.push('contains a <script>: a logo must not run code');
  if (/<foreignObject[\s>/]/i.test(text)) problems.push('contains a <foreignObject>: a logo must be a plain drawing');
  const handler = /\son[a-z]+\s*=/i.exec(text);
  if (handler) problems.push(`has an event handler (${excerpt(handler[0])}): a logo must not run code`);
  const reference = /\b(?:href|src)\s*=\s*["']\s*(?!#|data:)([^"']*)["']/i.exec(text) ?? /url\(\s*["']?\s*(?!#|data:)([^"')]*)/i.exec(text);
  if (reference) problems.push(`loads "${excerpt(reference[1] ?? '')}" from elsewhere: a logo must be one self-contained file`);
  if (/@import\b/i.test(text)) problems.push('imports a stylesheet (@import): a logo must be one self-contained file');
  return problems;
}

/** Width over height of a logo (1 when the file does not say): PNG from its header, SVG from its viewBox or size. */
export function logoRatio(format: LogoFormat, bytes: Uint8Array): number {
  let width = 0;
  let height = 0;
  if (format === 'png' && bytes.length >= 24) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    [width, height] = [view.getUint32(16), view.getUint32(20)];
  } else if (format === 'svg') {
    const root = /<svg\b[^>]*>/i.exec(new TextDecoder().decode(bytes))?.[0] ?? '';
    const box = /\bviewBox\s*=\s*["']\s*[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+([\d.e]+)/i.exec(root);
    const size = (name: string): number =>
      Number(new RegExp(`\\b${name}\\s*=\\s*["']\\s*([\\d.]+)(?:px)?\\s*["']`, 'i').exec(root)?.[1] ?? 0);
    [width, height] = box ? [Number(box[1]), Number(box[2])] : [size('width'), size('height')];
  }
  return width > 0 && height > 0 && Number.isFinite(width / height) ? width / height : 1;
}
