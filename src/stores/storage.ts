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
export function isQuotaError(error: unknown): boolean {
  return /quota/i.test((error as { name?: string } | null)?.name ?? '');
}
