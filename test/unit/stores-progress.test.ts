import { beforeEach, describe, expect, it } from 'vitest';
import { splitContent } from '../../src/domain/content-parts.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { scoreAnswers } from '../../src/domain/engine/score-answers.ts';
import { emptyProgress, REVIEW_STEP } from '../../src/domain/progress/progress.ts';
import { $content } from '../../src/stores/content.ts';
import {
  $answers,
  $progress,
  finishStep,
  goToStep,
  replaceProgress,
  setAnswer,
  setNumberText,
  startOver,
} from '../../src/stores/progress.ts';
import { $recommendation, $visibility } from '../../src/stores/recommendation.ts';
import { $currentStep, $steps } from '../../src/stores/steps.ts';
import { content } from './helpers/content.ts';

const hires = content.questions.find((q) => q.id === 'annual_hires');
if (hires?.kind !== 'number') throw new Error('annual_hires must be a number question');
const sections = content.sections.map((s) => s.id);

beforeEach(() => {
  $content.set(content);
  replaceProgress(emptyProgress(content));
});

describe('answer actions', () => {
  it('sets and clears answers ("not sure"), stamping the time of the change', () => {
    setAnswer('budget', 'tight');
    setAnswer('hr_functions', []);
    expect($answers.get()).toEqual({ budget: 'tight', hr_functions: [] });
    expect(Date.parse($progress.get().updatedAt ?? '')).not.toBeNaN();
    setAnswer('budget', undefined);
    expect($answers.get()).toEqual({ hr_functions: [] });
  });

  it('reads typed numbers, keeps unreadable text as a draft that is never scored, and clears on empty', () => {
    expect(setNumberText(hires, '1,200')).toEqual({ status: 'valid', value: 1200 });
    expect($answers.get()).toEqual({ annual_hires: 1200 });

    const bad = setNumberText(hires, '1.2k');
    expect(bad.status).toBe('invalid');
    expect($answers.get()).toEqual({});
    expect($progress.get().drafts).toEqual({ annual_hires: '1.2k' });

    setNumberText(hires, ' 40 ');
    expect($answers.get()).toEqual({ annual_hires: 40 });
    expect($progress.get().drafts).toEqual({});

    setNumberText(hires, '12abc');
    setNumberText(hires, '');
    expect($answers.get()).toEqual({});
    expect($progress.get().drafts).toEqual({});
  });

  it('finishes steps in questionnaire order and moves between them', () => {
    finishStep('hiring', 'hr-operations', sections);
    finishStep('organisation', 'hiring', sections);
    expect($progress.get().done).toEqual(['organisation', 'hiring']);
    expect($progress.get().step).toBe('hiring');
    goToStep(REVIEW_STEP);
    expect($currentStep.get()).toBe(REVIEW_STEP);
  });

  it('starts over from nothing', () => {
    setAnswer('budget', 'tight');
    finishStep('organisation', 'hiring', sections);
    startOver(content);
    expect($progress.get()).toEqual(emptyProgress(content));
  });
});

describe('derived stores', () => {
  it('gives the same scores, set and confidence as the engine (the set without its description), and follows every answer', () => {
    setAnswer('annual_hires', 400);
    setAnswer('recruiting_capacity', 'none');
    const full = recommend(content, { annual_hires: 400, recruiting_capacity: 'none' });
    const { description, ...recommendation } = full.recommendation;
    expect(description).not.toBe('');
    expect($recommendation.get()).toEqual({
      recommendation,
      scores: full.scores,
      ranges: full.ranges,
      standings: full.standings,
      confidence: full.confidence,
    });
    setAnswer('annual_hires', 0);
    expect($recommendation.get()?.scores).toEqual(recommend(content, { annual_hires: 0 }).scores);
    expect($visibility.get()?.dropped).toEqual(['recruiting_capacity']);
  });

  it('hides the hiring details with no hires, and keeps the hidden answer out of the scores', () => {
    setAnswer('annual_hires', 0);
    setAnswer('role_mix', 'high_volume');
    const visibility = $visibility.get();
    expect(visibility?.hidden).toEqual([
      'hiring_pattern',
      'role_mix',
      'recruiting_capacity',
      'recruiting_pains',
      'recruiting_stages',
      'process_fte',
      'expert_fte',
      'recruiters_fte',
      'avg_salary',
      'agency_spend',
      'cost_per_hire',
      'time_to_fill',
    ]);
    expect(visibility?.dropped).toEqual(['role_mix']);
    expect(visibility?.effective).toEqual({ annual_hires: 0 });
    expect($answers.get()).toEqual({ annual_hires: 0, role_mix: 'high_volume' });
  });

  it('lists every section with something to ask, then the review', () => {
    expect($steps.get()).toEqual([...sections, REVIEW_STEP]);
  });

  it('shows the saved step, or the next step that is shown', () => {
    goToStep('priorities');
    expect($currentStep.get()).toBe('priorities');
  });

  it('has the content from the start, read from its own part of the content (no page sets it)', async () => {
    const { default: scoring } = await import('../../src/lib/content-parts/scoring.ts');
    expect(scoring).toEqual(splitContent(content).scoring);
    $content.set(scoring);
    expect($steps.get()).toEqual([...sections, REVIEW_STEP]);
    expect($recommendation.get()).toEqual(scoreAnswers(content, {}));
  });
});
