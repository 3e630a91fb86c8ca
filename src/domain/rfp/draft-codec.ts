import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import { fnv1a } from '../share/base64url.ts';
import { isIsoDate } from './timeline.ts';

/** Longest entry kept for one field; longer text is cut. */
export const EDIT_MAX_LENGTH = 2000;

// Field ids the builder makes, e.g. "contact-email", "kpi-target-RPO-time-to-fill".
const FIELD_ID = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/** What the browser keeps for one link's RFP draft (format version 1). */
export interface SavedDraft {
  readonly v: 1;
  /** The day the draft was started (YYYY-MM-DD): the suggested dates count from it. */
  readonly today: string;
  /** Models chosen to tender instead of the recommended set; absent when none were chosen. */
  readonly models?: readonly ModelId[];
  /** The buyer's entries by field id. */
  readonly edits: Readonly<Record<string, string>>;
}

export function encodeDraft(draft: SavedDraft): string {
  return JSON.stringify(draft);
}

/**
 * Reads a saved draft; null when the text is not a version-1 draft (damaged, or from another
 * version). Never throws. Inside a readable draft, entries that are not text or whose id no field
 * can have are dropped, unknown models are dropped and overlong entries are cut, so one bad entry
 * never costs the others.
 */
export function decodeDraft(raw: string): SavedDraft | null {
  let data: { v?: unknown; today?: unknown; edits?: unknown; models?: unknown } | null;
  try {
    data = JSON.parse(raw) as typeof data;
  } catch {
    return null;
  }
  if (data?.v !== 1 || typeof data.today !== 'string' || !isIsoDate(data.today)) return null;
  const edits: Record<string, string> = {};
  if (data.edits && typeof data.edits === 'object') {
    for (const [id, value] of Object.entries(data.edits)) {
      if (FIELD_ID.test(id) && typeof value === 'string') edits[id] = value.slice(0, EDIT_MAX_LENGTH);
    }
  }
  const chosen: unknown[] = Array.isArray(data.models) ? data.models : [];
  const models = MODEL_IDS.filter((m) => chosen.includes(m));
  return { v: 1, today: data.today, ...(models.length > 0 ? { models } : {}), edits };
}

/**
 * A short, stable name for a link fragment (32-bit FNV-1a and the length, in base 36), so a draft
 * can be kept under its link without writing the answers into the storage key.
 */
export function fragmentHash(fragment: string): string {
  return `${fnv1a(fragment).toString(36)}-${fragment.length.toString(36)}`;
}
