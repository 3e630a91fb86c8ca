import { describe, expect, it } from 'vitest';
import { progressFromFile, sameAnswers } from '../../src/domain/progress/from-answer-file.ts';
import { decodeProgress, encodeProgress } from '../../src/domain/progress/progress-codec.ts';
import { REVIEW_STEP } from '../../src/domain/progress/progress.ts';
import { questionHref, stepOfQuestion } from '../../src/domain/progress/wizard-target.ts';
import { content, loadScenarios } from './helpers/content.ts';

describe('progressFromFile', () => {
  it('opens the answers on the review with every section finished, and saves and reads back unchanged', () => {
    for (const { file } of loadScenarios()) {
      const progress = progressFromFile(content, file, '2026-01-02T03:04:05.000Z');
      expect(progress.answers).toEqual(file.answers);
      expect(progress.meta).toEqual(file.meta);
      expect(progress.step).toBe(REVIEW_STEP);
      expect(progress.done).toEqual(content.sections.map((s) => s.id));
      expect(progress.drafts).toEqual({});
      const read = decodeProgress(content, encodeProgress(progress));
      expect(read.status).toBe('restored');
      expect(read.progress).toEqual(progress);
    }
  });
});

describe('sameAnswers', () => {
  it('compares every question, lists as sets', () => {
    expect(sameAnswers({}, {})).toBe(true);
    expect(sameAnswers({ budget: 'tight', annual_hires: 5 }, { annual_hires: 5, budget: 'tight' })).toBe(true);
    expect(sameAnswers({ hr_functions: ['payroll', 'benefits'] }, { hr_functions: ['benefits', 'payroll'] })).toBe(true);
    expect(sameAnswers({ hr_functions: [] }, { hr_functions: [] })).toBe(true);
    expect(sameAnswers({ budget: 'tight' }, { budget: 'moderate' })).toBe(false);
    expect(sameAnswers({ budget: 'tight' }, {})).toBe(false);
    expect(sameAnswers({}, { annual_hires: 0 })).toBe(false);
    expect(sameAnswers({ hr_functions: [] }, {})).toBe(false);
    expect(sameAnswers({ hr_functions: ['payroll'] }, { hr_functions: ['payroll', 'benefits'] })).toBe(false);
    expect(sameAnswers({ annual_hires: 5 }, { annual_hires: '5' })).toBe(false);
  });
});

describe('the wizard address of a question', () => {
  it('is wizard/#q-<id> under the base path', () => {
    expect(questionHref('/', 'annual_hires')).toBe('/wizard/#q-annual_hires');
    expect(questionHref('/advisor/', 'budget')).toBe('/advisor/wizard/#q-budget');
    expect(questionHref('/advisor', 'budget')).toBe('/advisor/wizard/#q-budget');
  });

  it('belongs to the step of the section that asks the question', () => {
    for (const section of content.sections)
      for (const question of section.questions) expect(stepOfQuestion(content, question.id)).toBe(section.id);
    expect(stepOfQuestion(content, 'no_such_question')).toBeNull();
  });
});
