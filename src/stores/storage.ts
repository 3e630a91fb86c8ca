/** The part of the Web Storage API the stores use, so tests can pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** localStorage, or null when the browser refuses it (storage disabled). Never throws. */
export function browserStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** True when a write failed because storage is full: QuotaExceededError in most browsers, NS_ERROR_DOM_QUOTA_REACHED in old Firefox. */
function isQuotaError(error: unknown): boolean {
  return /quota/i.test((error as { name?: string } | null)?.name ?? '');
}

/** What a key holds: its text (null when nothing is stored), or that the browser refuses storage. Never throws. */
export type KeyRead = { readonly blocked: false; readonly text: string | null } | { readonly blocked: true };

/** Reads a key; no storage, or a browser that refuses it, reads as blocked. Never throws. */
export function readKey(storage: StorageLike | null, key: string): KeyRead {
  if (!storage) return { blocked: true };
  try {
    return { blocked: false, text: storage.getItem(key) };
  } catch {
    return { blocked: true };
  }
}

/** Keeps text under a key, or removes the key for null. Returns null when it is kept, else why not: storage full or blocked. Never throws. */
export function writeKey(storage: StorageLike | null, key: string, text: string | null): 'full' | 'blocked' | null {
  if (!storage) return 'blocked';
  try {
    if (text === null) storage.removeItem(key);
    else storage.setItem(key, text);
    return null;
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'blocked';
  }
}
