import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers/answers.ts';
import { resolveVisibility } from '../../src/domain/answers/visibility.ts';
import { CRITERIA } from '../../src/domain/rfp/constants.ts';
import { apportion as roundToTotal } from '../../src/domain/apportion.ts';
import { evaluationWeights as weightsOf } from '../../src/domain/rfp/evaluation-weights.ts';
import { MODEL_IDS, type ModelId } from '../../src/domain/schemas/ids.ts';
import { answersArbitrary } from './helpers/arbitraries.ts';
import { content } from './helpers/content.ts';

const table = content.rfp.flatMap((s) => s.blocks).find((b) => b.kind === 'evaluation-table');
if (table?.kind !== 'evaluation-table') throw new Error('content/rfp has no evaluation table');
const criteria = table.criteria;
const evaluationWeights = (answers: Answers, models: readonly ModelId[]) => weightsOf(criteria, answers, models);

const RUNS = { numRuns: 300 };
const modelsArbitrary = fc.subarray([...MODEL_IDS]);
const effective = (answers: Answers): Answers => resolveVisibility(content, answers).effective;

describe('evaluationWeights', () => {
  it('gives every criterion a whole, positive percentage, adding up to exactly 100', () => {
    fc.assert(
      fc.property(answersArbitrary(content), modelsArbitrary, (answers, models) => {
        const weights = evaluationWeights(effective(answers), models);
        expect(Object.keys(weights).sort()).toEqual([...CRITERIA].sort());
        for (const id of CRITERIA) {
          expect(Number.isInteger(weights[id])).toBe(true);
          expect(weights[id]).toBeGreaterThan(0);
        }
        expect(CRITERIA.reduce((sum, id) => sum + weights[id], 0)).toBe(100);
      }),
      RUNS,
    );
  });

  const moves = [
    ['compliance', 'compliance_complexity', 'high', 'low'],
    ['compliance', 'compliance_complexity', 'high', 'moderate'],
    ['compliance', 'primary_goal', 'compliance', 'expertise'],
    ['cost', 'budget', 'tight', 'flexible'],
    ['cost', 'budget', 'tight', 'moderate'],
    ['cost', 'primary_goal', 'reduce_cost', 'scalability'],
    ['data-security', 'data_sensitivity', 'high', 'low'],
    ['data-security', 'data_sensitivity', 'high', 'moderate'],
    ['experience', 'primary_goal', 'expertise', 'focus_on_core'],
    ['partnership', 'control_preference', 'tight', 'delegate'],
    ['transition', 'engagement_length', 'multi_year', 'project'],
  ] as const;

  it.each(moves)('%s weighs more when %s is %s than when it is %s, whatever else is answered', (criterion, question, more, less) => {
    fc.assert(
      fc.property(answersArbitrary(content), modelsArbitrary, (answers, models) => {
        const high = evaluationWeights(effective({ ...answers, [question]: more }), models);
        const low = evaluationWeights(effective({ ...answers, [question]: less }), models);
        expect(high[criterion]).toBeGreaterThan(low[criterion]);
      }),
      RUNS,
    );
  });

  it('gives these exact weights for a neutral set of answers', () => {
    expect(evaluationWeights({}, ['RPO'])).toEqual({
      'service-fit': 25,
      experience: 15,
      cost: 20,
      'data-security': 10,
      compliance: 10,
      transition: 10,
      technology: 5,
      partnership: 5,
    });
  });

  it('weighs technology and transition more for a combination that joins recruiting to HR', () => {
    const single = evaluationWeights({}, ['RPO']);
    const both = evaluationWeights({}, ['HRO', 'RPO']);
    expect(both.technology).toBeGreaterThan(single.technology);
    expect(both.transition).toBeGreaterThan(single.transition);
  });
});

describe('apportion to a total of 100 (largest remainder)', () => {
  it('keeps exact shares, and gives the leftover points to the largest fractions', () => {
    expect(roundToTotal([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(roundToTotal([2, 1], 100)).toEqual([67, 33]);
    expect(roundToTotal([25, 25, 50], 100)).toEqual([25, 25, 50]);
    expect(roundToTotal([0, 0], 100)).toEqual([0, 0]);
  });

  it('always adds up to the total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }), (values) => {
        const rounded = roundToTotal(values, 100);
        expect(rounded.reduce((a, b) => a + b, 0)).toBe(100);
        const sum = values.reduce((a, b) => a + b, 0);
        rounded.forEach((r, i) => expect(Math.abs(r - ((values[i] ?? 0) * 100) / sum)).toBeLessThan(1));
      }),
      RUNS,
    );
  });
});
