import { atom } from 'nanostores';
import { MAX_BIDS, readBid, readBidFile, serialiseBids } from '../domain/cost/bid-file.ts';
import type { Bid } from '../domain/cost/bids.ts';
import type { FriendlyError } from '../domain/errors.ts';
import { parseJsonText } from '../domain/json-text.ts';
import { browserStorage, readKey, writeKey, type StorageLike } from './storage.ts';

/**
 * The bids received for one client, kept in this browser (never in the link: bids are not answers).
 * Stored under one key as `{ "version": 1, "clients": { "<client name>": { "bids": [...] } } }`,
 * each client's entry in the bid file format the command line reads (src/domain/cost/bid-file.ts).
 */
export const BIDS_KEY = 'outsourcing-advisor:bids';

/** The bids on screen, in the order they were entered. */
export const $bids = atom<readonly Bid[]>([]);

/** Why the bids are not being kept, or why those stored cannot be read; null when all is well. */
export const $bidsNotice = atom<FriendlyError | null>(null);

/** ready; unreadable: what is stored cannot be read, and is left untouched until the visitor clears it. */
export const $bidsStatus = atom<'ready' | 'unreadable'>('ready');

const UNAVAILABLE: FriendlyError = {
  code: 'storage-unavailable',
  title: 'The bids are not being kept',
  message: 'This browser blocks storage for the site, so the bids last only while this tab is open.',
  hint: 'Export them to keep them: the file can be imported here again, or read by the command line.',
};

const FULL: FriendlyError = {
  code: 'storage-full',
  title: 'Your latest change to the bids is not kept',
  message: "This browser's storage for the site is full.",
  hint: 'The bids stay as they are in this tab: export them to keep them.',
};

function unreadable(detail: string): FriendlyError {
  return {
    code: 'bids-unreadable',
    title: 'The bids kept in this browser cannot be read',
    message: `What is stored is damaged: ${detail}.`,
    hint: 'It is left as it is. Import a bid file to carry on, or clear the stored bids, which deletes them for every client.',
  };
}

interface Stored {
  readonly version: 1;
  readonly clients: Record<string, { readonly bids: readonly Bid[] }>;
}

type Read =
  | { readonly kind: 'ok'; readonly stored: Stored }
  | { readonly kind: 'blocked' }
  | { readonly kind: 'unreadable'; readonly detail: string };

function readStored(storage: StorageLike | null): Read {
  const read = readKey(storage, BIDS_KEY);
  if (read.blocked) return { kind: 'blocked' };
  const raw = read.text;
  if (raw === null) return { kind: 'ok', stored: { version: 1, clients: {} } };
  const json = parseJsonText(raw, 'the stored text');
  if (!json.ok) return { kind: 'unreadable', detail: json.error.replace(/\.$/, '') };
  const value = json.value as Partial<Stored> | null;
  if (typeof value !== 'object' || value === null || value.version !== 1 || typeof value.clients !== 'object' || value.clients === null)
    return { kind: 'unreadable', detail: 'it is not a list of bids per client (version 1)' };
  const clients: Record<string, { bids: readonly Bid[] }> = {};
  for (const [client, entry] of Object.entries(value.clients)) {
    const bids = readBidFile(entry);
    if (!bids.ok) return { kind: 'unreadable', detail: `the bids of "${client.slice(0, 60)}": ${bids.error}` };
    clients[client] = { bids: bids.value };
  }
  return { kind: 'ok', stored: { version: 1, clients } };
}

// The client whose bids are on screen, and where they are kept; set by openBids.
let client = '';
let storage: StorageLike | null = null;

/** Shows the bids kept in this browser for a client ("" when the answers name none). Never throws. */
export function openBids(clientName: string, options: { readonly storage?: StorageLike | null } = {}): void {
  client = clientName;
  storage = options.storage === undefined ? browserStorage() : options.storage;
  const read = readStored(storage);
  $bids.set(read.kind === 'ok' ? (read.stored.clients[client]?.bids ?? []) : []);
  $bidsStatus.set(read.kind === 'unreadable' ? 'unreadable' : 'ready');
  $bidsNotice.set(read.kind === 'blocked' ? UNAVAILABLE : read.kind === 'unreadable' ? unreadable(read.detail) : null);
}

/** Keeps the client's bids beside the other clients'; while what is stored cannot be read, nothing is written over it. */
function keep(bids: readonly Bid[]): FriendlyError | null {
  if ($bidsStatus.get() === 'unreadable') return $bidsNotice.get();
  const read = readStored(storage);
  if (read.kind === 'blocked') return UNAVAILABLE;
  if (read.kind === 'unreadable') {
    $bidsStatus.set('unreadable');
    return unreadable(read.detail);
  }
  const clients = { ...read.stored.clients };
  if (bids.length === 0) delete clients[client];
  else clients[client] = { bids };
  const refused = writeKey(storage, BIDS_KEY, Object.keys(clients).length === 0 ? null : JSON.stringify({ version: 1, clients }));
  return refused === 'full' ? FULL : refused === 'blocked' ? UNAVAILABLE : null;
}

function change(bids: readonly Bid[]): void {
  $bids.set(bids);
  $bidsNotice.set(keep(bids));
}

/** Adds a bid from the form's fields. Returns why it cannot be added (naming the field), or null. */
export function addBid(fields: Record<string, unknown>): string | null {
  if ($bids.get().length >= MAX_BIDS) return `At most ${MAX_BIDS} bids can be compared; remove one first.`;
  const bid = readBid(fields, 'This bid');
  if (!bid.ok) return bid.error;
  change([...$bids.get(), bid.value]);
  return null;
}

/** Removes a bid and returns it, so it can be put back. */
export function removeBid(index: number): Bid | undefined {
  const bids = [...$bids.get()];
  const [removed] = bids.splice(index, 1);
  if (removed) change(bids);
  return removed;
}

/** Adds the bids of a bid file's text (the command line's format) after those on screen. Returns why it cannot, or null. */
export function importBids(text: string, fileName: string): string | null {
  const json = parseJsonText(text, `"${fileName}"`);
  if (!json.ok) return json.error;
  const read = readBidFile(json.value);
  if (!read.ok) return `"${fileName}" is not a bid file: ${read.error}.`;
  const bids = [...$bids.get(), ...read.value];
  if (bids.length > MAX_BIDS) return `"${fileName}" holds ${read.value.length} bids: with those on screen that is more than ${MAX_BIDS}.`;
  change(bids);
  return null;
}

/** The bids on screen as a bid file, or null when there are none. */
export function bidsFileText(): string | null {
  const bids = $bids.get();
  return bids.length === 0 ? null : serialiseBids(bids);
}

/** Deletes the stored bids that cannot be read (for every client), keeping those on screen. */
export function clearStoredBids(): void {
  // Blocked storage kept nothing anyway.
  writeKey(storage, BIDS_KEY, null);
  $bidsStatus.set('ready');
  change($bids.get());
}
