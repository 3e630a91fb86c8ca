import type { StorageLike } from '../../../src/stores/storage.ts';

/** A Web Storage stand-in that can be made to fail like a browser does: full (quota) or blocked (security). */
export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failWith: Error | null = null;
  getItem(key: string): string | null {
    if (this.failWith?.name === 'SecurityError') throw this.failWith;
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWith) throw this.failWith;
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    if (this.failWith?.name === 'SecurityError') throw this.failWith;
    this.items.delete(key);
  }
}

export const quotaError = (): Error => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
export const securityError = (): Error => new DOMException('Access is denied for this document.', 'SecurityError');

/** A `storage` event as another tab's change fires it. */
export function storageEvent(key: string | null, newValue: string | null): Event {
  return Object.assign(new Event('storage'), { key, newValue });
}
