import type { AnswerFile, AnswerValue } from '../answers/answers.ts';
import { bytesToBase64url, charOf, fnv1a } from './base64url.ts';
import { V1_QUESTIONS, type V1Question } from './v1-layout.ts';

// Encoding lives apart from decoding so pages that only make links (the wizard) do not load the
// decoder and the answer validation it needs.

/**
 * Share links, version 1. The fragment is:
 *
 *   "1" · checksum (2 chars) · answers · ["." client · ["." prepared by]]
 *
 * Answers follow V1_QUESTIONS in order, each in base64url digits: a choice is its option number
 * (0 = not answered); a scale point is point - min + 1; a multi choice is a bit mask with a top
 * "answered" bit; a number is its digit count (0 = not answered) then its digits. Names are
 * UTF-8 in base64url. The checksum (12 bits of FNV-1a over everything after it) catches edits.
 */
export const LINK_VERSION = '1';
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
  let body = V1_QUESTIONS.map((q) => encodeValue(q, file.answers[q.id])).join('');
  const client = encodeMetaText(file.meta.client);
  const preparedBy = encodeMetaText(file.meta.preparedBy);
  if (preparedBy) body += `.${client}.${preparedBy}`;
  else if (client) body += `.${client}`;
  return LINK_VERSION + checksum(body) + body;
}
