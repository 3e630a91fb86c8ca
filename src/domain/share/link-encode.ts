import type { AnswerFile, AnswerValue } from '../answers/answers.ts';
import { bytesToBase64url, charOf, fnv1a } from './base64url.ts';
import { V1_QUESTIONS, type V1Question } from './v1-layout.ts';
import { V2_ADDED } from './v2-layout.ts';

// Encoding lives apart from decoding so pages that only make links (the wizard) do not load the
// decoder and the answer validation it needs.

/**
 * Share links, version 2 (version 1 is the same without the v2 answers). The fragment is:
 *
 *   "2" · checksum (2 chars) · answers · ["." client · ["." prepared by]]
 *
 * Answers follow V1_QUESTIONS then V2_ADDED in order, each in base64url digits: a choice is its option number
 * (0 = not answered); a scale point is point - min + 1; a multi choice is a bit mask with a top
 * "answered" bit; a number is its digit count (0 = not answered) then its digits. Names are
 * UTF-8 in base64url. The checksum (12 bits of FNV-1a over everything after it) catches edits.
 */
export const LINK_VERSION = '2';

/** The questions a link of each version carries, in order. A version's list never changes. */
export const LINK_LAYOUTS: Readonly<Record<string, readonly V1Question[]>> = {
  '1': V1_QUESTIONS,
  '2': [...V1_QUESTIONS, ...V2_ADDED],
};

/** The most base64url digits a number takes in each version (v1 numbers stop at 1,000,000; v2 money needs more). */
export const NUMBER_DIGITS: Readonly<Record<string, number>> = { '1': 4, '2': 6 };
export const CHECKSUM_LENGTH = 2;

/** How many base64url digits a multi-choice answer takes. */
export function multiWidth(question: { options: readonly string[] }): number {
  return Math.ceil((question.options.length + 1) / 6);
}

function encodeValue(question: V1Question, value: AnswerValue | undefined): string {
  if (question.kind === 'single') {
    return charOf(typeof value === 'string' ? question.options.indexOf(value) + 1 : 0);
  }
  if (question.kind === 'scale') {
    return charOf(typeof value === 'number' ? value - question.min + 1 : 0);
  }
  if (question.kind === 'multi') {
    const width = multiWidth(question);
    let n = 0;
    if (Array.isArray(value)) {
      n = 1 << question.options.length;
      question.options.forEach((option, bit) => {
        if (value.includes(option)) n |= 1 << bit;
      });
    }
    return toDigits(n, width);
  }
  if (typeof value !== 'number') return charOf(0);
  const digits = toDigits(value, 1);
  return charOf(digits.length) + digits;
}

function toDigits(n: number, width: number): string {
  let out = '';
  let rest = n;
  do {
    out = charOf(rest % 64) + out;
    rest = Math.floor(rest / 64);
  } while (rest > 0);
  return out.padStart(width, charOf(0));
}

/** 12 bits of FNV-1a as two base64url digits. */
export function checksum(text: string): string {
  const h = fnv1a(text) & 0xfff;
  return charOf(h >> 6) + charOf(h & 63);
}

function encodeMetaText(text: string | undefined): string {
  return text ? bytesToBase64url(new TextEncoder().encode(text)) : '';
}

/** Answers and meta to a compact, URL-safe fragment (without the "#"). */
export function encodeLink(file: AnswerFile): string {
  let body = (LINK_LAYOUTS[LINK_VERSION] ?? []).map((q) => encodeValue(q, file.answers[q.id])).join('');
  const client = encodeMetaText(file.meta.client);
  const preparedBy = encodeMetaText(file.meta.preparedBy);
  if (preparedBy) body += `.${client}.${preparedBy}`;
  else if (client) body += `.${client}`;
  return LINK_VERSION + checksum(body) + body;
}
