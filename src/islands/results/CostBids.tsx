import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseNumberInput } from '../../domain/answers/parse-number-input.ts';
import { MAX_BID_AMOUNT, MAX_BIDDER_LENGTH } from '../../domain/cost/bid-file.ts';
import { BID_UNITS, bidTotals, type BidUnit } from '../../domain/cost/bids.ts';
import { formatMoney, formatMoneyRange } from '../../domain/cost/money.ts';
import { MODEL_IDS, type ModelId } from '../../domain/model-ids.ts';
import { slug } from '../../domain/rfp/file-name.ts';
import {
  $bids,
  $bidsNotice,
  $bidsStatus,
  addBid,
  bidsFileText,
  clearStoredBids,
  importBids,
  openBids,
  removeBid,
} from '../../stores/bids.ts';
import { useStore } from '../../stores/use-store.ts';
import { offerDownload } from '../shared/download.ts';
import { BIDS_COPY, yearsWords } from './cost-copy.ts';
import type { CostViewProps } from './cost-view-props.ts';

const AMOUNT = { min: 0, max: MAX_BID_AMOUNT };

/** The form's fields as typed: numbers stay text until they read. */
interface Draft {
  bidder: string;
  model: ModelId;
  unit: BidUnit;
  rate: string;
  oneOff: string;
}

/**
 * Bids received, side by side with the in-house baseline: each bidder's price in the structure the
 * RFP asked for, totalled over the same years with the same cost of managing the provider and exit.
 * Kept in this browser for the client named in the answers; exported and imported as the bid file
 * the command line reads (`--bids FILE`).
 */
