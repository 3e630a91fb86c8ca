import type { Result } from '../errors.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import { BID_UNITS, type Bid, type BidUnit } from './bids.ts';

/**
 * The bid file: the proposals received, each in the pricing structure the RFP asked for. The
 * command line reads it (`--bids FILE`) and the results page reads, keeps and writes the same file,
 * so bids move between the two unchanged:
 *
 *   { "bids": [{ "bidder": "Contoso", "model": "BPO", "unit": "per_process_fte_year", "rate": 30000, "oneOff": 80000 }] }
 *
 * Read by hand rather than with a schema library: the browser reads it too, and loads no zod.
 */

/** The most bids one file holds: more than any tender shortlists. */
export const MAX_BIDS = 20;
/** The longest bidder name kept. */
export const MAX_BIDDER_LENGTH = 120;
/** The largest price or one-off charge accepted, in the view's currency. */
export const MAX_BID_AMOUNT = 10_000_000_000;

const FIELDS = ['bidder', 'model', 'unit', 'rate', 'oneOff'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function amount(value: unknown, where: string, optional: boolean): Result<number, string> {
  if (value === undefined && optional) return { ok: true, value: 0 };
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { ok: false, error: `${where}: needs a number${optional ? ' (or leave it out for none)' : ''}` };
  if (value < 0 || value > MAX_BID_AMOUNT)
    return { ok: false, error: `${where}: must be between 0 and ${MAX_BID_AMOUNT.toLocaleString('en-GB')}` };
  return { ok: true, value };
}

/** One bid, checked field by field; `where` names it in messages ("bids[2]"). */
export function readBid(value: unknown, where: string): Result<Bid, string> {
  if (!isRecord(value)) return { ok: false, error: `${where}: needs an object with bidder, model, unit, rate and oneOff` };
  const unknown = Object.keys(value).filter((key) => !(FIELDS as readonly string[]).includes(key));
  if (unknown.length > 0) return { ok: false, error: `${where}.${unknown[0] ?? ''}: is not a field of a bid (${FIELDS.join(', ')})` };
  const bidder = typeof value.bidder === 'string' ? value.bidder.trim() : '';
  if (bidder === '') return { ok: false, error: `${where}.bidder: needs the bidder's name` };
  if (bidder.length > MAX_BIDDER_LENGTH) return { ok: false, error: `${where}.bidder: allows at most ${MAX_BIDDER_LENGTH} characters` };
  if (!MODEL_IDS.includes(value.model as ModelId)) return { ok: false, error: `${where}.model: must be one of ${MODEL_IDS.join(', ')}` };
  if (typeof value.unit !== 'string' || !Object.hasOwn(BID_UNITS, value.unit))
    return { ok: false, error: `${where}.unit: must be one of ${Object.keys(BID_UNITS).join(', ')}` };
  const rate = amount(value.rate, `${where}.rate`, false);
  if (!rate.ok) return rate;
  const oneOff = amount(value.oneOff, `${where}.oneOff`, true);
  if (!oneOff.ok) return oneOff;
  return {
    ok: true,
    value: { bidder, model: value.model as ModelId, unit: value.unit as BidUnit, rate: rate.value, oneOff: oneOff.value },
  };
}

/** The bids of a parsed bid file, or why it cannot be read, naming the field ("bids[0].model: …"). */
export function readBidFile(value: unknown): Result<Bid[], string> {
  if (!isRecord(value) || !Array.isArray(value.bids)) return { ok: false, error: 'needs an object with a "bids" list' };
  const extra = Object.keys(value).find((key) => key !== 'bids');
  if (extra !== undefined) return { ok: false, error: `${extra}: is not a field of a bid file (only "bids")` };
  if (value.bids.length === 0) return { ok: false, error: 'bids: holds no bid' };
  if (value.bids.length > MAX_BIDS) return { ok: false, error: `bids: allows at most ${MAX_BIDS} bids` };
  const bids: Bid[] = [];
  for (const [index, entry] of value.bids.entries()) {
    const bid = readBid(entry, `bids[${index}]`);
    if (!bid.ok) return bid;
    bids.push(bid.value);
  }
  return { ok: true, value: bids };
}

/** The bid file's text for these bids (at least one), as the command line reads it. */
export function serialiseBids(bids: readonly Bid[]): string {
  return `${JSON.stringify({ bids: bids.map((bid) => Object.fromEntries(FIELDS.map((field) => [field, bid[field]]))) }, null, 2)}\n`;
}
