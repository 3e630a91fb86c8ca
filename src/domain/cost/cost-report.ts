import type { Answers } from '../answers/answers.ts';
import type { CostContent } from '../content.ts';
import type { Recommendation } from '../engine/recommendation.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { CostSource } from '../schemas/cost.ts';
import { escapeMarkdown } from '../report/markdown.ts';
import { BID_UNITS, type BidTotal } from './bids.ts';
import { costView, type CostInput, type CostView, type Range } from './cost-view.ts';
import { currencyName, formatMoney, formatMoneyRange } from './money.ts';

/** The models the cost view covers: the recommended ones, and the best of the rest when asked for. */
export function costModels(
  rec: Pick<Recommendation, 'scores'> & { readonly recommendation: { readonly models: readonly ModelId[] } },
  withRunnerUp: boolean,
): ModelId[] {
  const chosen = [...rec.recommendation.models];
  if (withRunnerUp) {
    const rest = MODEL_IDS.filter((m) => !chosen.includes(m)).sort((a, b) => rec.scores[b] - rec.scores[a]);
    if (rest[0]) chosen.push(rest[0]);
  }
  return MODEL_IDS.filter((m) => chosen.includes(m));
}

/** The cost view of a recommendation, as the command line prints it in JSON (the top-level `cost`). */
export function costForRecommendation(
  content: CostContent,
  answers: Answers,
  rec: Parameters<typeof costModels>[0],
  withRunnerUp = false,
): CostView {
  return costView(content, answers, costModels(rec, withRunnerUp));
}

/** Plain JSON: per model each line with `low` and `high`, and every assumption with its origin and source. */
export function costToJson(view: CostView): unknown {
  return {
    currency: view.currency,
    years: view.years,
    models: Object.fromEntries(
      view.models.map((m) => [
        m.model,
        {
          scope: m.scope,
          lines: Object.fromEntries(m.lines.map((l) => [l.id, l.range ? { ...l.range, per: l.per } : { missing: l.missing, per: l.per }])),
          yearlyDifference: m.yearlyDifference,
          totalDifference: m.totalDifference,
          cumulative: m.cumulative,
          paybackYears: m.paybackYears,
          missing: m.missing,
          sensitivity: m.sensitivity,
        },
      ]),
    ),
    assumptions: view.inputs.map((i) => ({
      id: i.id,
      label: i.label,
      unit: i.unit,
      origin: i.origin,
      ...(i.value ? { low: i.value.low, high: i.value.high, typical: i.typical } : {}),
      source: i.origin === 'answer' ? 'your answer' : i.origin === 'derived' ? (i.note ?? 'derived from your answers') : i.source,
    })),
  };
}

/** How a source reads in a sentence: publisher, title, year, and who paid for it. */
export function sourceWords(source: CostSource): string {
  const sponsor = source.sponsor === 'independent' ? 'independent' : `${source.sponsor}-sponsored`;
  return `${source.publisher}, "${source.title}" (${source.year}; ${sponsor}${source.sponsorNote ? `: ${source.sponsorNote}` : ''})`;
}

/** An input's figure in its unit: "US$4,129", "15.3 to 21.3%", "42 days". */
export function inputWords(input: CostInput, currency: string | null): string {
  if (!input.value) return 'needs your figure';
  const { low, high } = input.value;
  const both = (f: (n: number) => string): string => (low === high ? f(low) : `${f(low)} to ${f(high)}`);
  if (input.unit === 'money') return formatMoneyRange(input.value, currency);
  if (input.unit === 'percent') return `${both((n) => String(n))}%`;
  if (input.unit === 'share') return `${both((n) => String(Math.round(n * 100)))}%`;
  if (input.unit === 'days') return `${both((n) => String(n))} days`;
  if (input.unit === 'years') return `${both((n) => String(n))} years`;
  return both((n) => n.toLocaleString('en-GB'));
}

function money(range: Range | null, currency: string | null): string {
  return range ? formatMoneyRange(range, currency) : '—';
}

