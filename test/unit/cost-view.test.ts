import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers/answers.ts';
import type { AdvisorContent } from '../../src/domain/content.ts';
import { bidTotals, totalBids } from '../../src/domain/cost/bids.ts';
import { costView, type CostLine, type ModelCost } from '../../src/domain/cost/cost-view.ts';
import { formatMoney, formatMoneyRange } from '../../src/domain/cost/money.ts';
import { costFileSchema } from '../../src/domain/schemas/cost.ts';
import { fixtureContent } from './helpers/engine-fixture.ts';

/** Assumptions made for these tests: round ranges, so every figure below can be worked out by hand. */
const source = { publisher: 'Test Institute', title: 'Made-up survey', year: 2020, sponsor: 'independent' } as const;
const content: AdvisorContent = {
  ...fixtureContent,
  costs: costFileSchema.parse({
    assumptions: [
      {
        id: 'cost_per_hire',
        label: 'Cost per hire',
        unit: 'money',
        models: ['RPO'],
        help: 'Yours.',
        benchmark: { low: 4000, typical: 4500, high: 5000, currency: 'usd', source, note: 'Average.' },
      },
      { id: 'process_fte_cost', label: 'Cost of one process worker', unit: 'money', models: ['BPO'], help: 'Yours.' },
      {
        id: 'bpo_saving_pct',
        label: 'BPO saving',
        unit: 'percent',
        models: ['BPO'],
        help: 'Yours.',
        benchmark: { low: 20, typical: 30, high: 40, source, note: 'Saving.' },
      },
      { id: 'rpo_saving_pct', label: 'RPO saving', unit: 'percent', models: ['RPO'], help: 'Yours.' },
      { id: 'governance_pct', label: 'Managing the provider', unit: 'percent', models: ['BPO', 'RPO'], help: 'Yours.' },
      { id: 'transition_pct', label: 'Transition', unit: 'percent', models: ['BPO', 'RPO'], help: 'Yours.' },
      { id: 'exit_pct', label: 'Exit', unit: 'percent', models: ['BPO', 'RPO'], help: 'Yours.' },
    ],
  }).assumptions,
};

const BPO_CASE: Answers = { process_fte: 10, process_fte_cost: 50_000, governance_pct: 5, transition_pct: 20, exit_pct: 10, cost_years: 3 };

const only = (view: { models: readonly ModelCost[] }, model: string): ModelCost => {
  const found = view.models.find((m) => m.model === model);
  if (!found) throw new Error(`no ${model} in the view`);
  return found;
};
const line = (cost: ModelCost, id: CostLine['id']): CostLine['range'] => cost.lines.find((l) => l.id === id)?.range ?? null;

describe('costView: the figures, worked out by hand', () => {
  const bpo = only(costView(content, BPO_CASE, ['BPO']), 'BPO');

  it('prices each line as a range over the saving benchmark (20 to 40%)', () => {
    expect(line(bpo, 'in_house')).toEqual({ low: 500_000, high: 500_000 });
    expect(line(bpo, 'outsourced')).toEqual({ low: 300_000, high: 400_000 });
    expect(line(bpo, 'oversight')).toEqual({ low: 15_000, high: 20_000 });
    expect(line(bpo, 'transition')).toEqual({ low: 60_000, high: 80_000 });
    expect(line(bpo, 'exit')).toEqual({ low: 30_000, high: 40_000 });
  });

  it('adds the difference up year by year, with transition in the first year and exit in the last', () => {
    expect(bpo.yearlyDifference).toEqual({ low: 80_000, high: 185_000 });
    // Saving 20%: 80k a year; 0 after year 1, 80k after 2, 120k after 3 (exit 40k). Saving 40%: 125k, 310k, 465k.
    expect(bpo.cumulative).toEqual([
      { low: 0, high: 125_000 },
      { low: 80_000, high: 310_000 },
      { low: 120_000, high: 465_000 },
    ]);
    expect(bpo.totalDifference).toEqual({ low: 120_000, high: 465_000 });
    // At the typical 30%: fees 350k, oversight 17.5k, so 132.5k a year against a 70k transition.
    expect(bpo.paybackYears).toBe(0.53);
    expect(bpo.missing).toEqual([]);
  });

  it('names the assumption that moves the three-year difference most, and whether it flips the sign', () => {
    expect(bpo.sensitivity).toEqual({ input: 'bpo_saving_pct', atLow: 120_000, atHigh: 465_000, flips: false });
    const heavy = only(costView(content, { ...BPO_CASE, governance_pct: 40 }, ['BPO']), 'BPO');
    expect(heavy.sensitivity?.input).toBe('bpo_saving_pct');
    expect(heavy.sensitivity?.flips).toBe(true);
  });

  it('uses the years from the engagement length when none are given', () => {
    const rest = Object.fromEntries(Object.entries(BPO_CASE).filter(([id]) => id !== 'cost_years'));
    expect(costView(content, { ...rest, engagement_length: 'one_to_two_years' }, ['BPO']).years).toBe(2);
    expect(costView(content, { ...rest, engagement_length: 'project' }, ['BPO']).yearsOrigin).toBe('derived');
  });
});

