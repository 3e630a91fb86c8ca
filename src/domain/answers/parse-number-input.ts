import { formatWholeNumber } from './format-answer.ts';

/** What a number field's typed text means: nothing yet, a whole number, or a mistake to explain. */
export type NumberInput =
  | { readonly status: 'empty' }
  | { readonly status: 'valid'; readonly value: number }
  | { readonly status: 'invalid'; readonly message: string };

export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

// Digits alone, or digits grouped in threes by commas or spaces ("1,200", "1 200"), as people type them.
const PLAIN = /^\d+$/;
const GROUPED = /^\d{1,3}(?:([, \u00a0\u202f])\d{3})(?:\1\d{3})*$/;
const SPACES = /[\s\u00a0\u202f]+/g;

/**
 * Reads what someone typed into a whole-number field. Surrounding spaces are ignored and
 * thousands may be grouped ("1,200", "1 200"); anything else (decimals, "1.2k", words, a minus
 * sign, a number out of range) is refused with a sentence saying what is wrong. Never guesses,
 * and never turns bad text into 0.
 */
export function parseNumberInput(text: string, range: NumberRange): NumberInput {
  const trimmed = text.trim().replace(SPACES, ' ');
  if (trimmed === '') return { status: 'empty' };
  const between = `between ${formatWholeNumber(range.min)} and ${formatWholeNumber(range.max)}`;
  const example = `for example ${formatWholeNumber(Math.min(Math.max(1200, range.min), range.max))}`;
  if (PLAIN.test(trimmed) || GROUPED.test(trimmed)) {
    const value = Number(trimmed.replace(/\D/g, ''));
    if (!Number.isSafeInteger(value) || value < range.min || value > range.max)
      return invalid(`${trimmed} is out of range: enter a whole number ${between}.`);
    return { status: 'valid', value };
  }
  if (/^[-\u2212]\s*\d/.test(trimmed)) return invalid(`The number cannot be negative: enter a whole number ${between}.`);
  if (/^\d[\d,. ]*[kKmM]$/.test(trimmed))
    return invalid(`Write the number in full digits rather than with "${trimmed.slice(-1)}", ${example}.`);
  if (/^\d+[.,]\d{1,2}$/.test(trimmed) || /^\d{1,3}(?:,\d{3})*\.\d+$/.test(trimmed))
    return invalid(`Enter a whole number, without decimals (${between}).`);
  if (/^[\d,. ]+$/.test(trimmed))
    return invalid(`"${trimmed}" is not a number we can read: use digits, with commas only between groups of three, ${example}.`);
  return invalid(`Use digits only, ${example}; "${shorten(trimmed)}" is not a number.`);
}

function invalid(message: string): NumberInput {
  return { status: 'invalid', message };
}

function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
