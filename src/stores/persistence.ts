import { atom, onMount } from 'nanostores';
import type { ScoringContent } from '../domain/content.ts';
import type { FriendlyError } from '../domain/errors.ts';
import { decodeProgress, encodeProgress, type DecodedProgress } from '../domain/progress/progress-codec.ts';
import { emptyProgress, type SavedProgress } from '../domain/progress/progress.ts';
import { $content } from './content.ts';
import { $progress } from './progress.ts';
import { browserStorage, readKey, writeKey, type StorageLike } from './storage.ts';

/** The localStorage key of the saved progress (see src/domain/progress for the format). */
export const PROGRESS_KEY = 'outsourcing-advisor:progress';

export type { StorageLike };

/** What the user should know about saving: unreadable progress, storage turned off or full. */
export const $storageNotices = atom<readonly FriendlyError[]>([]);

const UNAVAILABLE: FriendlyError = {
  code: 'storage-unavailable',
  title: 'Your answers are not being saved',
  message: 'This browser blocks storage for the site: closing or reloading the tab loses them.',
  hint: 'You can still answer every question; the link to your recommendation keeps them.',
};

const FULL: FriendlyError = {
  code: 'storage-full',
  title: 'Your latest answers are not saved',
  message: "This browser's storage for the site is full.",
  hint: 'They stay while this tab is open, and the link to your recommendation keeps them.',
};

export { browserStorage };

/** Reads the saved progress. Never throws: unreadable or unavailable storage becomes notices. */
export function loadSavedProgress(content: ScoringContent, storage: StorageLike | null = browserStorage()): DecodedProgress {
  const read = readKey(storage, PROGRESS_KEY);
  if (read.blocked) return { progress: emptyProgress(content), notices: [UNAVAILABLE], status: 'none' };
  return decodeProgress(content, read.text);
}

/** True for progress with nothing in it: no answer, draft, finished section or name, on the first step. */
export function isUntouched(content: ScoringContent, progress: SavedProgress): boolean {
  return (
    Object.keys(progress.answers).length === 0 &&
    Object.keys(progress.drafts).length === 0 &&
    progress.done.length === 0 &&
    progress.meta.client === undefined &&
    progress.meta.preparedBy === undefined &&
    progress.step === emptyProgress(content).step
  );
}

/**
 * Saves progress; an empty questionnaire is saved as nothing at all. Returns the notice to show
 * when the browser refused (storage full or disabled), or null when it was saved.
 */
export function saveProgress(content: ScoringContent, progress: SavedProgress, storage: StorageLike | null): FriendlyError | null {
  const refused = writeKey(storage, PROGRESS_KEY, isUntouched(content, progress) ? null : encodeProgress(progress));
  return refused === 'full' ? FULL : refused === 'blocked' ? UNAVAILABLE : null;
}

function setSaveNotice(notice: FriendlyError | null): void {
  const others = $storageNotices.get().filter((n) => n !== FULL && n !== UNAVAILABLE);
  const next = notice ? [...others, notice] : others;
  const current = $storageNotices.get();
  if (next.length !== current.length || next.some((n, i) => n !== current[i])) $storageNotices.set(next);
}

export interface PersistenceOptions {
  readonly storage?: StorageLike | null;
  /** Where `storage` events from other tabs arrive (window); none in tests that do not need it. */
  readonly events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
}

/**
 * Loads the saved progress into $progress, saves every later change, and follows changes made
 * in other tabs (keeping this tab's own step). Returns a function that stops all of it.
 */
export function connectPersistence(content: ScoringContent, options: PersistenceOptions = {}): () => void {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const events = options.events === undefined ? (globalThis.window ?? null) : options.events;
  const loaded = loadSavedProgress(content, storage);
  $storageNotices.set(loaded.notices);
  $progress.set(loaded.progress);

  let fromOtherTab = false;
  const unlisten = $progress.listen((progress) => {
    if (!fromOtherTab) setSaveNotice(saveProgress(content, progress, storage));
  });

  const onStorage = (event: Event): void => {
    const { key, newValue } = event as StorageEvent;
    if (key !== PROGRESS_KEY && key !== null) return;
    const decoded = decodeProgress(content, newValue ?? null);
    const ownStep = $progress.get().step;
    fromOtherTab = true;
    $progress.set(newValue === null ? decoded.progress : { ...decoded.progress, step: ownStep });
    fromOtherTab = false;
    if (decoded.notices.length > 0) $storageNotices.set(decoded.notices);
  };
  events?.addEventListener('storage', onStorage);
  return () => {
    unlisten();
    events?.removeEventListener('storage', onStorage);
  };
}

// In the browser, the questionnaire's first read of the progress loads the saved progress (so a
// returning visitor never sees step 1 flash by) and saves from then on.
onMount($progress, () => {
  return typeof window === 'undefined' ? undefined : connectPersistence($content.get());
});
