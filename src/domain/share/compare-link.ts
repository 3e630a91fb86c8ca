import type { ScoringContent } from '../content.ts';
import { MAX_SCENARIOS, MIN_SCENARIOS, type Scenario } from '../compare/scenario.ts';
import { fail, ok, type FriendlyError, type Result } from '../errors.ts';
import { parseLabel } from '../saved/label.ts';
import { base64urlToBytes } from './base64url.ts';
import { COMPARE_VERSION, SEPARATOR } from './compare-encode.ts';
import { decodeLink } from './link-codec.ts';

/** The compare-link format (version 1) is described in compare-encode.ts. */

type CompareLinkCode = 'empty' | 'future-version' | 'not-compare' | 'count' | 'damaged' | 'scenario';

export interface CompareLinkError extends FriendlyError {
  readonly code: CompareLinkCode;
  /** The scenario the problem is in, from 1; absent when it is about the whole link. */
  readonly scenario?: number;
}

const HINT = 'Ask whoever sent it for the link again, or compare recommendations from your own list.';

function refuse(code: CompareLinkCode, title: string, message: string, scenario?: number): { ok: false; error: CompareLinkError } {
  return fail({ code, title, message, hint: HINT, ...(scenario === undefined ? {} : { scenario }) });
}

function decodeLabel(part: string): string | null {
  if (part === '') return '';
  const bytes = base64urlToBytes(part);
  if (!bytes) return null;
  try {
    const label = parseLabel(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return label.ok ? label.value : null;
  } catch {
    return null;
  }
}

/**
 * Turns untrusted fragment text back into scenarios. Never throws: a damaged scenario is refused
 * with a message that names it (its number, and its label when that can be read).
 */
export function decodeCompareLink(content: ScoringContent, fragment: string): Result<Scenario[], CompareLinkError> {
  const text = fragment.trim().replace(/^#/, '');
  if (text === '')
    return refuse('empty', 'This comparison has no scenarios', 'The link ends before any scenario: it may have been cut short.');
  const [version = '', ...parts] = text.split(SEPARATOR);
  if (version !== COMPARE_VERSION) {
    if (/^c[2-9]$/.test(version))
      return refuse(
        'future-version',
        'This comparison is from a newer version',
        `The link uses comparison format ${version.slice(1)}, which this copy does not know yet (it reads format 1).`,
      );
    if (/^[0-9]/.test(text))
      return refuse(
        'not-compare',
        'This is a link to one recommendation',
        'It holds a single recommendation, not a comparison: open it on the results page.',
      );
    return refuse('damaged', 'This comparison link is damaged', 'The link does not start the way comparison links do.');
  }
  if (parts.length % 2 !== 0)
    return refuse(
      'damaged',
      'This comparison link is incomplete',
      'The link ends in the middle of a scenario: it was probably cut short when it was copied.',
    );
  const count = parts.length / 2;
  if (count < MIN_SCENARIOS || count > MAX_SCENARIOS)
    return refuse(
      'count',
      'This comparison link is not valid',
      `A comparison shows ${MIN_SCENARIOS} to ${MAX_SCENARIOS} scenarios side by side; this link has ${count}.`,
    );
  const scenarios: Scenario[] = [];
  for (let i = 0; i < count; i++) {
    const n = i + 1;
    const label = decodeLabel(parts[2 * i] ?? '');
    if (label === null)
      return refuse('scenario', `Scenario ${n} of this comparison cannot be opened`, `The label of scenario ${n} cannot be read.`, n);
    const decoded = decodeLink(content, parts[2 * i + 1] ?? '');
    if (!decoded.ok)
      return refuse(
        'scenario',
        `Scenario ${n} of this comparison cannot be opened`,
        `Scenario ${n}${label ? ` ("${label}")` : ''}: ${decoded.error.title}. ${decoded.error.message}`,
        n,
      );
    scenarios.push({ label, file: decoded.value });
  }
  return ok(scenarios);
}
