import type { Answers } from '../answers/answers.ts';
import type { CostContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import { costView, type CostView, type Range } from './cost-view.ts';

/**
 * Bids: once proposals arrive, each bidder's price in the structure the RFP asked for, totalled on
 * the same assumptions as the cost view (the years compared, the cost of managing the provider, exit)
 * and set beside the in-house baseline.
 */

/** The pricing structures the RFP asks for (content/rfp/12-pricing.json), one per unit of volume. */
export const BID_UNITS = {
  per_employee_month: { label: 'per employee per month', volume: 'employees', perYear: 12 },
  per_hire: { label: 'per hire', volume: 'annual_hires', perYear: 1 },
  per_process_fte_year: { label: 'per full-time equivalent per year (processes)', volume: 'process_fte', perYear: 1 },
  per_expert_fte_year: { label: 'per full-time equivalent per year (expert work)', volume: 'expert_fte', perYear: 1 },
  fixed_year: { label: 'fixed fee per year', volume: null, perYear: 1 },
} as const;
export type BidUnit = keyof typeof BID_UNITS;

export interface Bid {
  readonly bidder: string;
  readonly model: ModelId;
  readonly unit: BidUnit;
  /** The price per unit, in the cost view's currency. */
  readonly rate: number;
  /** One-off charges: transition and set-up. */
  readonly oneOff: number;
}

export interface BidTotal {
  readonly bid: Bid;
  /** The volume the rate applies to, from the answers; null when that answer is missing. */
  readonly volume: number | null;
  readonly yearlyFees: number | null;
  /** Fees, managing the provider and exit over the years compared, plus the one-off charges. */
  readonly total: Range | null;
  /** The in-house cost over the same years minus the total: positive means the bid costs less. */
  readonly difference: Range | null;
  /** Why a total cannot be given, naming the figure it needs. */
  readonly missing: readonly string[];
}

/** Each bid's totals over the cost view's years, with its model's in-house cost and the view's oversight and exit shares. */
export function totalBids(view: CostView, answers: Answers, bids: readonly Bid[]): BidTotal[] {
  const share = (id: string): Range | null => view.inputs.find((i) => i.id === id)?.value ?? null;
  return bids.map((bid) => {
    const unit = BID_UNITS[bid.unit];
    const answered = unit.volume === null ? 1 : answers[unit.volume];
    const volume = typeof answered === 'number' ? answered : null;
    const missing: string[] = [];
    if (volume === null && unit.volume !== null) missing.push(unit.volume);
    const model = view.models.find((m) => m.model === bid.model);
    const inHouse = model?.lines.find((l) => l.id === 'in_house')?.range ?? null;
    if (!inHouse) missing.push(...(model?.lines.find((l) => l.id === 'in_house')?.missing ?? [`the cost view of ${bid.model}`]));
    const governance = share('governance_pct');
    const exit = share('exit_pct');
    if (!governance) missing.push('governance_pct');
    if (!exit) missing.push('exit_pct');
    const yearlyFees = volume === null ? null : bid.rate * volume * unit.perYear;
    if (yearlyFees === null || !inHouse || !governance || !exit || missing.length > 0)
      return { bid, volume, yearlyFees, total: null, difference: null, missing: [...new Set(missing)] };
    const years = view.years;
    const totalAt = (g: number, x: number): number => yearlyFees * years * (1 + g / 100) + bid.oneOff + (yearlyFees * x) / 100;
    const total = { low: Math.round(totalAt(governance.low, exit.low)), high: Math.round(totalAt(governance.high, exit.high)) };
    const difference = { low: Math.round(inHouse.low * years - total.high), high: Math.round(inHouse.high * years - total.low) };
    return { bid, volume, yearlyFees: Math.round(yearlyFees), total, difference, missing: [] };
  });
}

/**
 * The bids totalled against a cost view of the models they bid for, whichever those are: a bid for
 * a model the recommendation leaves out still gets its in-house baseline, on the same assumptions.
 */
export function bidTotals(content: CostContent, answers: Answers, bids: readonly Bid[]): BidTotal[] {
  if (bids.length === 0) return [];
  const models = MODEL_IDS.filter((model) => bids.some((bid) => bid.model === model));
  return totalBids(costView(content, answers, models), answers, bids);
}
