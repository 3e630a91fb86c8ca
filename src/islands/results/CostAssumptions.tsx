import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatWholeNumber } from '../../domain/answers/format-answer.ts';
import { inputWords, sourceWords } from '../../domain/cost/cost-report.ts';
import type { CostContent } from '../../domain/content.ts';
import type { CostInput, CostView } from '../../domain/cost/cost-view.ts';
import { currencyName } from '../../domain/cost/money.ts';
import { setCostFigure, setCurrency, type AnswerWriter } from '../../stores/cost.ts';
import { COST_COPY, yearsWords } from './cost-copy.ts';
import type { CostViewProps } from './cost-view-props.ts';

interface FigureProps {
  readonly id: string;
  readonly label: string;
  readonly used: string;
  readonly unit: string;
  /** The answer, when the visitor has given their own figure. */
  readonly value: number | undefined;
  readonly from: ComponentChildren;
  /** What a published figure measures and how the view uses it, shown on demand. */
  readonly note?: string | null;
  readonly content: CostContent;
  readonly write: AnswerWriter;
}

/** One assumption: the figure used, where it comes from, and a field for the visitor's own figure (an answer). */
function Figure({ id, label, used, unit, value, from, note, content, write }: FigureProps) {
  const [error, setError] = useState<string | null>(null);
  const field = `cost-${id}`;
  const text = COST_COPY.assumptions;
  return (
    <li class="cost-input">
      <div class="cost-input__text">
        <label class="rs-label" for={field}>
          {label}
        </label>
        <p class="cost-input__used">
          {text.used}
          <strong>{used}</strong>
        </p>
        <p class="cost-input__from" id={`${field}-from`}>
          {from}
        </p>
        {note && (
          <details class="cost-input__note">
            <summary>{text.note}</summary>
            <p>{note}</p>
          </details>
        )}
      </div>
      <div class="cost-input__field">
        <span class="cost-input__your" id={`${field}-your`}>
          {text.your}
          {unit && `, ${unit}`}
        </span>
        <input
          id={field}
          class="rs-input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={value === undefined ? '' : formatWholeNumber(value)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${field}-your ${error ? `${field}-error ` : ''}${field}-from`}
          onInput={(event) => {
            const read = setCostFigure(content, id, event.currentTarget.value, write);
            setError(read.status === 'invalid' ? read.message : null);
          }}
        />
      </div>
      <p id={`${field}-error`} class="rs-error cost-input__error" role="alert" hidden={!error}>
        {error}
        {error && text.invalidKeeps}
      </p>
    </li>
  );
}

function unitOf(input: CostInput, view: CostView, props: CostViewProps): string {
  if (input.unit === 'money') return currencyName(view.currency);
  if (input.unit === 'percent') return '%';
  if (input.unit === 'days' || input.unit === 'years') return input.unit;
  const question = props.content.questions.find((q) => q.id === input.id);
  return question?.kind === 'number' ? question.unit : '';
}

/** Where an input's figure comes from, in words: the visitor, a source (and who paid for it), or nowhere yet. */
function From({ input, props }: { readonly input: CostInput; readonly props: CostViewProps }) {
  const text = COST_COPY.assumptions;
  const benchmark = props.content.costs.find((a) => a.id === input.id)?.benchmark;
  const currency = typeof props.file.answers['currency'] === 'string' ? props.file.answers['currency'] : null;
  if (input.origin === 'answer') {
    const published =
      benchmark && (benchmark.currency === undefined || benchmark.currency === currency)
        ? inputWords({ ...input, value: { low: benchmark.low, high: benchmark.high } }, currency)
        : null;
    return (
      <>
        {text.from}
        {text.yourAnswer}
        {published && <span class="muted"> {text.published(published, `${benchmark?.source.publisher}, ${benchmark?.source.year}`)}</span>}
      </>
    );
  }
  if (input.origin === 'benchmark' && input.source)
    return (
      <>
        {text.from}
        {sourceWords(input.source)}
        {input.source.url && (
          <>
            {' '}
            (<a href={input.source.url}>{text.sourceLink}</a>)
          </>
        )}
        .
      </>
    );
  if (input.source) {
    return <>{text.otherCurrency(currencyName(benchmark?.currency ?? null), `${input.source.publisher}, ${input.source.year}`)}</>;
  }
  return <>{text.noBenchmark}</>;
}

