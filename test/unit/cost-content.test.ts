import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers/answers.ts';
import { parseAnswerFile } from '../../src/domain/answers/parse-answers.ts';
import { costForRecommendation, costToJson } from '../../src/domain/cost/cost-report.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { casebookCaseSchema } from '../../src/domain/schemas/casebook.ts';
import { content } from './helpers/content.ts';

const dir = join(import.meta.dirname, '..', '..', 'content', 'casebook');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, data: casebookCaseSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))) }));

/** The figures a client adds on the cost view (own salaries and terms; sizes where the case gives none). */
const FIGURES: Answers = {
  currency: 'usd',
  hr_staff_fte: 6,
  hr_fte_cost: 65_000,
  process_fte: 12,
  process_fte_cost: 48_000,
  expert_fte: 4,
  expert_fte_cost: 95_000,
  rpo_saving_pct: 15,
  kpo_saving_pct: 20,
  governance_pct: 5,
  transition_pct: 20,
  exit_pct: 10,
};

describe('content/costs: the cost view of every casebook case', () => {
  for (const { file, data } of cases) {
    it(`${file}: prices every recommended model once the client's figures are in`, () => {
      const parsed = parseAnswerFile(content, { answers: data.answers });
      if (!parsed.ok) throw new Error(parsed.error.message);
      const own = parsed.value.answers;
      // A case in another currency than the benchmark's gives its own cost per hire: nothing is converted.
      const perHire = own['currency'] !== undefined && own['currency'] !== 'usd' ? { cost_per_hire: 3_800 } : {};
      const answers: Answers = { ...FIGURES, ...perHire, ...own, hr_admin_burden: own['hr_admin_burden'] ?? 3 };
      const rec = recommend(content, answers);
      const view = costForRecommendation(content, answers, rec, true);
      expect(view.models.map((m) => m.model)).toEqual(expect.arrayContaining([...rec.recommendation.models]));
      for (const m of view.models) {
        // RPO with no hires has nothing to price; everything else is complete.
        if (m.model === 'RPO' && !(Number(answers['annual_hires']) > 0)) continue;
        expect(m.missing, `${m.model} misses ${m.missing.join(', ')}`).toEqual([]);
        for (const line of m.lines) expect(line.range && line.range.low <= line.range.high).toBe(true);
        expect(m.totalDifference?.low).toBeLessThanOrEqual(m.totalDifference?.high ?? Number.NEGATIVE_INFINITY);
      }
      const json = costToJson(view) as { assumptions: { origin: string; source: unknown }[] };
      for (const a of json.assumptions) {
        if (a.origin === 'benchmark')
          expect(a.source, JSON.stringify(a)).toMatchObject({ publisher: expect.any(String), year: expect.any(Number) });
        if (a.origin === 'answer') expect(a.source).toBe('your answer');
      }
    });
  }
});

describe('content/costs: the published figures', () => {
  it('gives every benchmark a source with publisher, title and year, and says who sponsored it', () => {
    const benchmarks = content.costs.flatMap((a) => (a.benchmark ? [a.benchmark] : []));
    expect(benchmarks.length).toBeGreaterThanOrEqual(4);
    for (const b of benchmarks) {
      expect(b.source.publisher.length).toBeGreaterThan(0);
      expect(b.source.title.length).toBeGreaterThan(0);
      expect(['vendor', 'industry', 'independent']).toContain(b.source.sponsor);
    }
  });

  it('has a question for every assumption, so each one travels in the answers and the link', () => {
    for (const a of content.costs)
      expect(
        content.questions.some((q) => q.id === a.id && q.kind === 'number'),
        a.id,
      ).toBe(true);
  });
});
