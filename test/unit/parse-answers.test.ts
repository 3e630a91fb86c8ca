import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers/answers.ts';
import { parseAnswer, parseAnswerFile, parseAnswers, parseMeta, suggest } from '../../src/domain/answers/parse-answers.ts';
import { parseMetaText } from '../../src/domain/answers/parse-meta.ts';
import type { FriendlyError } from '../../src/domain/errors.ts';
import { answersArbitrary } from './helpers/arbitraries.ts';
import { content } from './helpers/content.ts';

function accepted(raw: unknown): Answers {
  const result = parseAnswers(content, raw);
  if (!result.ok) throw new Error(`expected the answers to be accepted: ${result.error.message}`);
  return result.value;
}

/** The refusal of an answer file; every refusal must name the field it is about in its message. */
function refusedFile(raw: unknown, field: string): FriendlyError {
  const result = parseAnswerFile(content, raw);
  if (result.ok) throw new Error(`expected the file to be refused, got ${JSON.stringify(result.value)}`);
  expect(result.error.field).toBe(field);
  expect(result.error.message).toContain(field.replace(/^meta\./, ''));
  expect(result.error.title).not.toBe('');
  expect(result.error.hint).not.toBe('');
  return result.error;
}

function refusedAnswer(id: string, value: unknown): FriendlyError {
  return refusedFile({ answers: { [id]: value } }, id);
}

