import { describe, expect, it } from 'vitest';
import type { Bid } from '../../src/domain/cost/bids.ts';
import {
  $bids,
  $bidsNotice,
  $bidsStatus,
  addBid,
  bidsFileText,
  BIDS_KEY,
  clearStoredBids,
  importBids,
  openBids,
  removeBid,
} from '../../src/stores/bids.ts';
import { FakeStorage, quotaError } from './helpers/fake-storage.ts';

const CONTOSO: Bid = { bidder: 'Contoso', model: 'BPO', unit: 'per_process_fte_year', rate: 30_000, oneOff: 80_000 };
const FABRIKAM: Bid = { bidder: 'Fabrikam', model: 'BPO', unit: 'fixed_year', rate: 400_000, oneOff: 0 };

function storedClients(storage: FakeStorage): Record<string, { bids: Bid[] }> {
  const raw = storage.items.get(BIDS_KEY);
  return raw === undefined ? {} : (JSON.parse(raw) as { clients: Record<string, { bids: Bid[] }> }).clients;
}

describe('the bids kept in this browser', () => {
  it('keeps each client its own bids, and reopens them', () => {
    const storage = new FakeStorage();
    openBids('Acme GmbH', { storage });
    expect(addBid({ ...CONTOSO })).toBeNull();
    openBids('Globex', { storage });
    expect($bids.get()).toEqual([]);
    expect(addBid({ ...FABRIKAM })).toBeNull();
    openBids('Acme GmbH', { storage });
    expect($bids.get()).toEqual([CONTOSO]);
    expect(storedClients(storage)).toEqual({ 'Acme GmbH': { bids: [CONTOSO] }, Globex: { bids: [FABRIKAM] } });
  });

  it('refuses a bid with a bad field, naming it, and adds nothing', () => {
    const storage = new FakeStorage();
    openBids('Acme GmbH', { storage });
    expect(addBid({ ...CONTOSO, rate: Number.NaN })).toContain('This bid.rate: needs a number');
    expect(addBid({ ...CONTOSO, bidder: '' })).toContain("This bid.bidder: needs the bidder's name");
    expect($bids.get()).toEqual([]);
    expect(storage.items.has(BIDS_KEY)).toBe(false);
  });

  it('removing the last bid of the last client leaves nothing stored', () => {
    const storage = new FakeStorage();
    openBids('', { storage });
    addBid({ ...CONTOSO });
    expect(removeBid(0)).toEqual(CONTOSO);
    expect($bids.get()).toEqual([]);
    expect(storage.items.has(BIDS_KEY)).toBe(false);
  });

  it('exports the bid file the command line reads, and imports it after the bids on screen', () => {
    const storage = new FakeStorage();
    openBids('Acme GmbH', { storage });
    expect(bidsFileText()).toBeNull();
    addBid({ ...CONTOSO });
    const text = bidsFileText() ?? '';
    expect(JSON.parse(text)).toEqual({ bids: [CONTOSO] });
    expect(importBids(text, 'bids.json')).toBeNull();
    expect($bids.get()).toEqual([CONTOSO, CONTOSO]);
    expect(importBids('{"bids":[{"bidder":"X","model":"XPO","unit":"per_hire","rate":1}]}', 'bad.json')).toBe(
      '"bad.json" is not a bid file: bids[0].model: must be one of HRO, RPO, BPO, KPO.',
    );
    expect(importBids('{oops', 'broken.json')).toContain('"broken.json" is not valid JSON');
    expect($bids.get()).toHaveLength(2);
  });

  it('leaves damaged storage untouched, says so, and writes again only once cleared', () => {
    const storage = new FakeStorage();
    storage.items.set(BIDS_KEY, '{"version":1,"clients":{"Acme GmbH":{"bids":[{"bidder":"X"}]}}}');
    openBids('Acme GmbH', { storage });
    expect($bidsStatus.get()).toBe('unreadable');
    expect($bidsNotice.get()?.message).toContain('the bids of "Acme GmbH": bids[0].model');
    addBid({ ...CONTOSO });
    expect($bids.get()).toEqual([CONTOSO]);
    expect(storage.items.get(BIDS_KEY)).toContain('"bidder":"X"');
    clearStoredBids();
    expect($bidsStatus.get()).toBe('ready');
    expect($bidsNotice.get()).toBeNull();
    expect(storedClients(storage)).toEqual({ 'Acme GmbH': { bids: [CONTOSO] } });
  });

  it('says when storage is blocked or full, and keeps the bids on screen', () => {
    openBids('Acme GmbH', { storage: null });
    expect($bidsNotice.get()?.code).toBe('storage-unavailable');
    addBid({ ...CONTOSO });
    expect($bids.get()).toEqual([CONTOSO]);
    const full = new FakeStorage();
    openBids('Acme GmbH', { storage: full });
    full.failWith = quotaError();
    addBid({ ...FABRIKAM });
    expect($bids.get()).toEqual([FABRIKAM]);
    expect($bidsNotice.get()?.code).toBe('storage-full');
  });
});
