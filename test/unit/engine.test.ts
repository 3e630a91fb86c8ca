import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers/answers.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { apportion } from '../../src/domain/apportion.ts';
import { scoreAnswers } from '../../src/domain/engine/score-answers.ts';
import { MODEL_IDS, type ModelId } from '../../src/domain/schemas/ids.ts';
import { answersArbitrary, valuesToTry } from './helpers/arbitraries.ts';
import { content } from './helpers/content.ts';

const RUNS = { numRuns: 300 };

describe('recommend: invariants over random answer sets', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(answersArbitrary(content), (answers) => {
        expect(recommend(content, answers)).toEqual(recommend(content, answers));
      }),
      RUNS,
    );
  });

  it('gives whole-number scores from 0 to 100 whose reasons add up to them exactly', () => {
    fc.assert(
      fc.property(answersArbitrary(content), (answers) => {
        const rec = recommend(content, answers);
        for (const model of MODEL_IDS) {
          const score = rec.scores[model];
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
          const sum = rec.reasons[model].reduce((total, reason) => total + reason.points, 0);
          expect(sum).toBe(score);
          for (const reason of rec.reasons[model]) {
            expect(content.questions.some((q) => q.id === reason.question)).toBe(true);
            expect(reason.text.length).toBeGreaterThan(10);
            expect(reason.text).not.toMatch(/\{answer/);
          }
        }
      }),
      RUNS,
    );
  });

  it('recommends exactly the models at or above the line, in contract order, with a confidence', () => {
    fc.assert(
      fc.property(answersArbitrary(content), (answers) => {
        const rec = recommend(content, answers);
        const expected = MODEL_IDS.filter((m) => rec.scores[m] >= content.settings.recommendAt);
        expect(rec.recommendation.models).toEqual(expected);
        expect(['high', 'medium', 'low']).toContain(rec.recommendation.confidence);
        expect(rec.recommendation.label.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('reports only changes that really change the set, and each gives the set it claims', () => {
    fc.assert(
      fc.property(answersArbitrary(content), (answers) => {
        const rec = recommend(content, answers);
        for (const change of rec.changes) {
          const next: Record<string, unknown> = { ...answers, [change.question]: change.value };
          const again = recommend(content, next as Answers);
          expect(again.recommendation.models).toEqual(change.models);
          expect(change.models).not.toEqual(rec.recommendation.models);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('misses no single answer that would change the set: trying every answer the slow way finds no change it left out', () => {
    fc.assert(
      fc.property(answersArbitrary(content), (answers) => {
        const rec = recommend(content, answers);
        const current = rec.recommendation.models;
        const open = new Set(scoreAnswers(content, answers).confidence.unanswered);
        for (const question of content.questions) {
          if (question.whatIf === false) continue;
          const now = answers[question.id];
          // What "what would change this" tries: any answer; for a ticked list, one option more or less.
          const values =
            question.kind === 'multi' && Array.isArray(now)
              ? question.options.map((o) => (now.includes(o.value) ? now.filter((v) => v !== o.value) : [...now, o.value]))
              : question.kind === 'multi'
                ? [[], ...question.options.map((o) => [o.value])]
                : valuesToTry(content, question.id);
          for (const value of values) {
            const models = scoreAnswers(content, { ...answers, [question.id]: value }).recommendation.models;
            if (models.join() === current.join()) continue;
            const listed = rec.changes.some((c) => c.question === question.id && c.models.join() === models.join());
            expect(
              listed,
              `${question.id} = ${JSON.stringify(value)} gives ${models.join(' + ') || 'none'}${open.has(question.id) ? ' (open)' : ''}`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('never throws on valid answers, including none at all', () => {
    expect(() => recommend(content, {})).not.toThrow();
    const empty = recommend(content, {});
    expect(empty.recommendation.models).toEqual([]);
    expect(empty.recommendation.confidence).toBe('low');
    fc.assert(
      fc.property(answersArbitrary(content), (answers) => void recommend(content, answers)),
      RUNS,
    );
  });
});

/**
 * Pairs of answer sets equal but for one driver, the second with at least as much of it. Both
 * answer the driver: "not sure" is not "none", so it is not on the same scale.
 */
function monotonic(model: ModelId, driver: fc.Arbitrary<readonly [unknown, unknown]>, id: string): void {
  fc.assert(
    fc.property(answersArbitrary(content), driver, (answers, [less, more]) => {
      const lower = recommend(content, { ...answers, [id]: less } as Answers).scores[model];
      const higher = recommend(content, { ...answers, [id]: more } as Answers).scores[model];
      expect(higher).toBeGreaterThanOrEqual(lower);
    }),
    { numRuns: 500 },
  );
}

function subsetPairs(id: string): fc.Arbitrary<readonly [string[], string[]]> {
  const question = content.questions.find((q) => q.id === id);
  if (!question || question.kind !== 'multi') throw new Error(`${id} is not a multi question`);
  const all = question.options.map((o) => o.value);
  return fc
    .tuple(fc.subarray(all), fc.subarray(all))
    .map(([a, b]) => [all.filter((v) => a.includes(v)), all.filter((v) => a.includes(v) || b.includes(v))] as const);
}

const hirePairs = fc
  .tuple(
    fc.oneof(fc.constantFrom(0, 10, 11, 49, 50, 249, 250, 999, 1000), fc.integer({ min: 0, max: 1_000_000 })),
    fc.integer({ min: 0, max: 1_000_000 }),
  )
  .map(([a, extra]) => [a, Math.min(1_000_000, a + (extra % 2000))] as const);

describe('recommend: more of a driver never lowers its model', () => {
  it('more hires never lowers RPO', () => monotonic('RPO', hirePairs, 'annual_hires'));
  it('more HR functions never lowers HRO', () => monotonic('HRO', subsetPairs('hr_functions'), 'hr_functions'));
  it('more processes never lowers BPO', () => monotonic('BPO', subsetPairs('business_processes'), 'business_processes'));
  it('more knowledge needs never lowers KPO', () => monotonic('KPO', subsetPairs('knowledge_needs'), 'knowledge_needs'));
  it('the property would catch a rule that rewards fewer hires', () => {
    const broken = {
      ...content,
      rules: [
        ...content.rules,
        {
          ...content.rules[0]!,
          id: 'broken',
          topic: 'test',
          when: { question: 'annual_hires', op: 'lt' as const, value: 500 },
          effects: [{ kind: 'points' as const, model: 'RPO' as const, points: 30 }],
        },
      ],
    };
    expect(() =>
      fc.assert(
        fc.property(hirePairs, ([less, more]) => {
          expect(recommend(broken, { annual_hires: more }).scores.RPO).toBeGreaterThanOrEqual(
            recommend(broken, { annual_hires: less }).scores.RPO,
          );
        }),
        { numRuns: 500 },
      ),
    ).toThrow();
  });
});

describe('recommend: explanations', () => {
  const answers: Answers = {
    company_size: '250_999',
    countries: 'two_to_five',
    annual_hires: 30,
    hr_functions: ['payroll', 'benefits', 'compliance'],
    hr_admin_burden: 4,
    compliance_complexity: 'high',
    primary_goal: 'compliance',
  };
  const rec = recommend(content, answers);

  it('names the answer, the rule and the points of every reason, strongest first', () => {
    const hro = rec.reasons.HRO;
    expect(hro.map((r) => Math.abs(r.points))).toEqual([...hro.map((r) => Math.abs(r.points))].sort((a, b) => b - a));
    const compliance = hro.find((r) => r.rule === 'hro-compliance-high');
    const nominal = content.rules.find((r) => r.id === 'hro-compliance-high')?.effects.find((e) => e.kind === 'points');
    expect(compliance).toMatchObject({ question: 'compliance_complexity', rules: ['hro-compliance-high'] });
    expect(compliance?.rulePoints).toBe(nominal?.kind === 'points' ? nominal.points : NaN);
    const countries = hro.find((r) => r.rule === 'hro-several-countries');
    expect(countries?.text).toContain('two to five countries');
    expect(countries?.facts).toEqual([
      { question: 'countries', op: 'in', expected: ['two_to_five', 'six_plus'], actual: 'two_to_five', result: true },
    ]);
  });

  it('raises the risks, KPIs and scope notes of the recommended models only', () => {
    expect(rec.recommendation.models).toEqual(['HRO']);
    expect(new Set(rec.risks.map((r) => r.model))).toEqual(new Set(['HRO']));
    const liability = rec.risks.find((r) => r.id === 'compliance-liability');
    expect(liability?.raisedBy.map((r) => r.rule)).toEqual(['hro-compliance-high']);
    expect(rec.risks.find((r) => r.id === 'data-security')?.raisedBy).toEqual([]);
    const accuracy = rec.kpis.find((k) => k.id === 'compliance-accuracy');
    expect(accuracy?.emphasised).toBe(true);
    expect(rec.kpis[0]?.emphasised).toBe(true);
    expect(rec.notes.every((n) => n.model === 'HRO' || n.model === null)).toBe(true);
  });

  it('says which single answer changes would change the set', () => {
    const narrow: Answers = { hr_functions: ['payroll'], hr_admin_burden: 4 };
    const lighter = recommend(content, narrow).changes.find((c) => c.question === 'hr_admin_burden');
    expect(lighter).toMatchObject({ from: '4 of 5', models: [] });
    expect(recommend(content, { ...narrow, hr_admin_burden: lighter?.value as number }).recommendation.models).toEqual([]);
  });

  it('does not score a hidden question and says the answer was dropped', () => {
    const withStale: Answers = { annual_hires: 0, recruiting_capacity: 'none', hiring_pattern: 'seasonal' };
    const stale = recommend(content, withStale);
    const fresh = recommend(content, { annual_hires: 0 });
    expect(stale.scores).toEqual(fresh.scores);
    expect(stale.dropped.map((d) => d.question)).toEqual(['hiring_pattern', 'recruiting_capacity']);
    expect(stale.reasons.RPO.some((r) => r.question === 'recruiting_capacity')).toBe(false);
  });

  it('caps a score at 100 and scales the reasons so they still add up', () => {
    const maxRpo: Answers = {
      annual_hires: 5000,
      growth_outlook: 'rapid',
      hiring_pattern: 'unpredictable',
      role_mix: 'high_volume',
      recruiting_capacity: 'none',
      recruiting_pains: ['time_to_fill', 'candidate_quality', 'cost_per_hire', 'employer_brand', 'candidate_experience'],
      primary_goal: 'hire_better_faster',
      single_provider: 'yes',
      hr_functions: ['payroll'],
    };
    const capped = recommend(content, maxRpo);
    expect(capped.scores.RPO).toBe(100);
    expect(capped.reasons.RPO.reduce((s, r) => s + r.points, 0)).toBe(100);
    expect(capped.reasons.RPO.some((r) => r.points < r.rulePoints)).toBe(true);
  });
});

describe('confidence', () => {
  it('is low when most questions are "not sure", and says so', () => {
    const rec = recommend(content, { hr_functions: ['payroll'] });
    expect(rec.confidence.level).toBe('low');
    expect(rec.confidence.explanation.join(' ')).toMatch(/left as "not sure"/);
  });
  it('is low and says there is no clear winner when a score sits at the line', () => {
    const rec = recommend(content, { business_processes: ['it_support'] });
    expect(rec.scores.BPO).toBeGreaterThanOrEqual(content.settings.recommendAt - content.settings.closeMargin);
    expect(rec.scores.BPO).toBeLessThan(content.settings.recommendAt + content.settings.closeMargin);
    expect(rec.confidence.noClearWinner).toBe(true);
    expect(rec.confidence.level).toBe('low');
    expect(rec.confidence.explanation.join(' ')).toMatch(/too close to call/);
  });
});

describe('apportion', () => {
  it('shares a target in proportion, as whole numbers that add up exactly', () => {
    expect(apportion([10, 10, 10], 20)).toEqual([7, 7, 6]);
    expect(apportion([-10, -5], -3)).toEqual([-2, -1]);
    expect(apportion([], 0)).toEqual([]);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 100 }),
        (weights, target) => {
          const shares = apportion(weights, target);
          const total = weights.reduce((a, b) => a + b, 0);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(target);
          shares.forEach((share, i) => {
            expect(Number.isInteger(share)).toBe(true);
            // In proportion: each share is its exact part, rounded down or up, never further off.
            expect(Math.abs(share - ((weights[i] ?? 0) * target) / total)).toBeLessThan(1);
          });
          // A larger weight never gets a smaller share.
          weights.forEach((w, i) => weights.forEach((v, j) => w > v && expect(shares[i] ?? 0).toBeGreaterThanOrEqual(shares[j] ?? 0)));
        },
      ),
    );
  });
});

describe('scoreAnswers', () => {
  it('gives exactly the scores, set and confidence of recommend() over random answers (all but the set description)', () => {
    fc.assert(
      fc.property(answersArbitrary(content), (answers) => {
        const full = recommend(content, answers);
        const { description, ...recommendation } = full.recommendation;
        expect(description).not.toBe('');
        expect(scoreAnswers(content, answers)).toEqual({
          recommendation,
          scores: full.scores,
          ranges: full.ranges,
          standings: full.standings,
          confidence: full.confidence,
        });
      }),
      RUNS,
    );
  });
});
