import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWholeNumber } from '../../src/domain/answers/format-answer.ts';
import { parseNumberInput } from '../../src/domain/answers/parse-number-input.ts';

const HIRES = { min: 0, max: 1_000_000 };

function messageOf(text: string): string {
  const read = parseNumberInput(text, HIRES);
  if (read.status !== 'invalid') throw new Error(`"${text}" was read as ${JSON.stringify(read)}`);
  return read.message;
}

describe('parseNumberInput: what people type into the number of hires', () => {
  it.each([
    ['1200', 1200],
    ['1,200', 1200],
    [' 1200 ', 1200],
    ['1200 ', 1200],
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['0', 0],
    ['007', 7],
    ['1,000,000', 1_000_000],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberInput(text, HIRES)).toEqual({ status: 'valid', value });
  });

  it.each(['', '   ', '\t'])('reads %j as empty ("not sure"), never as 0', (text) => {
    expect(parseNumberInput(text, HIRES)).toEqual({ status: 'empty' });
  });

  it('refuses "1.2k" and says to write the number in digits', () => {
    expect(messageOf('1.2k')).toBe('Write the number in full digits rather than with "k", for example 1,200.');
    expect(messageOf('3M')).toContain('rather than with "M"');
  });

  it('refuses text mixed with digits and quotes what was typed', () => {
    expect(messageOf('12abc')).toBe('Use digits only, for example 1,200; "12abc" is not a number.');
    expect(messageOf('about 40')).toContain('"about 40" is not a number');
  });

  it('refuses negative numbers, decimals and numbers out of range, naming the range', () => {
    expect(messageOf('-5')).toBe('The number cannot be negative: enter a whole number between 0 and 1,000,000.');
    expect(messageOf('1.5')).toBe('Enter a whole number, without decimals (between 0 and 1,000,000).');
    expect(messageOf('1,200.5')).toContain('without decimals');
    expect(messageOf('1000001')).toBe('1000001 is out of range: enter a whole number between 0 and 1,000,000.');
    expect(messageOf('99999999999999999999')).toContain('out of range');
  });

  it('refuses commas that do not group thousands', () => {
    expect(messageOf('12,00')).toContain('without decimals');
    expect(messageOf('1,2000')).toBe(
      '"1,2000" is not a number we can read: use digits, with commas only between groups of three, for example 1,200.',
    );
    expect(messageOf('1,200 300')).toContain('is not a number we can read');
  });

  it('checks the range given by the question', () => {
    expect(parseNumberInput('6', { min: 1, max: 5 })).toEqual({
      status: 'invalid',
      message: '6 is out of range: enter a whole number between 1 and 5.',
    });
    expect(parseNumberInput('3', { min: 1, max: 5 })).toEqual({ status: 'valid', value: 3 });
  });

  it('reads back every whole number in range as formatted, plain or padded with spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        for (const text of [String(n), formatWholeNumber(n), ` ${n} `]) {
          expect(parseNumberInput(text, HIRES)).toEqual({ status: 'valid', value: n });
        }
      }),
    );
  });

  it('never turns text into a number unless the text is one: non-digit text is refused or empty', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const read = parseNumberInput(text, HIRES);
        if (read.status === 'valid')
          expect(text.replace(/[\s,\u00a0\u202f]/g, '')).toBe(
            String(read.value).padStart(text.replace(/[\s,\u00a0\u202f]/g, '').length, '0'),
          );
        if (read.status === 'invalid') expect(read.message.length).toBeGreaterThan(20);
      }),
    );
  });
});