const question = (id: string) => {
  const found = content.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

describe('parseAnswers: valid answers', () => {
  it('accepts every valid answer set, unchanged', () => {
    fc.assert(
      fc.property(answersArbitrary(content), (answers) => {
        expect(accepted(answers)).toEqual(answers);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts no answers at all, and an empty list as "none of these"', () => {
    expect(accepted({})).toEqual({});
    expect(accepted({ business_processes: [] })).toEqual({ business_processes: [] });
  });

  it('accepts each kind at the edges of its range', () => {
    expect(accepted({ company_size: '5000_plus', annual_hires: 0, hr_admin_burden: 1 })).toEqual({
      company_size: '5000_plus',
      annual_hires: 0,
      hr_admin_burden: 1,
    });
    expect(accepted({ annual_hires: 1_000_000, hr_admin_burden: 5 })).toEqual({ annual_hires: 1_000_000, hr_admin_burden: 5 });
  });

  it('normalises multi-choice answers to option order and answers to questionnaire order', () => {
    const answers = accepted({ single_provider: 'yes', hr_functions: ['training', 'payroll', 'compliance'], company_size: 'under_50' });
    expect(answers['hr_functions']).toEqual(['payroll', 'compliance', 'training']);
    expect(Object.keys(answers)).toEqual(['company_size', 'hr_functions', 'single_provider']);
  });

  it('reads -0 as 0', () => {
    expect(Object.is(accepted({ annual_hires: -0 })['annual_hires'], 0)).toBe(true);
  });
});

describe('parseAnswers: refused answers name the question and the problem', () => {
  it('refuses an unknown id and suggests the nearest one', () => {
    const near = refusedAnswer('company_sise', '50_249');
    expect(near.message).toContain('Unknown question "company_sise"');
    expect(near.message).toContain('Did you mean "company_size"?');
    expect(refusedAnswer('anual_hires', 5).message).toContain('Did you mean "annual_hires"?');
    const far = refusedAnswer('favourite_colour', 'blue');
    expect(far.message).toContain('Unknown question "favourite_colour"');
    expect(far.message).not.toContain('Did you mean');
  });

  it('suggests only ids that are close', () => {
    expect(suggest('budjet', ['budget', 'industry'])).toBe('budget');
    expect(suggest('zzzzzz', ['budget', 'industry'])).toBeNull();
  });

  it('refuses a wrong type for every kind', () => {
    expect(refusedAnswer('company_size', 3).message).toMatch(/must be one of under_50, .*; got 3/);
    expect(refusedAnswer('hr_functions', 'payroll').message).toMatch(/must be a list of any of payroll, .*; got "payroll"/);
    expect(refusedAnswer('annual_hires', '400').message).toContain('must be a whole number from 0 to 1000000; got "400"');
    expect(refusedAnswer('hr_admin_burden', '3').message).toContain('must be a whole number from 1 to 5; got "3"');
    expect(refusedAnswer('company_size', ['under_50']).message).toContain('got a list');
    expect(refusedAnswer('annual_hires', { value: 4 }).message).toContain('got an object');
    expect(refusedAnswer('hr_functions', [1]).message).toContain('1 is not one of');
  });

  it('refuses null for every kind', () => {
    for (const id of ['company_size', 'hr_functions', 'annual_hires', 'hr_admin_burden']) {
      expect(refusedAnswer(id, null).message).toContain('got null');
    }
  });

  it('refuses a value outside the list, for single and multi choice', () => {
    const single = refusedAnswer('company_size', 'huge');
    expect(single.message).toBe(
      'The answer for company size (company_size) is not valid: "huge" is not one of under_50, 50_249, 250_999, 1000_4999, 5000_plus.',
    );
    expect(refusedAnswer('hr_functions', ['payroll', 'yoga']).message).toContain('"yoga" is not one of payroll');
    expect(refusedAnswer('company_size', 'Under_50').message).toContain('"Under_50" is not one of');
  });

  it('refuses the same option twice in a multi-choice answer', () => {
    expect(refusedAnswer('hr_functions', ['payroll', 'benefits', 'payroll']).message).toContain('lists "payroll" twice');
  });

  it('refuses numbers that are not whole or out of range', () => {
    expect(refusedAnswer('annual_hires', 12.5).message).toContain('must be a whole number');
    expect(refusedAnswer('annual_hires', Number.NaN).message).toContain('must be a whole number');
    expect(refusedAnswer('annual_hires', Number.POSITIVE_INFINITY).message).toContain('must be a whole number');
    expect(refusedAnswer('annual_hires', -1).message).toContain('out of range: -1 is not between 0 and 1000000 hires a year');
    expect(refusedAnswer('annual_hires', 1_000_001).message).toContain('out of range: 1000001');
  });

  it('refuses scale points outside the scale', () => {
    expect(refusedAnswer('hr_admin_burden', 0).message).toContain('out of range: 0 is not between 1 and 5 on the scale');
    expect(refusedAnswer('hr_admin_burden', 6).message).toContain('out of range: 6');
    expect(refusedAnswer('hr_admin_burden', 2.5).message).toContain('must be a whole number');
  });

  it('checks one answer against its question (parseAnswer)', () => {
    expect(parseAnswer(question('hr_admin_burden'), 3)).toEqual({ ok: true, value: 3 });
    expect(parseAnswer(question('hr_admin_burden'), 9).ok).toBe(false);
  });

  it('refuses answers that are not an object', () => {
    expect(refusedFile({ answers: [] }, 'answers').message).toContain('got a list');
    expect(refusedFile({ answers: 'company_size' }, 'answers').message).toContain('got "company_size"');
    expect(refusedFile({ answers: null }, 'answers').message).toContain('got null');
    expect(parseAnswers(content, 42).ok).toBe(false);
  });
});

describe('parseAnswerFile: the shape of the file', () => {
  it('accepts a whole file and drops empty names', () => {
    const result = parseAnswerFile(content, {
      answers: { company_size: '250_999', annual_hires: 400, recruiting_pains: ['time_to_fill'] },
      meta: { client: 'Acme GmbH', preparedBy: '' },
    });
    expect(result).toEqual({
      ok: true,
      value: { answers: { company_size: '250_999', annual_hires: 400, recruiting_pains: ['time_to_fill'] }, meta: { client: 'Acme GmbH' } },
    });
    expect(parseAnswerFile(content, { answers: {} })).toEqual({ ok: true, value: { answers: {}, meta: {} } });
  });

  it('refuses a file that is not an object', () => {
    for (const raw of [null, [], 'answers', 3]) {
      const result = parseAnswerFile(content, raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain('"answers"');
    }
  });

  it('refuses an unknown top-level field', () => {
    expect(refusedFile({ answers: {}, answer: {} }, 'answer').message).toContain('Unknown field "answer"');
    expect(refusedFile({ answers: {}, __proto__x: 1 }, '__proto__x').message).toContain('only "answers" and "meta"');
  });

  it('refuses a file without "answers"', () => {
    expect(refusedFile({}, 'answers').message).toBe('The file has no "answers" object.');
    expect(refusedFile({ meta: { client: 'Acme' } }, 'answers').message).toContain('no "answers"');
  });

  it('refuses meta that is not an object', () => {
    for (const meta of ['Acme', ['Acme'], null, 7])
      expect(refusedFile({ answers: {}, meta }, 'meta').message).toContain('"meta" must be an object');
  });

  it('refuses an unknown meta field', () => {
    expect(refusedFile({ answers: {}, meta: { client: 'Acme', email: 'a@b.c' } }, 'meta.email').message).toContain(
      'Unknown field "meta.email"',
    );
  });

  it('refuses names that are not text', () => {
    expect(refusedFile({ answers: {}, meta: { client: 42 } }, 'meta.client').message).toContain('must be text; got 42');
    expect(refusedFile({ answers: {}, meta: { preparedBy: null } }, 'meta.preparedBy').message).toContain('got null');
  });
});

describe('parseMeta / parseMetaText: names are plain text of at most 120 characters', () => {
  it('counts characters as code points: 120 emoji are fine, 121 are not', () => {
    expect(parseMeta({ client: '😀'.repeat(120) })).toEqual({ ok: true, value: { client: '😀'.repeat(120) } });
    expect(parseMeta({ client: 'x'.repeat(120) }).ok).toBe(true);
    const emoji = refusedFile({ answers: {}, meta: { client: '😀'.repeat(121) } }, 'meta.client');
    expect(emoji.message).toContain('121 characters long; the limit is 120');
    expect(refusedFile({ answers: {}, meta: { preparedBy: 'x'.repeat(121) } }, 'meta.preparedBy').message).toContain('121');
  });

  it('refuses control characters', () => {
    for (const control of ['\n', '\r', '\t', '\u0000', '\u001b', '\u007f', '\u0085', '\u009b']) {
      const error = refusedFile({ answers: {}, meta: { client: `Acme${control}GmbH` } }, 'meta.client');
      expect(error.message).toContain('control character');
    }
  });

  it('refuses half of a surrogate pair, which cannot be shown or put in a link', () => {
    for (const broken of ['\ud83d', 'Acme \ude00', '\ude00\ud83d']) {
      expect(refusedFile({ answers: {}, meta: { preparedBy: broken } }, 'meta.preparedBy').message).toContain('broken character');
    }
  });

  it('accepts right-to-left overrides, marks and isolates as text', () => {
    for (const text of ['\u202eevil.exe', 'שלום \u200f', 'A\u2066b\u2069', 'مرحبا', '<script>alert(1)</script>', '"Acme" & Co.']) {
      expect(parseMetaText('client', text)).toEqual({ ok: true, value: text });
    }
  });
});
