import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, AnswerValue } from '../../src/domain/answers/answers.ts';
import { resolveVisibility } from '../../src/domain/answers/visibility.ts';
import type { AdvisorContent } from '../../src/domain/content.ts';
import { scoreAnswers } from '../../src/domain/engine/score-answers.ts';
import { MODEL_IDS } from '../../src/domain/model-ids.ts';
import { sectionSchema } from '../../src/domain/schemas/question.ts';
import { ruleFileSchema } from '../../src/domain/schemas/rule.ts';
import { completions, subsets } from './helpers/arbitraries.ts';
import { fixtureContent } from './helpers/engine-fixture.ts';

/**
 * A content made for this test: every question tied to the others by a rule or a showIf, two levels
 * of showIf (the team is asked only with hires, its pains only when it is stretched or missing), so
 * the ranges' solver must fix one question and split the rest, again and again. The models,
 * combinations and settings are the engine fixture's.
 */
const section = sectionSchema.parse({
  id: 'linked',
  order: 1,
  title: 'Linked',
  intro: 'Questions tied together.',
  questions: [
    { id: 'annual_hires', kind: 'number', prompt: 'Hires?', short: 'hires', help: 'How many.', min: 0, max: 1000, unit: 'hires' },
    {
      id: 'recruiting_capacity',
      kind: 'single',
      prompt: 'Team?',
      short: 'team',
      help: 'Your team.',
      showIf: { question: 'annual_hires', op: 'gt', value: 0 },
      options: [
        { value: 'stretched', label: 'Stretched' },
        { value: 'strong', label: 'Strong' },
        { value: 'none', label: 'None' },
      ],
    },
    {
      id: 'recruiting_pains',
      kind: 'multi',
      prompt: 'Pains?',
      short: 'pains',
      help: 'What hurts.',
      showIf: { question: 'recruiting_capacity', op: 'in', value: ['stretched', 'none'] },
      options: [
        { value: 'slow', label: 'Slow' },
        { value: 'quality', label: 'Quality' },
        { value: 'cost', label: 'Cost' },
      ],
    },
    {
      id: 'growth_outlook',
      kind: 'single',
      prompt: 'Growth?',
      short: 'growth',
      help: 'The next year.',
      options: [
        { value: 'fast', label: 'Fast' },
        { value: 'steady', label: 'Steady' },
        { value: 'shrinking', label: 'Shrinking' },
      ],
    },
    {
      id: 'business_processes',
      kind: 'multi',
      prompt: 'Processes?',
      short: 'processes',
      help: 'What you would hand over.',
      options: [
        { value: 'customer_service', label: 'Customer service' },
        { value: 'data_entry', label: 'Data entry' },
        { value: 'procurement', label: 'Procurement' },
      ],
    },
    {
      id: 'control_preference',
      kind: 'single',
      prompt: 'Control?',
      short: 'control',
      help: 'How close.',
      options: [
        { value: 'tight', label: 'Tight' },
        { value: 'shared', label: 'Shared' },
      ],
    },
  ],
});

const points = (model: string, n: number): { kind: 'points'; model: string; points: number } => ({ kind: 'points', model, points: n });

