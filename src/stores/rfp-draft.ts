import { atom, computed } from 'nanostores';
import type { ModelId } from '../domain/model-ids.ts';
import { buildRfp } from '../domain/rfp/build-rfp.ts';
import type { RfpDocument } from '../domain/rfp/document.ts';
import { decodeDraft, EDIT_MAX_LENGTH, encodeDraft, fragmentHash, type SavedDraft } from '../domain/rfp/draft-codec.ts';
import { $brand } from './brand.ts';
import { $content } from './content.ts';
import type { StorageLike } from './persistence.ts';
import { $rfpAnswers, $rfpRecommendation } from './rfp.ts';

/** The localStorage key of the draft kept for a link fragment. */
export function draftKey(fragment: string): string {
  return `outsourcing-advisor:rfp:${fragmentHash(fragment)}`;
}

/** The draft for the answers on screen (the day it was started, models chosen, the buyer's entries); null with no answers. */
export const $draft = atom<SavedDraft | null>(null);

/** Why the entries are not kept: storage blocked, storage full, or the kept draft unreadable; null when all is well. */
export type DraftNotice = 'unavailable' | 'full' | 'unreadable';
export const $draftNotice = atom<DraftNotice | null>(null);

/** Today in the visitor's time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

// Where the draft on screen is kept; set when it is opened.
let storage: StorageLike | null = null;
let key = '';

/**
 * Opens the draft kept for a fragment, or starts one dated `today`; no fragment, no draft. Never
 * throws: blocked storage or a damaged kept draft becomes $draftNotice, and editing still works in memory.
 */
export function openDraft(fragment: string, today: string, from: () => StorageLike | null = () => localStorage): void {
  let raw: string | null = null;
  let notice: DraftNotice | null = null;
  key = fragment && draftKey(fragment);
  try {
    storage = from();
    raw = key && storage ? storage.getItem(key) : null;
  } catch {
    storage = null;
  }
  if (!storage) notice = 'unavailable';
  const kept = raw === null ? undefined : decodeDraft(raw);
  $draftNotice.set(kept === null ? 'unreadable' : notice);
  $draft.set(key ? (kept ?? { v: 1, today, edits: {} }) : null);
}

function save(draft: SavedDraft): void {
  $draft.set(draft);
  try {
    storage?.setItem(key, encodeDraft(draft));
    if (storage) $draftNotice.set(null);
  } catch (error) {
    // QuotaExceededError in most browsers, NS_ERROR_DOM_QUOTA_REACHED in old Firefox.
    $draftNotice.set(/quota/i.test((error as Error).name) ? 'full' : 'unavailable');
  }
}

/**
 * Keeps the buyer's entry for a field exactly as typed. An empty entry stands while the field is
 * being edited (the document shows the suggestion meanwhile); dropBlankEdit removes it.
 */
export function setEdit(id: string, text: string): void {
  const draft = $draft.get();
  if (draft) save({ ...draft, edits: { ...draft.edits, [id]: text.slice(0, EDIT_MAX_LENGTH) } });
}

/** Forgets a blank entry, so the field shows its suggestion again (call when the field is left). */
export function dropBlankEdit(id: string): void {
  const draft = $draft.get();
  if (!draft || !Object.hasOwn(draft.edits, id) || draft.edits[id]?.trim()) return;
  const edits = { ...draft.edits };
  delete edits[id];
  save({ ...draft, edits });
}

/** Tenders these models instead of the recommended set; none goes back to the recommendation. */
export function chooseModels(models: readonly ModelId[]): void {
  const draft = $draft.get();
  if (draft) save({ v: 1, today: draft.today, edits: draft.edits, ...(models.length > 0 ? { models } : {}) });
}

/** The document on screen, rebuilt with every entry: what print, Word and Markdown all export. */
export const $rfpDocument = computed(
  [$content, $rfpAnswers, $rfpRecommendation, $draft, $brand],
  (content, { file }, recommendation, draft, brand): RfpDocument | null =>
    content && file && recommendation && draft
      ? buildRfp(
          content,
          { recommendation, answers: file.answers, meta: file.meta },
          { today: draft.today, edits: draft.edits, ...(draft.models ? { models: draft.models } : {}), ...(brand ? { brand } : {}) },
        )
      : null,
);

/** Opens the draft of every link the page shows, as it changes. Returns a function that stops it. */
export function connectDraft(today: () => string = localToday, from?: () => StorageLike | null): () => void {
  let shown: string | null = null;
  return $rfpAnswers.subscribe(({ fragment }) => {
    if (fragment !== shown) openDraft((shown = fragment), today(), from);
  });
}
