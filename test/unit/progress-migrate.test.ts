import { describe, expect, it } from 'vitest';
import { decodeProgress } from '../../src/domain/progress/progress-codec.ts';
import { REVIEW_STEP } from '../../src/domain/progress/progress.ts';
import { content } from './helpers/content.ts';

describe('decodeProgress: migrating version 0 (the bare answers object, before the format had a version)', () => {
  it('reads the answers, turns typed number text into numbers, and resumes at the first section without an answer', () => {
    const v0 = JSON.stringify({ company_size: '250_999', industry: 'retail_ecommerce', annual_hires: '1,200', role_mix: 'high_volume' });
    const decoded = decodeProgress(content, v0);
    expect(decoded.status).toBe('restored');
    expect(decoded.notices).toEqual([]);
    expect(decoded.progress).toEqual({
      v: 1,
      answers: { company_size: '250_999', industry: 'retail_ecommerce', annual_hires: 1200, role_mix: 'high_volume' },
      drafts: {},
      step: 'hr-operations',
      done: ['organisation', 'hiring'],
      meta: {},
      updatedAt: null,
    });
  });

  it('keeps number text that is not a number as a draft, so nothing typed is lost or turned into 0', () => {
    const decoded = decodeProgress(content, JSON.stringify({ company_size: 'under_50', annual_hires: 'about 40' }));
    expect(decoded.progress.answers).toEqual({ company_size: 'under_50' });
    expect(decoded.progress.drafts).toEqual({ annual_hires: 'about 40' });
  });

  it('reads the 1-to-5 scale typed as text, and drops empty text', () => {
    const decoded = decodeProgress(content, JSON.stringify({ hr_admin_burden: ' 4 ', annual_hires: '  ' }));
    expect(decoded.progress.answers).toEqual({ hr_admin_burden: 4 });
    expect(decoded.progress.drafts).toEqual({});
  });

  it('reads an answer file saved whole ({ answers, meta }), names included', () => {
    const decoded = decodeProgress(
      content,
      JSON.stringify({ answers: { budget: 'flexible', annual_hires: 30 }, meta: { client: 'Acme GmbH', preparedBy: 'J. Rivera' } }),
    );
    expect(decoded.progress.answers).toEqual({ annual_hires: 30, budget: 'flexible' });
    expect(decoded.progress.meta).toEqual({ client: 'Acme GmbH', preparedBy: 'J. Rivera' });
    expect(decoded.progress.step).toBe('organisation');
  });

  it('goes to the review when every section has an answer', () => {
    const answers = Object.fromEntries(
      content.sections.map((s) => [s.questions[0]?.id, s.questions[0]?.kind === 'multi' ? [] : undefined]),
    );
    const full = {
      ...answers,
      company_size: 'under_50',
      annual_hires: 5,
      hr_functions: [],
      business_processes: [],
      control_preference: 'tight',
    };
    const decoded = decodeProgress(content, JSON.stringify(full));
    expect(decoded.progress.step).toBe(REVIEW_STEP);
    expect(decoded.progress.done).toEqual(content.sections.map((s) => s.id));
  });

  it('drops what is invalid in version 0 too, naming the question, and keeps the rest', () => {
    const decoded = decodeProgress(content, JSON.stringify({ company_size: 'enormous', budget: 'tight' }));
    expect(decoded.progress.answers).toEqual({ budget: 'tight' });
    expect(decoded.status).toBe('partial');
    expect(decoded.notices[0]?.message).toContain('company size');
  });

  it('starts afresh from an empty version 0 object', () => {
    const decoded = decodeProgress(content, '{}');
    expect(decoded.progress.answers).toEqual({});
    expect(decoded.progress.step).toBe('organisation');
    expect(decoded.notices).toEqual([]);
  });
});