/** The admin share is worked out from a choice in the questionnaire, so it is changed there. */
function Derived({ input, props }: { readonly input: CostInput; readonly props: CostViewProps }) {
  const text = COST_COPY.assumptions;
  const { Edit } = props;
  const link = (
    <Edit question="hr_admin_burden" base={props.base}>
      {input.value ? text.derivedChange : text.derivedAsk}
    </Edit>
  );
  return (
    <li class="cost-input">
      <div class="cost-input__text">
        <p class="rs-label">{input.label}</p>
        <p class="cost-input__used">
          {COST_COPY.assumptions.used}
          <strong>{inputWords(input, null)}</strong>
        </p>
        <p class="cost-input__from">
          {input.value ? text.derived : text.derivedMissing} <span class="cost-edit">{link}</span>
        </p>
      </div>
    </li>
  );
}

/** Every figure the cost view uses, with its source, each editable; the currency and the years compared. */
export function CostAssumptions({ view, props }: { readonly view: CostView; readonly props: CostViewProps }) {
  const { content, file } = props;
  const text = COST_COPY.assumptions;
  const currencyQuestion = content.questions.find((q) => q.id === 'currency');
  const options = currencyQuestion?.kind === 'single' ? currencyQuestion.options : [];
  const chosen = typeof file.answers['currency'] === 'string' ? file.answers['currency'] : '';
  const years = file.answers['cost_years'];
  const number = (id: string): number | undefined => {
    const value = file.answers[id];
    return typeof value === 'number' ? value : undefined;
  };
  return (
    <section class="cost-assumptions" aria-labelledby="cost-assumptions-title">
      <h3 id="cost-assumptions-title">{text.title}</h3>
      <p>{text.intro}</p>
      <ul class="cost-inputs">
        <li class="cost-input">
          <div class="cost-input__text">
            <label class="rs-label" for="cost-currency">
              {text.currency}
            </label>
            <p class="cost-input__used">
              {text.used}
              <strong>{options.find((o) => o.value === chosen)?.label ?? text.noCurrency}</strong>
            </p>
            <p class="cost-input__from" id="cost-currency-help">
              {text.currencyHelp}
            </p>
          </div>
          <div class="cost-input__field">
            <select
              id="cost-currency"
              class="rs-input cost-select"
              aria-describedby="cost-currency-help"
              value={chosen}
              onChange={(event) => setCurrency(content, event.currentTarget.value, props.write)}
            >
              <option value="">{text.noCurrency}</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        </li>
        <Figure
          id="cost_years"
          label={text.years}
          used={yearsWords(view.years)}
          unit="years"
          value={typeof years === 'number' ? years : undefined}
          content={content}
          write={props.write}
          from={
            view.yearsOrigin === 'answer' ? (
              <>
                {text.from}
                {text.yourAnswer}
              </>
            ) : file.answers['engagement_length'] !== undefined ? (
              text.yearsFromAnswer
            ) : (
              text.yearsDefault
            )
          }
        />
        {view.inputs.map((input) =>
          input.origin === 'derived' || input.id === 'admin_share' ? (
            <Derived key={input.id} input={input} props={props} />
          ) : (
            <Figure
              key={input.id}
              id={input.id}
              label={input.label}
              used={input.value ? inputWords(input, view.currency) : text.none}
              unit={unitOf(input, view, props)}
              value={number(input.id)}
              from={<From input={input} props={props} />}
              note={input.origin === 'benchmark' ? input.note : null}
              content={content}
              write={props.write}
            />
          ),
        )}
      </ul>
    </section>
  );
}