/** The cost view as a Markdown section, for the report and the command line. */
export function costToMarkdown(view: CostView): string[] {
  const lines: string[] = ['## What it would cost', ''];
  if (view.models.length === 0) {
    lines.push('Nothing is recommended, so there is nothing to cost.', '');
    return lines;
  }
  const { currency } = view;
  lines.push(
    `In ${currencyName(currency)}, over ${view.years} ${view.years === 1 ? 'year' : 'years'}. Ranges run from the low to the high end of each published figure; your own figures are used as given.`,
    '',
  );
  for (const m of view.models) {
    lines.push(`### ${m.model}`, '', `In-house baseline: ${m.scope}.`, '', '| Line | Per | Low to high |', '|---|---|---|');
    for (const l of m.lines) lines.push(`| ${l.label} | ${l.per === 'yearly' ? 'year' : 'once'} | ${money(l.range, currency)} |`);
    lines.push('');
    if (m.missing.length > 0) {
      const labels = m.missing.map((id) => view.inputs.find((i) => i.id === id)?.label ?? id);
      lines.push(`Totals need your figure for: ${labels.map((l) => escapeMarkdown(l)).join(', ')}.`, '');
      continue;
    }
    lines.push(
      `- Difference per year (in-house minus fees and oversight): **${money(m.yearlyDifference, currency)}**`,
      `- Over ${view.years} ${view.years === 1 ? 'year' : 'years'}, after transition and exit: **${money(m.totalDifference, currency)}**`,
      `- Payback of the transition at the typical figures: ${m.paybackYears === null ? 'not reached' : `${m.paybackYears} years`}`,
    );
    if (m.sensitivity) {
      const label = view.inputs.find((i) => i.id === m.sensitivity?.input)?.label ?? m.sensitivity.input;
      lines.push(
        `- Most sensitive assumption: ${escapeMarkdown(label)}, which moves the ${Math.min(3, view.years)}-year difference from ${formatMoney(m.sensitivity.atLow, currency)} to ${formatMoney(m.sensitivity.atHigh, currency)}${m.sensitivity.flips ? ', and flips its sign' : ''}`,
      );
    }
    lines.push('');
  }
  lines.push('### Assumptions', '', '| Assumption | Figure | From |', '|---|---|---|');
  for (const i of view.inputs) {
    const from =
      i.origin === 'answer'
        ? 'your answer'
        : i.origin === 'derived'
          ? (i.note ?? 'your answers')
          : i.origin === 'benchmark' && i.source
            ? sourceWords(i.source)
            : i.source
              ? `no figure in ${currencyName(currency)}; published in ${i.source.publisher} (${i.source.year})`
              : 'no public benchmark: needs your figure';
    lines.push(`| ${escapeMarkdown(i.label)} | ${inputWords(i, currency)} | ${escapeMarkdown(from)} |`);
  }
  lines.push('');
  return lines;
}

/** The bids side by side, as a Markdown table: each total over the years compared and its difference with in-house. */
export function bidsToMarkdown(bids: readonly BidTotal[], currency: string | null): string[] {
  if (bids.length === 0) return [];
  const lines = ['## Bids on the same assumptions', '', '| Bidder | Model | Price | Total | Against in-house |', '|---|---|---|---|---|'];
  for (const b of bids) {
    const price = `${formatMoney(b.bid.rate, currency)} ${BID_UNITS[b.bid.unit].label}${b.bid.oneOff > 0 ? `, ${formatMoney(b.bid.oneOff, currency)} once` : ''}`;
    const total = b.total ? formatMoneyRange(b.total, currency) : `needs ${b.missing.join(', ')}`;
    const difference = b.difference ? formatMoneyRange(b.difference, currency) : '—';
    lines.push(`| ${escapeMarkdown(b.bid.bidder)} | ${b.bid.model} | ${price} | ${total} | ${difference} |`);
  }
  lines.push('');
  return lines;
}
