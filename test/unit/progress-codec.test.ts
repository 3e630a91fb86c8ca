import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/domain/answers/parse-answers.ts';
import { decodeProgress, encodeProgress } from '../../src/domain/progress/progress-codec.ts';
import { emptyProgress, PROGRESS_VERSION, REVIEW_STEP, stepIds, type SavedProgress } from '../../src/domain/progress/progress.ts';
import { answersArbitrary } from './helpers/arbitraries.ts';
import { content } from './helpers/content.ts';

const sectionIds = content.sections.map((s) => s.id);

function saved(overrides: Record<string, unknown>): string {
  return JSON.stringify({ v: 1, answers: {}, drafts: {}, step: 'hiring', done: ['organisation'], meta: {}, updatedAt: null, ...overrides });
}

const progressArbitrary: fc.Arbitrary<SavedProgress> = fc.record({
  v: fc.constant(PROGRESS_VERSION),
  answers: answersArbitrary(content),
  drafts: fc.constant({}),
  step: fc.constantFrom(...stepIds(content)),
  done: fc.subarray(sectionIds).map((picked) => sectionIds.filter((id) => picked.includes(id))),
  meta: fc.record(
    {
      client: fc.string({ minLength: 1, maxLength: 120 }).filter((s) => !/[\u0000-\u001f\u007f]/.test(s)),
      preparedBy: fc.constant('J. Rivera'),
    },
    { requiredKeys: [] },
  ),
  updatedAt: fc.option(
    fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    { nil: null },
  ),
});

describe('encodeProgress / decodeProgress', () => {
  it('round-trips: decode(encode(x)) = x, with nothing to report', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        const decoded = decodeProgress(content, encodeProgress(progress));
        expect(decoded.progress).toEqual(progress);
        expect(decoded.notices).toEqual([]);
        expect(decoded.status).toBe('restored');
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips a draft: text typed into the number field that is not a number yet', () => {
    const progress: SavedProgress = { ...emptyProgress(content), drafts: { annual_hires: '1.2k' }, step: 'hiring', done: ['organisation'] };
    expect(decodeProgress(content, encodeProgress(progress)).progress).toEqual(progress);
  });

  it('writes a versioned JSON object', () => {
    const text = encodeProgress({ ...emptyProgress(content), answers: { company_size: '250_999' }, updatedAt: '2026-01-02T03:04:05.000Z' });
    expect(JSON.parse(text)).toEqual({
      v: 1,
      answers: { company_size: '250_999' },
      drafts: {},
      step: 'organisation',
      done: [],
      meta: {},
      updatedAt: '2026-01-02T03:04:05.000Z',
    });
  });

  it('reads nothing saved as a fresh start without any notice', () => {
    expect(decodeProgress(content, null)).toEqual({ progress: emptyProgress(content), notices: [], status: 'none' });
  });
});

