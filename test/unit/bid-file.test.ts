import { describe, expect, it } from 'vitest';
import { MAX_BIDS, readBid, readBidFile, serialiseBids } from '../../src/domain/cost/bid-file.ts';
import type { Bid } from '../../src/domain/cost/bids.ts';

const CONTOSO: Bid = { bidder: 'Contoso', model: 'BPO', unit: 'per_process_fte_year', rate: 30_000, oneOff: 80_000 };
const FABRIKAM: Bid = { bidder: 'Fabrikam', model: 'RPO', unit: 'per_hire', rate: 2_500, oneOff: 0 };

describe('the bid file', () => {
  it('round-trips: what is written reads back the same bids', () => {
    const text = serialiseBids([CONTOSO, FABRIKAM]);
    expect(readBidFile(JSON.parse(text))).toEqual({ ok: true, value: [CONTOSO, FABRIKAM] });
    expect(JSON.parse(text)).toEqual({ bids: [CONTOSO, FABRIKAM] });
  });

  it('reads a missing one-off charge as none and trims the bidder', () => {
    expect(readBid({ bidder: '  Contoso ', model: 'BPO', unit: 'fixed_year', rate: 10 }, 'bids[0]')).toEqual({
      ok: true,
      value: { bidder: 'Contoso', model: 'BPO', unit: 'fixed_year', rate: 10, oneOff: 0 },
    });
  });

  it.each([
    [null, 'needs an object with a "bids" list'],
    [{ bids: [] }, 'bids: holds no bid'],
    [{ bids: [CONTOSO], extra: 1 }, 'extra: is not a field of a bid file'],
    [{ bids: Array.from({ length: MAX_BIDS + 1 }, () => CONTOSO) }, `bids: allows at most ${MAX_BIDS} bids`],
    [{ bids: [CONTOSO, 'x'] }, 'bids[1]: needs an object'],
    [{ bids: [{ ...CONTOSO, model: 'XPO' }] }, 'bids[0].model: must be one of HRO, RPO, BPO, KPO'],
    [{ bids: [{ ...CONTOSO, unit: 'per_day' }] }, 'bids[0].unit: must be one of per_employee_month'],
    [{ bids: [{ ...CONTOSO, bidder: '   ' }] }, "bids[0].bidder: needs the bidder's name"],
    [{ bids: [{ ...CONTOSO, bidder: 'x'.repeat(121) }] }, 'bids[0].bidder: allows at most 120 characters'],
    [{ bids: [{ ...CONTOSO, rate: '30000' }] }, 'bids[0].rate: needs a number'],
    [{ bids: [{ ...CONTOSO, rate: -1 }] }, 'bids[0].rate: must be between 0 and'],
    [{ bids: [{ ...CONTOSO, oneOff: Number.NaN }] }, 'bids[0].oneOff: needs a number'],
    [{ bids: [{ ...CONTOSO, price: 3 }] }, 'bids[0].price: is not a field of a bid'],
  ])('refuses %j, naming what is wrong', (value, message) => {
    const read = readBidFile(value);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain(message);
  });
});
