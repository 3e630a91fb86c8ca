import { useEffect, useMemo, useState } from 'preact/hooks';
import { currencyName, formatMoney, formatMoneyRange } from '../../domain/cost/money.ts';
import { costForRecommendation, costModels } from '../../domain/cost/cost-report.ts';
import type { CostView as View, ModelCost, Range } from '../../domain/cost/cost-view.ts';
import { CostAssumptions } from './CostAssumptions.tsx';
import { CostBids } from './CostBids.tsx';
import { CostChart } from './CostChart.tsx';
import { COST_COPY, yearsWords } from './cost-copy.ts';
import type { CostViewProps } from './cost-view-props.ts';

/** Moves keyboard focus to an assumption's field (its id is `cost-<input id>`). */
function focusField(id: string): void {
  const field = document.getElementById(`cost-${id}`);
  field?.scrollIntoView({ block: 'center' });
  field?.focus();
}

/** What a line or the totals still need: each figure as a button that focuses its field. */
function Needs({ ids, view, props }: { readonly ids: readonly string[]; readonly view: View; readonly props: CostViewProps }) {
  const { Edit } = props;
  return (
    <>
      {ids.map((id, i) => {
        const label = view.inputs.find((input) => input.id === id)?.label ?? id;
        return (
          <span key={id}>
            {i > 0 && ', '}
            {id === 'admin_share' ? (
              <Edit question="hr_admin_burden" base={props.base}>
                {label}
              </Edit>
            ) : (
              <a
                href={`#cost-${id}`}
                onClick={(event) => {
                  // The fragment holds the answers, so the jump focuses the field without changing it.
                  event.preventDefault();
                  focusField(id);
                }}
              >
                {label}
              </a>
            )}
          </span>
        );
      })}
    </>
  );
}

/** What a line still needs: the figures no line above it has named yet, or a pointer to those above. */
function LineNeeds({
  missing,
  named,
  view,
  props,
}: {
  missing: readonly string[];
  named: readonly string[];
  view: View;
  props: CostViewProps;
}) {
  const text = COST_COPY;
  const fresh = missing.filter((id) => !named.includes(id));
  if (fresh.length === 0) return <>{text.needsAbove}</>;
  return (
    <>
      {fresh.length === 1 && fresh[0] === 'admin_share' ? text.needsAnswer : text.needs}
      <Needs ids={fresh} view={view} props={props} />
      {fresh.length < missing.length && text.andAbove}
    </>
  );
}

function Money({ range, currency }: { readonly range: Range; readonly currency: string | null }) {
  return (
    <>
      <td class="cost-num">{formatMoney(range.low, currency)}</td>
      <td class="cost-num">{formatMoney(range.high, currency)}</td>
    </>
  );
}

interface SectionProps {
  readonly cost: ModelCost;
  readonly view: View;
  readonly props: CostViewProps;
  readonly runnerUp: boolean;
}

