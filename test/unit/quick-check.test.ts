import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers/answers.ts';
import { questionsOf } from '../../src/domain/engine/evaluate.ts';
import { scoreAnswers } from '../../src/domain/engine/score-answers.ts';
import { measureQuestionnaire, measureQuestions } from '../../src/domain/progress/questionnaire-length.ts';
import { chooseQuickCheck, QUICK_CHECK_MAX_QUESTIONS } from '../../src/domain/progress/quick-check.ts';
import { QUICK_CHECK_INTRO } from '../../src/islands/wizard/quick-copy.ts';
import { loadCasebook } from '../../src/lib/load-content.ts';
import { content } from './helpers/content.ts';
import { fixtureContent } from './helpers/engine-fixture.ts';

const resultOf = (answers: Answers): string => {
  const { recommendation } = scoreAnswers(fixtureContent, answers);
  return `${recommendation.verdict}:${recommendation.models.join('+')}`;
};

describe('chooseQuickCheck on a fixture content', () => {
  // Four clients who differ only in what they would hand over: the processes question decides each result.
  const cases: Answers[] = [
    { annual_hires: 0, business_processes: ['customer_service'], control_preference: 'shared' },
    { annual_hires: 0, business_processes: ['data_entry'], control_preference: 'tight' },
    { annual_hires: 0, business_processes: [], control_preference: 'shared' },
    { annual_hires: 0, business_processes: ['data_entry', 'procurement'], control_preference: 'shared' },
  ];

  it('the cases need the processes question: with it alone, each reaches its full result; without it, none does', () => {
    expect(cases.map(resultOf)).toEqual(['outsource:BPO', 'outsource:BPO', 'in_house:', 'outsource:BPO']);
    expect(cases.map((c) => resultOf({ business_processes: c.business_processes ?? [] }))).toEqual(cases.map(resultOf));
    expect(cases.map((c) => resultOf({ annual_hires: 0, control_preference: c.control_preference ?? '' }))).not.toContain('outsource:BPO');
  });

  it('picks the decisive question first, and stops when no other question brings a case into agreement or narrows a range', () => {
    const check = chooseQuickCheck(fixtureContent, cases);
    expect(check.picks[0]).toMatchObject({ question: 'business_processes', agreeing: 4 });
    expect(check.agreeingAtStart).toBe(0);
    expect(check.cases).toBe(4);
    expect(check.picks.length).toBeLessThanOrEqual(3);
  });

  it('stops at the number of questions it is given, and picks nothing without cases', () => {
    expect(chooseQuickCheck(fixtureContent, cases, 1).picks).toHaveLength(1);
    expect(chooseQuickCheck(fixtureContent, []).picks).toEqual([]);
  });
});

describe('chooseQuickCheck on the casebook (what the site asks)', () => {
  const casebook = loadCasebook(content);
  const check = chooseQuickCheck(
    content,
    casebook.map((c) => c.answers),
  );
  const core = content.sections.filter((s) => s.optional !== true).flatMap((s) => s.questions);

  it('asks 6 to 8 core questions, each once, in questionnaire order', () => {
    expect(check.questions.length).toBeGreaterThanOrEqual(6);
    expect(check.questions.length).toBeLessThanOrEqual(QUICK_CHECK_MAX_QUESTIONS);
    expect(new Set(check.questions).size).toBe(check.questions.length);
    const order = core.map((q) => q.id);
    expect(check.questions.every((id) => order.includes(id))).toBe(true);
    expect([...check.questions].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(check.questions);
    expect(new Set(check.picks.map((p) => p.question))).toEqual(new Set(check.questions));
  });

  it('takes about 2 minutes, measured like the questionnaire: its words at a cited reading rate and the time to answer each', () => {
    const asked = check.questions.map((id) => content.questions.find((q) => q.id === id)).filter((q) => q !== undefined);
    const length = measureQuestions(asked, QUICK_CHECK_INTRO);
    expect(length.questions).toBe(check.questions.length);
    expect(length.minutes).toBeLessThanOrEqual(2);
    // Well under the full questionnaire, whatever the rounding.
    expect(length.seconds).toBeLessThan(measureQuestionnaire(content.sections).minutes * 60 * 0.5);
  });

  it('every pick brings more cases to their full result, or as many with narrower ranges; never fewer', () => {
    let previous = { agreeing: check.agreeingAtStart, openPoints: check.openPointsAtStart };
    for (const pick of check.picks) {
      expect(pick.agreeing, pick.question).toBeGreaterThanOrEqual(previous.agreeing);
      if (pick.agreeing === previous.agreeing) expect(pick.openPoints, pick.question).toBeLessThan(previous.openPoints);
      previous = pick;
    }
    expect(check.picks.filter((p, i) => p.agreeing > (check.picks[i - 1]?.agreeing ?? check.agreeingAtStart)).length).toBeGreaterThan(
      check.picks.length / 2,
    );
  });

  it('brings at least nine cases in ten to the verdict and models of all their answers', () => {
    expect(check.cases).toBe(casebook.length);
    expect(check.picks.at(-1)?.agreeing ?? 0).toBeGreaterThanOrEqual(Math.ceil(0.9 * casebook.length));
  });

  it('asks a conditional question only after every question its condition reads', () => {
    const order = check.picks.map((p) => p.question);
    for (const [i, id] of order.entries()) {
      const showIf = core.find((q) => q.id === id)?.showIf;
      if (showIf) for (const parent of questionsOf(showIf)) expect(order.slice(0, i), `${id} after ${parent}`).toContain(parent);
    }
  });
});
