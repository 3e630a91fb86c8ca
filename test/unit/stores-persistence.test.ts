import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeProgress } from '../../src/domain/progress/progress-codec.ts';
import { emptyProgress } from '../../src/domain/progress/progress.ts';
import { $content } from '../../src/stores/content.ts';
import {
  $storageNotices,
  connectPersistence,
  loadSavedProgress,
  PROGRESS_KEY,
  saveProgress,
  type StorageLike,
} from '../../src/stores/persistence.ts';
import { $progress, finishStep, setAnswer, startOver } from '../../src/stores/progress.ts';
import { content } from './helpers/content.ts';

/** A Web Storage stand-in that can be made to fail like a browser does. */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failWith: Error | null = null;
  writes = 0;
  getItem(key: string): string | null {
    if (this.failWith?.name === 'SecurityError') throw this.failWith;
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWith) throw this.failWith;
    this.writes++;
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    if (this.failWith?.name === 'SecurityError') throw this.failWith;
    this.items.delete(key);
  }
}

const quota = (): Error => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const denied = (): Error => new DOMException('Access is denied for this document.', 'SecurityError');

function storageEvent(key: string | null, newValue: string | null): Event {
  return Object.assign(new Event('storage'), { key, newValue });
}

const sections = content.sections.map((s) => s.id);
let disconnect: (() => void) | null = null;

beforeEach(() => {
  $content.set(content);
  $storageNotices.set([]);
});
afterEach(() => {
  disconnect?.();
  disconnect = null;
});

describe('loadSavedProgress', () => {
  it('reads what was saved', () => {
    const storage = new FakeStorage();
    storage.items.set(PROGRESS_KEY, encodeProgress({ ...emptyProgress(content), answers: { budget: 'tight' }, step: 'hiring' }));
    const loaded = loadSavedProgress(content, storage);
    expect(loaded.progress.answers).toEqual({ budget: 'tight' });
    expect(loaded.progress.step).toBe('hiring');
    expect(loaded.notices).toEqual([]);
  });

  it('says so, and starts empty, when storage is turned off (no storage, or reading throws)', () => {
    for (const storage of [null, Object.assign(new FakeStorage(), { failWith: denied() })]) {
      const loaded = loadSavedProgress(content, storage);
      expect(loaded.progress).toEqual(emptyProgress(content));
      expect(loaded.notices.map((n) => n.code)).toEqual(['storage-unavailable']);
    }
  });
});

describe('saveProgress', () => {
  it('writes the encoded progress under the key', () => {
    const storage = new FakeStorage();
    const progress = { ...emptyProgress(content), answers: { budget: 'tight' } };
    expect(saveProgress(content, progress, storage)).toBeNull();
    expect(storage.items.get(PROGRESS_KEY)).toBe(encodeProgress(progress));
  });

  it('saves an empty questionnaire as nothing at all', () => {
    const storage = new FakeStorage();
    storage.items.set(PROGRESS_KEY, 'old');
    expect(saveProgress(content, emptyProgress(content), storage)).toBeNull();
    expect(storage.items.has(PROGRESS_KEY)).toBe(false);
  });

  it('returns a "storage full" notice on a quota error, and "not saving" when storage is refused', () => {
    const progress = { ...emptyProgress(content), answers: { budget: 'tight' } };
    expect(saveProgress(content, progress, Object.assign(new FakeStorage(), { failWith: quota() }))?.code).toBe('storage-full');
    expect(saveProgress(content, progress, Object.assign(new FakeStorage(), { failWith: denied() }))?.code).toBe('storage-unavailable');
    expect(saveProgress(content, progress, null)?.code).toBe('storage-unavailable');
  });
});