describe('decodeProgress: damaged progress never throws, keeps what it can and says what it lost', () => {
  it.each([
    ['broken JSON', '{"v":1,"answers":{"company_size":"250_'],
    ['not JSON at all', 'hello'],
    ['an empty string', ''],
    ['JSON null', 'null'],
    ['a list', '[1,2,3]'],
    ['a number', '42'],
    ['answers that are not an object', saved({ answers: 'company_size=250_999' })],
    ['answers that are a list', saved({ answers: ['250_999'] })],
  ])('starts afresh with a message on %s', (_, raw) => {
    const decoded = decodeProgress(content, raw);
    expect(decoded.status).toBe('unreadable');
    expect(decoded.progress).toEqual(emptyProgress(content));
    expect(decoded.notices).toHaveLength(1);
    expect(decoded.notices[0]?.code).toBe('progress-unreadable');
    expect(decoded.notices[0]?.message).toMatch(/damaged/);
    expect(decoded.notices[0]?.hint).toMatch(/carry on/);
  });

  it('drops one invalid answer, names its question, and keeps every other answer', () => {
    const decoded = decodeProgress(
      content,
      saved({ answers: { company_size: 'huge', industry: 'technology', annual_hires: 400, recruiting_pains: ['time_to_fill'] } }),
    );
    expect(decoded.status).toBe('partial');
    expect(decoded.progress.answers).toEqual({ industry: 'technology', annual_hires: 400, recruiting_pains: ['time_to_fill'] });
    expect(decoded.progress.step).toBe('hiring');
    expect(decoded.progress.done).toEqual(['organisation']);
    expect(decoded.notices).toEqual([
      {
        code: 'progress-answer-dropped',
        title: 'A saved answer was removed',
        message: 'Your saved answer about company size could not be used, so it is back to "not sure". Your other answers are kept.',
        hint: 'You can carry on: your answers are saved again as you go.',
        field: 'company_size',
      },
    ]);
  });

  it.each<[string, unknown]>([
    ['a number given as text', '400'],
    ['a fraction', 12.5],
    ['a negative number', -3],
    ['a number out of range', 1_000_001],
    ['a list', [400]],
    ['null', null],
  ])('drops an annual_hires answer that is %s', (_, value) => {
    const decoded = decodeProgress(content, saved({ answers: { annual_hires: value, budget: 'tight' } }));
    expect(decoded.progress.answers).toEqual({ budget: 'tight' });
    expect(decoded.notices.map((n) => n.field)).toEqual(['annual_hires']);
  });

  it.each<[string, unknown]>([
    ['a single value', 'payroll'],
    ['an unknown option', ['payroll', 'catering']],
    ['a repeated option', ['payroll', 'payroll']],
    ['a number in the list', ['payroll', 3]],
  ])('drops a multi-choice answer that is %s', (_, value) => {
    const decoded = decodeProgress(content, saved({ answers: { hr_functions: value } }));
    expect(decoded.progress.answers).toEqual({});
    expect(decoded.notices[0]?.message).toContain('human resources functions');
  });

  it('puts multi-choice answers and the answers themselves in questionnaire order', () => {
    const decoded = decodeProgress(
      content,
      saved({ answers: { budget: 'tight', hr_functions: ['benefits', 'payroll'], company_size: '50_249' } }),
    );
    expect(Object.keys(decoded.progress.answers)).toEqual(['company_size', 'hr_functions', 'budget']);
    expect(decoded.progress.answers['hr_functions']).toEqual(['payroll', 'benefits']);
  });

  it('drops an answer to a question that is no longer asked and says so', () => {
    const decoded = decodeProgress(content, saved({ answers: { office_count: 3, budget: 'tight' } }));
    expect(decoded.progress.answers).toEqual({ budget: 'tight' });
    expect(decoded.notices[0]?.message).toContain('a question no longer asked ("office_count")');
  });

  it('falls back to the first step, keeps known finished sections, and ignores a bad time, silently', () => {
    const decoded = decodeProgress(
      content,
      saved({ step: 'payments', done: ['hiring', 'nope', 3, 'organisation', 'hiring'], updatedAt: 'yesterday' }),
    );
    expect(decoded.progress.step).toBe('organisation');
    expect(decoded.progress.done).toEqual(['organisation', 'hiring']);
    expect(decoded.progress.updatedAt).toBeNull();
    expect(decoded.notices).toEqual([]);
  });

  it('keeps the review step', () => {
    expect(decodeProgress(content, saved({ step: REVIEW_STEP })).progress.step).toBe(REVIEW_STEP);
  });

  it('treats missing parts of a version 1 record as empty', () => {
    const decoded = decodeProgress(content, '{"v":1}');
    expect(decoded).toEqual({ progress: emptyProgress(content), notices: [], status: 'restored' });
  });

  it('keeps a draft only for a number question without an answer, and turns a readable draft into the answer', () => {
    const decoded = decodeProgress(
      content,
      saved({
        answers: { company_size: '50_249' },
        drafts: { annual_hires: '1,200', company_size: 'x', budget: 'abc', hr_admin_burden: 'two' },
      }),
    );
    expect(decoded.progress.answers).toEqual({ company_size: '50_249', annual_hires: 1200 });
    expect(decoded.progress.drafts).toEqual({});
    const kept = decodeProgress(content, saved({ drafts: { annual_hires: 'about 40' } }));
    expect(kept.progress.drafts).toEqual({ annual_hires: 'about 40' });
    expect(kept.progress.answers).toEqual({});
  });

  it('drops a saved name that is not plain text of at most 120 characters, and keeps the other', () => {
    const decoded = decodeProgress(content, saved({ meta: { client: 'x'.repeat(121), preparedBy: 'J. Rivera' } }));
    expect(decoded.progress.meta).toEqual({ preparedBy: 'J. Rivera' });
    expect(decoded.notices.map((n) => n.field)).toEqual(['meta.client']);
    const control = decodeProgress(content, saved({ meta: { client: 'Acme\nGmbH', preparedBy: 7 } }));
    expect(control.progress.meta).toEqual({});
    expect(control.notices.map((n) => n.field)).toEqual(['meta.client', 'meta.preparedBy']);
  });

  it('keeps the answers this page can read from a newer version, and says the format is newer', () => {
    const decoded = decodeProgress(content, saved({ v: 2, answers: { budget: 'tight', remote_share: 40 }, extra: { x: 1 } }));
    expect(decoded.progress.answers).toEqual({ budget: 'tight' });
    expect(decoded.notices.map((n) => n.code)).toEqual(['progress-newer', 'progress-answer-dropped']);
    expect(decoded.notices[0]?.title).toBe('Your answers were saved by a newer version');
  });

  it('keeps what it can from a version it does not know', () => {
    const decoded = decodeProgress(content, saved({ v: 'beta', answers: { budget: 'tight' } }));
    expect(decoded.progress.answers).toEqual({ budget: 'tight' });
    expect(decoded.notices.map((n) => n.code)).toEqual(['progress-unknown-version']);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ v: 1, answers: v })),
        ),
        (raw) => {
          const decoded = decodeProgress(content, raw);
          // Whatever was read back is a valid answer set: every id a question, every value one it accepts.
          expect(parseAnswers(content, decoded.progress.answers)).toEqual({ ok: true, value: decoded.progress.answers });
          expect(stepIds(content)).toContain(decoded.progress.step);
        },
      ),
      { numRuns: 500 },
    );
  });
});
