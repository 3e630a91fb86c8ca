import type { AnswerFile, Answers, AnswerValue, Meta } from '../answers/answers.ts';
import { parseMetaText } from '../answers/parse-meta.ts';
import type { ScoringContent } from '../content.ts';
import { fail, ok, type FriendlyError, type Result } from '../errors.ts';
import { base64urlToBytes, digitOf } from './base64url.ts';
import { CHECKSUM_LENGTH, checksum, LINK_LAYOUTS, LINK_VERSION, multiWidth, NUMBER_DIGITS } from './link-encode.ts';

/** The share-link format (versions 1 and 2) is described in link-encode.ts. */
export { encodeLink } from './link-encode.ts';

const VERSION_CHARS = /^[0-9A-Za-z]$/;

type LinkErrorCode = 'empty' | 'future-version' | 'damaged' | 'truncated' | 'invalid-value' | 'invalid-meta';

export interface LinkError extends FriendlyError {
  readonly code: LinkErrorCode;
}

const START_AGAIN = 'Ask whoever sent it for the link again, or start the questionnaire to make your own.';

function linkError(code: LinkErrorCode, title: string, message: string, field?: string): { ok: false; error: LinkError } {
  return fail({ code, title, message, hint: START_AGAIN, ...(field ? { field } : {}) });
}

/** Turns untrusted fragment text back into answers and meta. Never throws: returns the answers or a reason. */
export function decodeLink(content: ScoringContent, fragment: string): Result<AnswerFile, LinkError> {
  try {
    return decode(content, fragment);
  } catch {
    return linkError('damaged', 'This link is damaged', 'The link could not be read.');
  }
}

function decode(content: ScoringContent, fragment: string): Result<AnswerFile, LinkError> {
  const text = fragment.trim().replace(/^#/, '');
  if (text === '')
    return linkError(
      'empty',
      'This link has no answers',
      'The link ends before any answers: it may have been cut short when it was copied.',
    );
  const version = text.charAt(0);
  const layout = LINK_LAYOUTS[version];
  const maxDigits = NUMBER_DIGITS[version] ?? 0;
  if (layout === undefined) {
    if (VERSION_CHARS.test(version) && version > LINK_VERSION && /^[0-9]$/.test(version)) {
      return linkError(
        'future-version',
        'This link is from a newer version',
        `The link uses format version ${version}, which this copy of the site does not know yet (it reads version ${LINK_VERSION}).`,
      );
    }
    return linkError('damaged', 'This link is damaged', 'The link does not start the way links to a recommendation do.');
  }
  const sum = text.slice(1, 1 + CHECKSUM_LENGTH);
  const rest = text.slice(1 + CHECKSUM_LENGTH);
  const parts = rest.split('.');
  if (parts.length > 3) return linkError('damaged', 'This link is damaged', 'The link has more parts than a link made here.');
  const [core = '', clientPart = '', preparedByPart = ''] = parts;
  const shortOf = (id: string): string => content.questions.find((q) => q.id === id)?.short ?? id;

  const answers: Record<string, AnswerValue> = {};
  let at = 0;
  for (const question of layout) {
    const read = (width: number): number | null => {
      if (at + width > core.length) return null;
      let n = 0;
      for (let k = 0; k < width; k++) {
        const d = digitOf(core.charAt(at + k));
        if (d < 0) return -1;
        n = n * 64 + d;
      }
      at += width;
      return n;
    };
    const incomplete = linkError(
      'truncated',
      'This link is incomplete',
      `The link ends before the answer for ${shortOf(question.id)}: it was probably cut short when it was copied.`,
      question.id,
    );
    const notValid = linkError(
      'invalid-value',
      'This link has an answer that is not valid',
      `The answer for ${shortOf(question.id)} in this link is not valid.`,
      question.id,
    );
    const damaged = linkError(
      'damaged',
      'This link is damaged',
      `The link has a character that links made here never contain, near the answer for ${shortOf(question.id)}.`,
      question.id,
    );

    if (question.kind === 'single' || question.kind === 'scale') {
      const n = read(1);
      if (n === null) return incomplete;
      if (n < 0) return damaged;
      if (n === 0) continue;
      if (question.kind === 'single') {
        const option = question.options[n - 1];
        if (option === undefined) return notValid;
        answers[question.id] = option;
      } else {
        const value = question.min + n - 1;
        if (value > question.max) return notValid;
        answers[question.id] = value;
      }
    } else if (question.kind === 'multi') {
      const n = read(multiWidth(question));
      if (n === null) return incomplete;
      if (n < 0) return damaged;
      if (n === 0) continue;
      const answered = 1 << question.options.length;
      if (n >= answered * 2 || n < answered) return notValid;
      answers[question.id] = question.options.filter((_, bit) => (n & (1 << bit)) !== 0);
    } else {
      const length = read(1);
      if (length === null) return incomplete;
      if (length < 0) return damaged;
      if (length === 0) continue;
      if (length > maxDigits) return notValid;
      const value = read(length);
      if (value === null) return incomplete;
      if (value < 0) return damaged;
      if (value < question.min || value > question.max) return notValid;
      answers[question.id] = value;
    }
  }
  if (at !== core.length) return linkError('damaged', 'This link is damaged', 'The link has extra characters after the answers.');
  if (sum.length < CHECKSUM_LENGTH || checksum(rest) !== sum) {
    return linkError(
      'damaged',
      'This link is damaged',
      'Some characters of the link were changed or lost, so its answers cannot be trusted.',
    );
  }

  const meta: { client?: string; preparedBy?: string } = {};
  for (const [field, part] of [
    ['client', clientPart],
    ['preparedBy', preparedByPart],
  ] as const) {
    if (part === '') continue;
    const bytes = base64urlToBytes(part);
    let value: string | null = null;
    if (bytes) {
      try {
        value = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      } catch {
        value = null;
      }
    }
    const label = field === 'client' ? '"Prepared for"' : '"Prepared by"';
    if (value === null)
      return linkError('invalid-meta', 'This link is damaged', `The ${label} name in the link cannot be read.`, `meta.${field}`);
    const parsed = parseMetaText(field, value);
    if (!parsed.ok) return linkError('invalid-meta', 'This link has a name that is not valid', parsed.error.message, `meta.${field}`);
    if (parsed.value !== '') meta[field] = parsed.value;
  }

  // The v1 layout matches the content (the content check makes sure of it), so this only guards
  // against a build whose content drifted; it also puts the answers in questionnaire order.
  const ordered: Record<string, AnswerValue> = {};
  for (const question of content.questions) {
    const value = answers[question.id];
    if (value !== undefined) ordered[question.id] = value;
  }
  const stray = Object.keys(answers).find((id) => !fits(content, id, answers[id]));
  if (stray !== undefined)
    return linkError(
      'invalid-value',
      'This link has an answer that is not valid',
      `The answer for ${shortOf(stray)} in this link is not valid.`,
      stray,
    );
  return ok({ answers: ordered as Answers, meta: meta as Meta });
}

/** True when the value is an answer the content's question accepts (the rules of parseAnswer, without its messages). */
function fits(content: ScoringContent, id: string, value: AnswerValue | undefined): boolean {
  const question = content.questions.find((q) => q.id === id);
  if (!question) return false;
  const known = (v: unknown): boolean =>
    question.kind !== 'number' && question.kind !== 'scale' && question.options.some((o) => o.value === v);
  if (question.kind === 'single') return known(value);
  if (question.kind === 'multi') return Array.isArray(value) && value.every(known);
  return typeof value === 'number' && value >= question.min && value <= question.max;
}
