import { gzipSync } from 'node:zlib';

/** Bytes gzipped at the highest level, as the budgets count them. */
export function gzipSize(text: string | Buffer): number {
  return text.length === 0 ? 0 : gzipSync(text, { level: 9 }).length;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
