import { fail, ok, type FriendlyError, type Result } from '../errors.ts';
import { META_MAX_LENGTH } from './answers.ts';

// Apart from parse-answers.ts: pages that only read names (from a link, or typed on the results
// page) do not load the whole answer validation.

/** A short description of a value for messages: "a list", "an object", or the value quoted. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

// Control characters (C0, DEL and C1) cannot be typed into a name and only hide or break text.
const CONTROL = /\p{Cc}/u;

/**
 * What keeps a text from being plain text of at most `max` characters: too long, a control
 * character (a line break, a tab), or a broken character (a lone surrogate, which cannot be shown
 * or encoded as UTF-8); null when it is plain text.
 */
export function plainTextIssue(value: string, max: number): 'too-long' | 'control' | 'broken' | null {
  if ([...value].length > max) return 'too-long';
  if (CONTROL.test(value)) return 'control';
  if (!value.isWellFormed()) return 'broken';
  return null;
}

/** Checks one meta text: plain text, at most 120 characters. */
export function parseMetaText(field: 'client' | 'preparedBy', value: unknown): Result<string> {
  const label = field === 'client' ? '"Prepared for" (client)' : '"Prepared by" (preparedBy)';
  const hint = 'Use plain text of at most 120 characters.';
  const refuse = (title: string, message: string): { ok: false; error: FriendlyError } =>
    fail({ code: 'invalid-meta', title, message, hint, field: `meta.${field}` });
  if (typeof value !== 'string') return refuse('A name is not valid', `${label} must be text; got ${describe(value)}.`);
  switch (plainTextIssue(value, META_MAX_LENGTH)) {
    case 'too-long':
      return refuse('A name is too long', `${label} is ${[...value].length} characters long; the limit is ${META_MAX_LENGTH}.`);
    case 'control':
      return refuse('A name is not valid', `${label} contains a control character (such as a line break or tab).`);
    case 'broken':
      return refuse('A name is not valid', `${label} contains a broken character (half of an emoji or other character).`);
    case null:
      return ok(value);
  }
}