const rules = ruleFileSchema
  .parse({
    topic: 'Linked',
    rules: [
      { id: 'hires-50', title: 't', because: 'b', when: { question: 'annual_hires', op: 'gte', value: 50 }, effects: [points('RPO', 30)] },
      {
        id: 'hires-200',
        title: 't',
        because: 'b',
        when: { question: 'annual_hires', op: 'gte', value: 200 },
        effects: [points('RPO', 10)],
      },
      {
        id: 'few',
        title: 't',
        because: 'b',
        when: {
          all: [
            { question: 'annual_hires', op: 'gt', value: 0 },
            { question: 'annual_hires', op: 'lte', value: 10 },
          ],
        },
        effects: [points('RPO', -40)],
      },
      {
        id: 'stretched',
        title: 't',
        because: 'b',
        when: { question: 'recruiting_capacity', op: 'eq', value: 'stretched' },
        effects: [points('RPO', 30)],
      },
      {
        id: 'pains-volume',
        title: 't',
        because: 'b',
        when: {
          all: [
            { question: 'recruiting_pains', op: 'countGte', value: 2 },
            { question: 'annual_hires', op: 'gte', value: 100 },
          ],
        },
        effects: [points('RPO', 15)],
      },
      {
        id: 'growth-hires',
        title: 't',
        because: 'b',
        when: {
          all: [
            { question: 'growth_outlook', op: 'eq', value: 'fast' },
            { question: 'annual_hires', op: 'gte', value: 50 },
          ],
        },
        effects: [points('RPO', 10), points('HRO', 8)],
      },
      {
        id: 'growth-control',
        title: 't',
        because: 'b',
        when: {
          all: [
            { question: 'growth_outlook', op: 'eq', value: 'fast' },
            { not: { question: 'control_preference', op: 'eq', value: 'shared' } },
          ],
        },
        effects: [points('HRO', 20)],
      },
      {
        id: 'process',
        title: 't',
        because: 'b',
        when: { question: 'business_processes', op: 'countGte', value: 1 },
        effects: [points('BPO', 55)],
      },
      {
        id: 'no-process',
        title: 't',
        because: 'b',
        when: { question: 'business_processes', op: 'countLte', value: 0 },
        effects: [points('BPO', -50)],
      },
      {
        id: 'tight-service',
        title: 't',
        because: 'b',
        role: 'constraint',
        when: {
          all: [
            { question: 'control_preference', op: 'eq', value: 'tight' },
            { question: 'business_processes', op: 'includes', value: 'customer_service' },
          ],
        },
        effects: [points('BPO', -10)],
      },
      {
        id: 'strong-or-shrinking',
        title: 't',
        because: 'b',
        when: {
          any: [
            { question: 'recruiting_capacity', op: 'eq', value: 'strong' },
            { question: 'growth_outlook', op: 'eq', value: 'shrinking' },
          ],
        },
        effects: [points('RPO', -20), points('KPO', 5)],
      },
      {
        id: 'pains-cost-control',
        title: 't',
        because: 'b',
        when: {
          all: [
            { question: 'recruiting_pains', op: 'includes', value: 'cost' },
            { question: 'control_preference', op: 'eq', value: 'shared' },
          ],
        },
        effects: [points('RPO', 5), points('BPO', 5)],
      },
    ],
  })
  .rules.map((rule) => ({ ...rule, topic: 'Linked' }));

const linked: AdvisorContent = { ...fixtureContent, sections: [section], questions: section.questions, rules };

/** Every answer to try, written out by hand: each number at and beside every threshold above. */
const VALUES: Record<string, readonly AnswerValue[]> = {
  annual_hires: [0, 1, 10, 11, 49, 50, 99, 100, 199, 200, 1000],
  recruiting_capacity: ['stretched', 'strong', 'none'],
  recruiting_pains: subsets(['slow', 'quality', 'cost']),
  growth_outlook: ['fast', 'steady', 'shrinking'],
  business_processes: subsets(['customer_service', 'data_entry', 'procurement']),
  control_preference: ['tight', 'shared'],
};

/** The lowest and highest score of every model over every completion: the ranges, found the slow way. */
function bruteRanges(answers: Answers): Record<string, { low: number; high: number }> {
  const open = linked.questions.filter((q) => answers[q.id] === undefined);
  const out: Record<string, { low: number; high: number }> = {};
  for (const model of MODEL_IDS) out[model] = { low: 100, high: 0 };
  for (const completion of completions(open, (id) => VALUES[id] ?? [])) {
    const { scores } = scoreAnswers(linked, { ...answers, ...completion });
    for (const model of MODEL_IDS) {
      const range = out[model] as { low: number; high: number };
      range.low = Math.min(range.low, scores[model]);
      range.high = Math.max(range.high, scores[model]);
    }
  }
  return out;
}

/** Answers as a questionnaire leaves them: each question answered or not, none to a question it hides. */
const startArbitrary: fc.Arbitrary<Answers> = fc
  .tuple(...linked.questions.map((q) => fc.option(fc.constantFrom(...(VALUES[q.id] ?? [])), { nil: undefined, freq: 2 })))
  .map((values) => {
    const answers: Record<string, AnswerValue> = {};
    linked.questions.forEach((q, i) => values[i] !== undefined && (answers[q.id] = values[i]));
    return resolveVisibility(linked, answers).effective;
  });

describe('score ranges on questions tied by rules and two levels of showIf', () => {
  it('are exact with nothing answered: each end is reached by some way of answering', () => {
    expect(scoreAnswers(linked, {}).ranges).toEqual(bruteRanges({}));
  });

  it('are exact for any answers: the slow way, trying every completion, finds the same ends', () => {
    fc.assert(
      fc.property(startArbitrary, (answers) => {
        expect(scoreAnswers(linked, answers).ranges, JSON.stringify(answers)).toEqual(bruteRanges(answers));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
