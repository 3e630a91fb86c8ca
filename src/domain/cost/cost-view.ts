import type { Answers } from '../answers/answers.ts';
import type { CostContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { CostAssumption, CostSource } from '../schemas/cost.ts';

/**
 * The cost view: for each model, today's in-house cost of the work it would take over, the
 * provider's fees, the cost of managing the provider, one-off transition and exit costs, and what
 * that adds up to over the years compared. Every figure is a low-high range: each assumption with
 * a published range is tried at both ends (the lines are monotone in each, so the corners give the
 * exact extremes). Nothing is converted between currencies, and no default is invented: an input
 * with no answer and no benchmark in the chosen currency is listed as missing.
 */

export interface Range {
  readonly low: number;
  readonly high: number;
}

/** Where an input's figure came from. */
export type InputOrigin = 'answer' | 'benchmark' | 'derived' | 'missing';

export interface CostInput {
  readonly id: string;
  readonly label: string;
  readonly unit: CostAssumption['unit'] | 'count' | 'share';
  readonly origin: InputOrigin;
  /** The figure used, as a range (a point when it is the user's own figure). */
  readonly value: Range | null;
  /** The typical figure, for the single-line chart; the answer itself when there is one. */
  readonly typical: number | null;
  readonly source: CostSource | null;
  /** What the figure is, in words: the benchmark's note, or how it was derived. */
  readonly note: string | null;
}

export const LINE_IDS = ['in_house', 'outsourced', 'oversight', 'transition', 'exit'] as const;
export type LineId = (typeof LINE_IDS)[number];

export interface CostLine {
  readonly id: LineId;
  readonly label: string;
  /** `yearly` lines recur every year; `one_off` lines are paid once (transition at the start, exit at the end). */
  readonly per: 'yearly' | 'one_off';
  readonly range: Range | null;
  /** Ids of the inputs this line still needs. */
  readonly missing: readonly string[];
}

export interface ModelCost {
  readonly model: ModelId;
  /** What the in-house baseline counts, in words. */
  readonly scope: string;
  readonly lines: readonly CostLine[];
  /** In-house cost minus (fees + oversight) per year: positive means outsourcing costs less. */
  readonly yearlyDifference: Range | null;
  /** Per year 1..years: the running total of the difference, after transition (year 1) and exit (last year). */
  readonly cumulative: readonly Range[] | null;
  /** The difference over the years compared (the last cumulative figure). */
  readonly totalDifference: Range | null;
  /** Years until the transition is paid back, at the typical figures; null when it never is, or cannot be told. */
  readonly paybackYears: number | null;
  /** Ids of every input still needed before the totals can be given. */
  readonly missing: readonly string[];
  readonly sensitivity: Sensitivity | null;
}

/** The single assumption that moves the difference over three years (or the years compared, if fewer) the most. */
export interface Sensitivity {
  readonly input: string;
  readonly atLow: number;
  readonly atHigh: number;
  /** True when the difference changes sign across the assumption's range. */
  readonly flips: boolean;
}

export interface CostView {
  /** The answer value of `currency` (e.g. "eur"), or null when not chosen. */
  readonly currency: string | null;
  readonly years: number;
  readonly yearsOrigin: 'answer' | 'derived';
  readonly models: readonly ModelCost[];
  /** Every input the view read, once each, in content order: assumptions first, then the questionnaire's figures. */
  readonly inputs: readonly CostInput[];
}

/** The share of HR time on administration each point of `hr_admin_burden` stands for (its labels, as fractions). */
const ADMIN_SHARE: Readonly<Record<number, Range>> = {
  1: { low: 0, high: 0.1 },
  2: { low: 0.1, high: 0.25 },
  3: { low: 0.25, high: 0.5 },
  4: { low: 0.5, high: 0.75 },
  5: { low: 0.75, high: 1 },
};

const YEARS_OF_ENGAGEMENT: Readonly<Record<string, number>> = { project: 1, one_to_two_years: 2, multi_year: 3 };
const DEFAULT_YEARS = 3;

/** What each model's baseline multiplies, and the saving assumption that turns it into fees. */
interface Baseline {
  readonly scope: string;
  readonly factors: readonly string[];
  readonly saving: string;
}

const BASELINES: Readonly<Record<ModelId, Baseline>> = {
  HRO: {
    scope: 'HR staff × their yearly cost × the share of their time on administration',
    factors: ['hr_staff_fte', 'hr_fte_cost', 'admin_share'],
    saving: 'hro_saving_pct',
  },
  RPO: { scope: 'hires a year × cost per hire', factors: ['annual_hires', 'cost_per_hire'], saving: 'rpo_saving_pct' },
  BPO: {
    scope: 'staff on the processes × their yearly cost',
    factors: ['process_fte', 'process_fte_cost'],
    saving: 'bpo_saving_pct',
  },
  KPO: { scope: 'staff on the expert work × their yearly cost', factors: ['expert_fte', 'expert_fte_cost'], saving: 'kpo_saving_pct' },
};

const SHARED = ['governance_pct', 'transition_pct', 'exit_pct'] as const;

const LINE_LABELS: Readonly<Record<LineId, string>> = {
  in_house: 'In-house today',
  outsourced: "Provider's fees",
  oversight: 'Managing the provider',
  transition: 'Transition (one-off)',
  exit: 'Exit (one-off)',
};

/** The cost view for the given models (by default the recommended ones), from the answers and the content's assumptions. */
export function costView(content: CostContent, answers: Answers, models: readonly ModelId[]): CostView {
  const currency = typeof answers['currency'] === 'string' ? answers['currency'] : null;
  const inputs = new Map<string, CostInput>();
  const input = (id: string): CostInput => {
    let found = inputs.get(id);
    if (!found) inputs.set(id, (found = readInput(content, answers, currency, id)));
    return found;
  };

  const answeredYears = answers['cost_years'];
  const years =
    typeof answeredYears === 'number' ? answeredYears : (YEARS_OF_ENGAGEMENT[String(answers['engagement_length'] ?? '')] ?? DEFAULT_YEARS);
  const yearsOrigin = typeof answeredYears === 'number' ? 'answer' : 'derived';
  const ordered = MODEL_IDS.filter((m) => models.includes(m));
  const modelCosts = ordered.map((model) => modelCost(model, years, input));
  const order = [...content.costs.map((a) => a.id), ...content.questions.map((q) => q.id), 'admin_share'];
  const rank = (id: string): number => (order.includes(id) ? order.indexOf(id) : order.length);
  const used = [...inputs.values()].sort((a, b) => rank(a.id) - rank(b.id));
  return { currency, years, yearsOrigin, models: modelCosts, inputs: used };
}

function modelCost(model: ModelId, years: number, input: (id: string) => CostInput): ModelCost {
  const baseline = BASELINES[model];
  const ids = [...baseline.factors, baseline.saving, ...SHARED];
  const inputs = ids.map(input);
  const missingOf = (wanted: readonly string[]): string[] => wanted.filter((id) => input(id).value === null);
  const needs: Record<LineId, readonly string[]> = {
    in_house: baseline.factors,
    outsourced: [...baseline.factors, baseline.saving],
    oversight: [...baseline.factors, baseline.saving, 'governance_pct'],
    transition: [...baseline.factors, baseline.saving, 'transition_pct'],
    exit: [...baseline.factors, baseline.saving, 'exit_pct'],
  };
  const corners = cornersOf(inputs);
  const figure = (id: LineId, at: Readonly<Record<string, number>>): number => linesAt(baseline, at)[id];
  const lines: CostLine[] = LINE_IDS.map((id) => {
    const missing = missingOf(needs[id]);
    return {
      id,
      label: LINE_LABELS[id],
      per: id === 'transition' || id === 'exit' ? 'one_off' : 'yearly',
      range: missing.length > 0 ? null : extremes(corners.map((at) => figure(id, at))),
      missing,
    };
  });
  const missing = [...new Set(lines.flatMap((line) => line.missing))];
  if (missing.length > 0)
    return {
      model,
      scope: baseline.scope,
      lines,
      yearlyDifference: null,
      cumulative: null,
      totalDifference: null,
      paybackYears: null,
      missing,
      sensitivity: null,
    };

  const cumulativeAt = (at: Readonly<Record<string, number>>): number[] => {
    const l = linesAt(baseline, at);
    const yearly = l.in_house - l.outsourced - l.oversight;
    const out: number[] = [];
    let total = 0;
    for (let year = 1; year <= years; year++) {
      total += yearly - (year === 1 ? l.transition : 0) - (year === years ? l.exit : 0);
      out.push(total);
    }
    return out;
  };
  const runs = corners.map(cumulativeAt);
  const cumulative = Array.from({ length: years }, (_, y) => extremes(runs.map((run) => run[y] ?? 0)));
  const typical = typicalOf(inputs);
  const l = linesAt(baseline, typical);
  const yearly = l.in_house - l.outsourced - l.oversight;
  return {
    model,
    scope: baseline.scope,
    lines,
    yearlyDifference: extremes(corners.map((at) => figure('in_house', at) - figure('outsourced', at) - figure('oversight', at))),
    cumulative,
    totalDifference: cumulative[cumulative.length - 1] ?? null,
    paybackYears: yearly > 0 ? round2(l.transition / yearly) : null,
    missing: [],
    sensitivity: sensitivityOf(inputs, (at) => {
      const run = cumulativeAt(at);
      return run[Math.min(3, years) - 1] ?? 0;
    }),
  };
}

/** Every line at one choice of the inputs' figures. */
function linesAt(baseline: Baseline, at: Readonly<Record<string, number>>): Record<LineId, number> {
  const inHouse = baseline.factors.reduce((product, id) => product * (at[id] ?? 0), 1);
  const fees = inHouse * (1 - (at[baseline.saving] ?? 0) / 100);
  return {
    in_house: inHouse,
    outsourced: fees,
    oversight: (fees * (at['governance_pct'] ?? 0)) / 100,
    transition: (fees * (at['transition_pct'] ?? 0)) / 100,
    exit: (fees * (at['exit_pct'] ?? 0)) / 100,
  };
}

/** Every combination of the ends of the inputs that are ranges (the others at their one figure). */
function cornersOf(inputs: readonly CostInput[]): Record<string, number>[] {
  let corners: Record<string, number>[] = [{}];
  for (const { id, value } of inputs) {
    if (!value) continue;
    const ends = value.low === value.high ? [value.low] : [value.low, value.high];
    corners = corners.flatMap((at) => ends.map((end) => ({ ...at, [id]: end })));
  }
  return corners;
}

function typicalOf(inputs: readonly CostInput[]): Record<string, number> {
  return Object.fromEntries(inputs.map((i) => [i.id, i.typical ?? i.value?.low ?? 0]));
}

function sensitivityOf(inputs: readonly CostInput[], difference: (at: Readonly<Record<string, number>>) => number): Sensitivity | null {
  const typical = typicalOf(inputs);
  let best: Sensitivity | null = null;
  for (const { id, value } of inputs) {
    if (!value || value.low === value.high) continue;
    const atLow = Math.round(difference({ ...typical, [id]: value.low }));
    const atHigh = Math.round(difference({ ...typical, [id]: value.high }));
    const swing = Math.abs(atHigh - atLow);
    if (!best || swing > Math.abs(best.atHigh - best.atLow))
      best = { input: id, atLow, atHigh, flips: Math.sign(atLow) !== Math.sign(atHigh) && atLow !== 0 && atHigh !== 0 };
  }
  return best;
}

function extremes(values: readonly number[]): Range {
  return { low: Math.round(Math.min(...values)), high: Math.round(Math.max(...values)) };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** One input: the user's answer if there is one; else the published benchmark if it is in the chosen currency; else missing. */
function readInput(content: CostContent, answers: Answers, currency: string | null, id: string): CostInput {
  if (id === 'admin_share') {
    const burden = answers['hr_admin_burden'];
    const share = typeof burden === 'number' ? ADMIN_SHARE[burden] : undefined;
    return {
      id,
      label: 'Share of HR time on administration',
      unit: 'share',
      origin: share ? 'derived' : 'missing',
      value: share ?? null,
      typical: share ? (share.low + share.high) / 2 : null,
      source: null,
      note: share ? 'From your answer on how much of HR time goes on administration.' : null,
    };
  }
  const assumption = content.costs.find((a) => a.id === id);
  const question = content.questions.find((q) => q.id === id);
  const label = assumption?.label ?? (question ? capitalise(question.short) : id);
  const unit: CostInput['unit'] = assumption?.unit ?? 'count';
  const answer = answers[id];
  if (typeof answer === 'number')
    return { id, label, unit, origin: 'answer', value: { low: answer, high: answer }, typical: answer, source: null, note: null };
  const benchmark = assumption?.benchmark;
  const fits = benchmark && (benchmark.currency === undefined || benchmark.currency === currency);
  if (benchmark && fits)
    return {
      id,
      label,
      unit,
      origin: 'benchmark',
      value: { low: benchmark.low, high: benchmark.high },
      typical: benchmark.typical,
      source: benchmark.source,
      note: benchmark.note,
    };
  return {
    id,
    label,
    unit,
    origin: 'missing',
    value: null,
    typical: null,
    source: benchmark?.source ?? null,
    note: benchmark?.note ?? null,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
