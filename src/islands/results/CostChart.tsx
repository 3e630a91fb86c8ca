import type { Range } from '../../domain/cost/cost-view.ts';

interface Props {
  /** A unique id prefix for the chart's title and description. */
  readonly id: string;
  readonly title: string;
  readonly desc: string;
  /** The running total per year, low to high, years 1..n. */
  readonly cumulative: readonly Range[];
  /** Where the running total starts, before the first year: minus the transition, paid up front. */
  readonly start: Range;
  /** Years until the transition is paid back at the typical figures, when within the years shown. */
  readonly payback: number | null;
  readonly paybackLabel: string;
  readonly yearLabel: (year: number) => string;
  readonly money: (amount: number) => string;
}

const W = 340;
const H = 180;
const PAD = { left: 8, right: 8, top: 22, bottom: 24 };

/**
 * The running total of the difference as a band from its low to its high figure, one point a year,
 * against a zero line, with the payback marked. Drawn with plain SVG and classes (a strict CSP
 * allows no inline styles); the table beside it carries every figure for assistive technology.
 */
export function CostChart({ id, title, desc, cumulative, start, payback, paybackLabel, yearLabel, money }: Props) {
  const years = cumulative.length;
  if (years === 0) return null;
  const points = [start, ...cumulative];
  const top = Math.max(0, ...points.map((r) => r.high));
  const bottom = Math.min(0, ...points.map((r) => r.low));
  const span = top - bottom || 1;
  const x = (year: number): number => PAD.left + ((W - PAD.left - PAD.right) * year) / years;
  const y = (amount: number): number => PAD.top + ((H - PAD.top - PAD.bottom) * (top - amount)) / span;
  const at = (year: number, amount: number): string => `${x(year).toFixed(1)},${y(amount).toFixed(1)}`;
  const band = [...points.map((r, i) => at(i, r.high)), ...points.map((r, i) => at(i, r.low)).reverse()].join(' ');
  const line = (pick: (r: Range) => number): string => points.map((r, i) => at(i, pick(r))).join(' ');
  return (
    <svg class="cost-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <polygon class="cost-chart__band" points={band} />
      <polyline class="cost-chart__edge" points={line((r) => r.high)} />
      <polyline class="cost-chart__edge" points={line((r) => r.low)} />
      <line class="cost-chart__zero" x1={x(0)} x2={x(years)} y1={y(0)} y2={y(0)} />
      <text class="cost-chart__label" x={x(0) + 2} y={y(0) - 4}>
        0
      </text>
      <text class="cost-chart__label" x={x(0) + 2} y={PAD.top - 8}>
        {money(top)}
      </text>
      {bottom < 0 && (
        <text class="cost-chart__label" x={x(0) + 2} y={H - PAD.bottom + 16}>
          {money(bottom)}
        </text>
      )}
      {cumulative.map((r, i) => (
        <g key={i}>
          <circle class="cost-chart__point" cx={x(i + 1)} cy={y(r.high)} r="3.5" />
          <circle class="cost-chart__point" cx={x(i + 1)} cy={y(r.low)} r="3.5" />
          <text class="cost-chart__label" x={x(i + 1)} y={H - 6} text-anchor={i + 1 === years ? 'end' : 'middle'}>
            {yearLabel(i + 1)}
          </text>
        </g>
      ))}
      {payback !== null && payback <= years && (
        <g>
          <line class="cost-chart__payback" x1={x(payback)} x2={x(payback)} y1={PAD.top} y2={H - PAD.bottom} />
          <text class="cost-chart__label" x={x(payback) + 4} y={PAD.top + 10}>
            {paybackLabel}
          </text>
        </g>
      )}
    </svg>
  );
}