describe('costView: where figures come from', () => {
  it('uses your own figure over the benchmark, as a single point', () => {
    const view = costView(content, { ...BPO_CASE, bpo_saving_pct: 25 }, ['BPO']);
    expect(view.inputs.find((i) => i.id === 'bpo_saving_pct')).toMatchObject({ origin: 'answer', value: { low: 25, high: 25 } });
    expect(line(only(view, 'BPO'), 'outsourced')).toEqual({ low: 375_000, high: 375_000 });
  });

  it('invents nothing: without a figure and without a benchmark, the line and the totals wait for it', () => {
    const rest = Object.fromEntries(Object.entries(BPO_CASE).filter(([id]) => id !== 'governance_pct'));
    const bpo = only(costView(content, rest, ['BPO']), 'BPO');
    expect(line(bpo, 'in_house')).toEqual({ low: 500_000, high: 500_000 });
    expect(line(bpo, 'oversight')).toBeNull();
    expect(bpo.missing).toEqual(['governance_pct']);
    expect(bpo.totalDifference).toBeNull();
  });

  it('never converts: a benchmark in US dollars is used only when the currency is US dollars', () => {
    const answers: Answers = { annual_hires: 100, rpo_saving_pct: 10, governance_pct: 5, transition_pct: 10, exit_pct: 5 };
    const inDollars = costView(content, { ...answers, currency: 'usd' }, ['RPO']);
    expect(line(only(inDollars, 'RPO'), 'in_house')).toEqual({ low: 400_000, high: 500_000 });
    const inEuros = costView(content, { ...answers, currency: 'eur' }, ['RPO']);
    expect(only(inEuros, 'RPO').missing).toEqual(['cost_per_hire']);
    expect(inEuros.inputs.find((i) => i.id === 'cost_per_hire')).toMatchObject({
      origin: 'missing',
      source: { publisher: 'Test Institute' },
    });
    expect(only(costView(content, answers, ['RPO']), 'RPO').missing).toEqual(['cost_per_hire']);
  });

  it('lists each input once with its origin and source', () => {
    const view = costView(content, BPO_CASE, ['BPO']);
    expect(view.inputs.map((i) => i.id)).toEqual([
      'process_fte_cost',
      'bpo_saving_pct',
      'governance_pct',
      'transition_pct',
      'exit_pct',
      'process_fte',
    ]);
    expect(view.inputs.find((i) => i.id === 'bpo_saving_pct')?.source?.title).toBe('Made-up survey');
  });
});

