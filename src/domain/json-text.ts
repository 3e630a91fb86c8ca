import type { Result } from './errors.ts';

/**
 * Reads JSON text from a file or a paste; the error names `source` ('"answers.json"', "Standard
 * input") and says why, on one line and free of control codes.
 */
export function parseJsonText(text: string, source: string): Result<unknown, string> {
  try {
    // Editors on Windows often save UTF-8 with a byte order mark, which JSON.parse refuses.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    // V8 quotes the start of the text: keep it on one line and free of terminal control codes.
    const detail = error instanceof SyntaxError ? error.message.replace(/[\p{Cc}\s]+/gu, ' ') : 'unreadable';
    return { ok: false, error: `${source} is not valid JSON: ${detail}.` };
  }
}