export function CostBids({
  props,
  years,
  currency,
}: {
  readonly props: CostViewProps;
  readonly years: number;
  readonly currency: string | null;
}) {
  const { content, file, result } = props;
  const text = BIDS_COPY;
  const client = file.meta.client ?? '';
  useEffect(() => openBids(client), [client]);
  const bids = useStore($bids);
  const notice = useStore($bidsNotice);
  const status = useStore($bidsStatus);
  const totals = useMemo(() => bidTotals(content, file.answers, bids), [content, file, bids]);
  const first = result.recommendation.models[0] ?? 'RPO';
  const [draft, setDraft] = useState<Draft>({ bidder: '', model: first, unit: 'fixed_year', rate: '', oneOff: '' });
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const name = (model: ModelId): string => content.models.find((m) => m.id === model)?.name ?? model;
  const money = (n: number): string => formatMoney(n, currency);
  const label = (id: string): string =>
    content.questions.find((q) => q.id === id)?.short ?? (id === 'governance_pct' || id === 'exit_pct' ? text.share(id) : id);

  const add = (event: Event): void => {
    event.preventDefault();
    const rate = parseNumberInput(draft.rate, AMOUNT);
    const oneOff = parseNumberInput(draft.oneOff, AMOUNT);
    if (rate.status !== 'valid') return setError(rate.status === 'empty' ? text.needsRate : `${text.rate}: ${rate.message}`);
    if (oneOff.status === 'invalid') return setError(`${text.oneOff}: ${oneOff.message}`);
    const refused = addBid({
      bidder: draft.bidder,
      model: draft.model,
      unit: draft.unit,
      rate: rate.value,
      oneOff: oneOff.status === 'valid' ? oneOff.value : 0,
    });
    setError(refused);
    if (refused) return;
    setSaid(text.added(draft.bidder.trim()));
    setDraft({ ...draft, bidder: '', rate: '', oneOff: '' });
  };

  const importFile = async (input: HTMLInputElement): Promise<void> => {
    const picked = input.files?.[0];
    input.value = '';
    if (!picked) return;
    const refused = importBids(await picked.text(), picked.name);
    setError(refused);
    if (!refused) setSaid(text.imported(picked.name));
  };

  const exportFile = (): void => {
    const body = bidsFileText();
    if (body === null) return;
    const fileName = offerDownload(new Blob([body], { type: 'application/json' }), `bids${client ? `-${slug(client)}` : ''}.json`);
    setSaid(text.exported(fileName));
  };

  return (
    <section class="cost-bids" aria-labelledby="cost-bids-title">
      <h3 id="cost-bids-title">{text.title}</h3>
      <p>{text.intro(yearsWords(years), client)}</p>
      {notice && (
        <div class="cost-bids__notice" role="status">
          <p>
            <strong>{notice.title}.</strong> {notice.message}
          </p>
          <p>{notice.hint}</p>
          {status === 'unreadable' && (
            <button type="button" class="button button--secondary" onClick={clearStoredBids}>
              {text.clear}
            </button>
          )}
        </div>
      )}
      {totals.length > 0 && (
        <div class="cost-bids__scroll">
          <table class="cost-table cost-bids__table">
            <caption>{text.caption(yearsWords(years))}</caption>
            <thead>
              <tr>
                <th scope="col">{text.bidder}</th>
                <th scope="col">{text.price}</th>
                <th scope="col" class="cost-num">
                  {text.total}
                </th>
                <th scope="col" class="cost-num">
                  {text.difference}
                </th>
                <th scope="col">
                  <span class="visually-hidden">{text.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {totals.map((t, index) => (
                <tr key={index} data-bid={index}>
                  <th scope="row">
                    {t.bid.bidder}
                    <span class="cost-bids__model">{t.bid.model}</span>
                  </th>
                  <td data-label={text.price}>
                    {money(t.bid.rate)} {BID_UNITS[t.bid.unit].label}
                    {t.bid.oneOff > 0 && <span class="cost-bids__once">{text.plusOnce(money(t.bid.oneOff))}</span>}
                  </td>
                  {t.total && t.difference ? (
                    <>
                      <td class="cost-num" data-label={text.total}>
                        {formatMoneyRange(t.total, currency)}
                      </td>
                      <td class="cost-num" data-label={text.difference}>
                        {formatMoneyRange(t.difference, currency)}
                      </td>
                    </>
                  ) : (
                    <td colSpan={2} class="cost-needs">
                      {text.needs(t.missing.map(label).join(', '))}
                    </td>
                  )}
                  <td class="cost-bids__remove">
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => {
                        removeBid(index);
                        setSaid(text.removed(t.bid.bidder));
                      }}
                    >
                      {text.remove}
                      <span class="visually-hidden"> {t.bid.bidder}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted">{text.positive}</p>
        </div>
      )}
      <form class="cost-bids__form" onSubmit={add} noValidate>
        <fieldset>
          <legend>{text.addTitle}</legend>
          <label>
            <span class="rs-label">{text.bidder}</span>
            <input
              id="bid-bidder"
              class="rs-input"
              type="text"
              maxLength={MAX_BIDDER_LENGTH}
              autoComplete="off"
              value={draft.bidder}
              onInput={(e) => setDraft({ ...draft, bidder: e.currentTarget.value })}
            />
          </label>
          <label>
            <span class="rs-label">{text.model}</span>
            <select
              id="bid-model"
              class="rs-input"
              value={draft.model}
              onChange={(e) => setDraft({ ...draft, model: e.currentTarget.value as ModelId })}
            >
              {MODEL_IDS.map((model) => (
                <option key={model} value={model}>
                  {name(model)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span class="rs-label">{text.structure}</span>
            <select
              id="bid-unit"
              class="rs-input"
              value={draft.unit}
              onChange={(e) => setDraft({ ...draft, unit: e.currentTarget.value as BidUnit })}
            >
              {(Object.keys(BID_UNITS) as BidUnit[]).map((unit) => (
                <option key={unit} value={unit}>
                  {BID_UNITS[unit].label}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span class="rs-label">{text.rate}</span>
            <input
              id="bid-rate"
              class="rs-input"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={draft.rate}
              onInput={(e) => setDraft({ ...draft, rate: e.currentTarget.value })}
            />
          </label>
          <label>
            <span class="rs-label">{text.oneOff}</span>
            <input
              id="bid-once"
              class="rs-input"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={draft.oneOff}
              onInput={(e) => setDraft({ ...draft, oneOff: e.currentTarget.value })}
            />
          </label>
          <button type="submit" class="button">
            {text.add}
          </button>
        </fieldset>
        <p class="rs-error" role="alert" hidden={!error}>
          {error}
        </p>
      </form>
      <p class="cost-bids__files">
        {bids.length > 0 && (
          <button type="button" class="button button--secondary" onClick={exportFile}>
            {text.export}
          </button>
        )}
        <label class="button button--secondary cost-bids__import">
          {text.import}
          <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => void importFile(e.currentTarget)} />
        </label>
      </p>
      <p class="muted">{text.privacy}</p>
      <p class="visually-hidden" role="status">
        {said}
      </p>
    </section>
  );
}
