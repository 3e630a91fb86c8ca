import { describe, plainTextIssue } from '../answers/parse-meta.ts';
import { fail, ok, type FriendlyError, type Result } from '../errors.ts';

/** Longest label a saved recommendation or a compared scenario may carry, in characters. */
export const LABEL_MAX_LENGTH = 60;

/**
 * Checks a scenario label, such as "after growth": plain text of at most 60 characters, trimmed;
 * an empty label is no label. Returns the label or why it cannot be one.
 */
export function parseLabel(value: unknown): Result<string> {
  const refuse = (message: string): { ok: false; error: FriendlyError } =>
    fail({
      code: 'invalid-label',
      title: 'The label is not valid',
      message,
      hint: `Use plain text of at most ${LABEL_MAX_LENGTH} characters, such as "after growth".`,
      field: 'label',
    });
  if (typeof value !== 'string') return refuse(`A label must be text; got ${describe(value)}.`);
  const label = value.trim();
  switch (plainTextIssue(label, LABEL_MAX_LENGTH)) {
    case 'too-long':
      return refuse(`The label is ${[...label].length} characters long; the limit is ${LABEL_MAX_LENGTH}.`);
    case 'control':
      return refuse('The label contains a control character (such as a line break or tab).');
    case 'broken':
      return refuse('The label contains a broken character (half of an emoji or other character).');
    case null:
      return ok(label);
  }
}