describe('costView: properties', () => {
  it('more of a cost driver never lowers that cost', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 100 }),
        (fte, more, fteCost, governance) => {
          const at = (n: number) =>
            only(costView(content, { ...BPO_CASE, process_fte: n, process_fte_cost: fteCost, governance_pct: governance }, ['BPO']), 'BPO');
          const less = at(fte);
          const bigger = at(fte + more);
          for (const id of ['in_house', 'outsourced', 'oversight', 'transition', 'exit'] as const) {
            expect(line(bigger, id)?.low ?? 0).toBeGreaterThanOrEqual(line(less, id)?.low ?? 0);
            expect(line(bigger, id)?.high ?? 0).toBeGreaterThanOrEqual(line(less, id)?.high ?? 0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps low <= high on every line and total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 10 }),
        (fte, pct, years) => {
          const bpo = only(costView(content, { ...BPO_CASE, process_fte: fte, exit_pct: pct, cost_years: years }, ['BPO']), 'BPO');
          for (const l of bpo.lines) expect(l.range && l.range.low <= l.range.high).toBe(true);
          expect(bpo.cumulative).toHaveLength(years);
          for (const r of bpo.cumulative ?? []) expect(r.low).toBeLessThanOrEqual(r.high);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('formatMoney', () => {
  it('writes the chosen currency and never converts', () => {
    expect(formatMoney(4129, 'usd')).toBe('US$4,129');
    expect(formatMoney(-48_000.4, 'eur')).toBe('−€48,000');
    expect(formatMoney(1_234_567, 'jpy')).toBe('JP¥1,234,567');
    expect(formatMoney(5, 'other')).toBe('5');
    expect(formatMoneyRange({ low: 10, high: 10 }, 'gbp')).toBe('£10');
    expect(formatMoneyRange({ low: 10, high: 20 }, 'gbp')).toBe('£10 to £20');
  });
});

describe('totalBids: proposals on the same assumptions', () => {
  const answers: Answers = { ...BPO_CASE, employees: 400 };
  const view = costView(content, answers, ['BPO']);

  it('totals each bid over the years with oversight and exit, beside the in-house cost', () => {
    const [perFte, fixed] = totalBids(view, answers, [
      { bidder: 'Northwind', model: 'BPO', unit: 'per_process_fte_year', rate: 30_000, oneOff: 50_000 },
      { bidder: 'Contoso', model: 'BPO', unit: 'fixed_year', rate: 520_000, oneOff: 0 },
    ]);
    // 10 FTE × 30k = 300k a year; 3 years with 5% oversight = 945k; + 50k one-off + 10% exit (30k) = 1,025k.
    expect(perFte?.yearlyFees).toBe(300_000);
    expect(perFte?.total).toEqual({ low: 1_025_000, high: 1_025_000 });
    expect(perFte?.difference).toEqual({ low: 475_000, high: 475_000 });
    // 520k a year costs more than the 500k in-house: the difference is negative.
    expect(fixed?.difference?.high).toBeLessThan(0);
  });

  it('names the figure a bid needs rather than guessing it', () => {
    const [pepm] = totalBids(view, BPO_CASE, [{ bidder: 'Fabrikam', model: 'BPO', unit: 'per_employee_month', rate: 40, oneOff: 0 }]);
    expect(pepm?.total).toBeNull();
    expect(pepm?.missing).toEqual(['employees']);
    const [other] = totalBids(view, answers, [{ bidder: 'Tailspin', model: 'KPO', unit: 'fixed_year', rate: 1, oneOff: 0 }]);
    expect(other?.missing).toEqual(['the cost view of KPO']);
  });

  it('bidTotals gives a bid for any model its own baseline, and the same totals as the view of that model', () => {
    const bids = [{ bidder: 'Northwind', model: 'BPO', unit: 'per_process_fte_year', rate: 30_000, oneOff: 50_000 }] as const;
    expect(bidTotals(content, answers, bids)).toEqual(totalBids(view, answers, bids));
    // The view above costs BPO only; bidTotals costs whichever models are bid for.
    const [kpo] = bidTotals(content, answers, [{ bidder: 'Tailspin', model: 'KPO', unit: 'fixed_year', rate: 1, oneOff: 0 }]);
    expect(kpo?.missing).not.toContain('the cost view of KPO');
    expect(bidTotals(content, answers, [])).toEqual([]);
  });

  it('a higher rate never lowers a total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (rate, more) => {
        const totals = totalBids(view, answers, [
          { bidder: 'A', model: 'BPO', unit: 'per_process_fte_year', rate, oneOff: 0 },
          { bidder: 'B', model: 'BPO', unit: 'per_process_fte_year', rate: rate + more, oneOff: 0 },
        ]);
        expect(totals[1]?.total?.low ?? 0).toBeGreaterThanOrEqual(totals[0]?.total?.low ?? 0);
      }),
      { numRuns: 200 },
    );
  });
});