function ModelSection({ cost, view, props, runnerUp }: SectionProps) {
  const text = COST_COPY;
  const { currency } = view;
  const name = props.content.models.find((m) => m.id === cost.model)?.name ?? cost.model;
  const money = (n: number): string => formatMoney(n, currency);
  const id = `cost-${cost.model}`;
  const sensitive = cost.sensitivity;
  const sensitiveLabel = sensitive ? (view.inputs.find((i) => i.id === sensitive.input)?.label ?? sensitive.input) : '';
  const horizon = Math.min(3, view.years);
  const transition = cost.lines.find((l) => l.id === 'transition')?.range;
  return (
    <section class="cost-model" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={runnerUp ? -1 : undefined}>
        {name}
      </h3>
      {runnerUp && <p class="cost-tag">{text.runnerUpNote}</p>}
      <p class="muted">{text.baseline(cost.scope)}</p>
      <div class="cost-grid">
        <div class="cost-tables">
          <table class="cost-table">
            <caption>{text.caption(cost.model, currencyName(currency))}</caption>
            <thead>
              <tr>
                <th scope="col">{text.line}</th>
                <th scope="col">{text.per}</th>
                <th scope="col" class="cost-num">
                  {text.low}
                </th>
                <th scope="col" class="cost-num">
                  {text.high}
                </th>
              </tr>
            </thead>
            <tbody>
              {cost.lines.map((line, index) => (
                <tr key={line.id} data-line={line.id}>
                  <th scope="row">{line.label}</th>
                  <td>{line.per === 'yearly' ? text.yearly : text.oneOff}</td>
                  {line.range ? (
                    <Money range={line.range} currency={currency} />
                  ) : (
                    <td colSpan={2} class="cost-needs">
                      <LineNeeds
                        missing={line.missing}
                        named={cost.lines.slice(0, index).flatMap((l) => l.missing)}
                        view={view}
                        props={props}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
            {cost.yearlyDifference && (
              <tfoot>
                <tr data-line="difference">
                  <th scope="row">{text.difference}</th>
                  <td>{text.yearly}</td>
                  <Money range={cost.yearlyDifference} currency={currency} />
                </tr>
              </tfoot>
            )}
          </table>
          {cost.cumulative && (
            <table class="cost-table cost-table--running">
              <caption>{text.running}</caption>
              <thead>
                <tr>
                  <th scope="col">{text.after}</th>
                  <th scope="col" class="cost-num">
                    {text.low}
                  </th>
                  <th scope="col" class="cost-num">
                    {text.high}
                  </th>
                </tr>
              </thead>
              <tbody>
                {cost.cumulative.map((r, i) => (
                  <tr key={i} data-year={i + 1}>
                    <th scope="row">{yearsWords(i + 1)}</th>
                    <Money range={r} currency={currency} />
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {cost.cumulative && cost.totalDifference && (
          <div class="cost-figure">
            <CostChart
              id={`${id}-chart`}
              title={text.chartTitle(cost.model)}
              desc={text.chartDesc(view.years, formatMoneyRange(cost.totalDifference, currency))}
              cumulative={cost.cumulative}
              start={transition ? { low: -transition.high, high: -transition.low } : { low: 0, high: 0 }}
              payback={cost.paybackYears}
              paybackLabel={text.chartPayback}
              yearLabel={text.year}
              money={money}
            />
          </div>
        )}
      </div>
      {cost.missing.length > 0 ? (
        <p class="cost-missing">
          {text.missing}
          <Needs ids={cost.missing} view={view} props={props} />.
        </p>
      ) : (
        <ul class="cost-points">
          <li>{text.positive}</li>
          <li>{cost.paybackYears === null ? text.noPayback : text.payback(cost.paybackYears)}</li>
          {sensitive && (
            <li class="cost-sensitivity">
              {text.sensitivity(sensitiveLabel, horizon, money(sensitive.atLow), money(sensitive.atHigh), sensitive.flips)}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

/** What the recommended models (and the runner-up, when asked for) would cost, with every assumption and its source. */
export function CostView(props: CostViewProps) {
  const { content, file, result } = props;
  const [withRunnerUp, setWithRunnerUp] = useState(false);
  const view = useMemo(() => costForRecommendation(content, file.answers, result, withRunnerUp), [content, file, result, withRunnerUp]);
  const text = COST_COPY;
  const recommended = result.recommendation.models;
  const runnerUp = costModels(result, true).find((m) => !recommended.includes(m)) ?? null;
  // The button goes once pressed: focus moves to what it added.
  useEffect(() => {
    if (withRunnerUp && runnerUp) document.getElementById(`cost-${runnerUp}-title`)?.focus();
  }, [withRunnerUp]);
  const totals = view.models.flatMap((m) =>
    m.totalDifference ? [text.status(m.model, view.years, formatMoneyRange(m.totalDifference, view.currency))] : [],
  );
  return (
    <div class="cost">
      <p>{text.intro(currencyName(view.currency), view.years)}</p>
      {(view.currency === null || view.currency === 'other') && <p class="muted">{text.noCurrency}</p>}
      {view.models.length === 0 && <p>{text.nothing}</p>}
      {[...view.models]
        // The recommended models first, the runner-up after them.
        .sort((a, b) => Number(!recommended.includes(a.model)) - Number(!recommended.includes(b.model)))
        .map((cost) => (
          <ModelSection key={cost.model} cost={cost} view={view} props={props} runnerUp={!recommended.includes(cost.model)} />
        ))}
      {!withRunnerUp && runnerUp && (
        <p class="cost-more">
          <button type="button" class="button button--secondary" onClick={() => setWithRunnerUp(true)}>
            {text.runnerUp(runnerUp)}
          </button>
        </p>
      )}
      <CostBids props={props} years={view.years} currency={view.currency} />
      <CostAssumptions view={view} props={props} />
      <p class="visually-hidden" role="status">
        {totals.join(' ')}
      </p>
    </div>
  );
}