describe('connectPersistence', () => {
  it('loads saved progress into the store and saves every change', () => {
    const storage = new FakeStorage();
    storage.items.set(PROGRESS_KEY, encodeProgress({ ...emptyProgress(content), answers: { budget: 'tight' }, step: 'hiring' }));
    disconnect = connectPersistence(content, { storage, events: null });
    expect($progress.get().answers).toEqual({ budget: 'tight' });
    expect(storage.writes).toBe(0);

    setAnswer('company_size', '50_249');
    const stored = JSON.parse(storage.items.get(PROGRESS_KEY) ?? '{}');
    expect(stored.answers).toEqual({ company_size: '50_249', budget: 'tight' });
    expect(typeof stored.updatedAt).toBe('string');

    finishStep('hiring', 'hr-operations', sections);
    expect(JSON.parse(storage.items.get(PROGRESS_KEY) ?? '{}')).toMatchObject({ step: 'hr-operations', done: ['hiring'] });
  });

  it('shows what was lost from damaged progress, keeps the rest, and carries on saving', () => {
    const storage = new FakeStorage();
    storage.items.set(PROGRESS_KEY, JSON.stringify({ v: 1, answers: { company_size: 'huge', budget: 'tight' }, step: 'priorities' }));
    disconnect = connectPersistence(content, { storage, events: null });
    expect($progress.get().answers).toEqual({ budget: 'tight' });
    expect($storageNotices.get().map((n) => n.field)).toEqual(['company_size']);
    setAnswer('budget', 'moderate');
    expect(JSON.parse(storage.items.get(PROGRESS_KEY) ?? '{}').answers).toEqual({ budget: 'moderate' });
  });

  it('keeps working in memory when the quota is full, tells the user, and clears the notice once saving works again', () => {
    const storage = new FakeStorage();
    disconnect = connectPersistence(content, { storage, events: null });
    storage.failWith = quota();
    setAnswer('budget', 'tight');
    expect($progress.get().answers).toEqual({ budget: 'tight' });
    expect($storageNotices.get().map((n) => n.code)).toEqual(['storage-full']);
    setAnswer('industry', 'technology');
    expect($storageNotices.get()).toHaveLength(1);

    storage.failWith = null;
    setAnswer('countries', 'one');
    expect($storageNotices.get()).toEqual([]);
    expect(JSON.parse(storage.items.get(PROGRESS_KEY) ?? '{}').answers).toEqual({
      industry: 'technology',
      countries: 'one',
      budget: 'tight',
    });
  });

  it('works without storage at all, saying once that answers are not being saved', () => {
    disconnect = connectPersistence(content, { storage: null, events: null });
    setAnswer('budget', 'tight');
    setAnswer('industry', 'other');
    expect($progress.get().answers).toEqual({ industry: 'other', budget: 'tight' });
    expect($storageNotices.get().map((n) => n.code)).toEqual(['storage-unavailable']);
  });

  it('removes the saved progress on "start over"', () => {
    const storage = new FakeStorage();
    disconnect = connectPersistence(content, { storage, events: null });
    setAnswer('budget', 'tight');
    expect(storage.items.has(PROGRESS_KEY)).toBe(true);
    startOver(content);
    expect(storage.items.has(PROGRESS_KEY)).toBe(false);
    expect($progress.get()).toEqual(emptyProgress(content));
  });

  it('follows another tab: takes its answers, keeps its own step, and does not write them back', () => {
    const storage = new FakeStorage();
    const window = new EventTarget();
    disconnect = connectPersistence(content, { storage, events: window });
    finishStep('organisation', 'hiring', sections);
    const writes = storage.writes;

    const other = encodeProgress({
      ...emptyProgress(content),
      answers: { budget: 'flexible' },
      step: 'priorities',
      done: ['organisation'],
    });
    storage.items.set(PROGRESS_KEY, other);
    window.dispatchEvent(storageEvent(PROGRESS_KEY, other));
    expect($progress.get().answers).toEqual({ budget: 'flexible' });
    expect($progress.get().step).toBe('hiring');
    expect(storage.writes).toBe(writes);

    window.dispatchEvent(storageEvent('some-other-key', '{}'));
    expect($progress.get().answers).toEqual({ budget: 'flexible' });
  });

  it('starts over when another tab started over (its progress removed)', () => {
    const storage = new FakeStorage();
    const window = new EventTarget();
    disconnect = connectPersistence(content, { storage, events: window });
    setAnswer('budget', 'tight');
    finishStep('organisation', 'hiring', sections);
    storage.items.delete(PROGRESS_KEY);
    window.dispatchEvent(storageEvent(PROGRESS_KEY, null));
    expect($progress.get()).toEqual(emptyProgress(content));
  });

  it('stops listening and saving once disconnected', () => {
    const storage = new FakeStorage();
    const window = new EventTarget();
    connectPersistence(content, { storage, events: window })();
    setAnswer('budget', 'tight');
    expect(storage.writes).toBe(0);
    window.dispatchEvent(storageEvent(PROGRESS_KEY, null));
    expect($progress.get().answers).toEqual({ budget: 'tight' });
  });
});
