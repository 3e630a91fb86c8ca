import type { z } from './zod.ts';

/** A zod issue as a path people can find in a file ("questions[2].options[0].label") and a sentence. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out === '' ? '(top level)' : out;
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
}

function sentence(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod keeps the input only when parsing with { reportInput: true }; without it, say no more than we know.
      if (!('input' in issue)) return `must be ${issue.expected}`;
      return issue.input === undefined ? `is required (${issue.expected})` : `must be ${issue.expected}, not ${kindOf(issue.input)}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed shape (check the field names and the "kind" or "op")';
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${String(issue.minimum)} item(s)`
        : issue.origin === 'string'
          ? Number(issue.minimum) <= 1
            ? 'must not be empty'
            : `needs at least ${String(issue.minimum)} characters`
          : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `allows at most ${String(issue.maximum)} item(s)`
        : issue.origin === 'string'
          ? `allows at most ${String(issue.maximum)} characters`
          : `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

/** Sentences for the issues of a failed parse; parse with `{ reportInput: true }` to tell a missing field from a wrong type. */
export function describeIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: sentence(issue) }));
}
