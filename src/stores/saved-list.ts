import { atom, computed, onMount } from 'nanostores';
import type { AnswerFile } from '../domain/answers/answers.ts';
import type { ScoringContent } from '../domain/content.ts';
import { scoreAnswers, type ScoreSummary } from '../domain/engine/score-answers.ts';
import type { FriendlyError } from '../domain/errors.ts';
import {
  MAX_ENTRIES,
  mergeLists,
  newEntry,
  readSavedListText,
  sameRecommendation,
  serialiseSavedList,
  type ListEntry,
  type MergeReport,
  type SavedEntry,
} from '../domain/saved/saved-list.ts';
import { $content } from './content.ts';
import type { PersistenceOptions } from './persistence.ts';
import { browserStorage, readKey, writeKey, type StorageLike } from './storage.ts';

/** The localStorage key of "My recommendations" (a list file, see src/domain/saved/saved-list.ts). */
export const SAVED_LIST_KEY = 'outsourcing-advisor:saved';

/** The recommendations kept in this browser, newest first; unreadable entries are kept where they were. */
export const $savedList = atom<readonly ListEntry[]>([]);

/** reading: not loaded yet; ready; unreadable: what is stored cannot be read, and is left untouched until the visitor decides. */
export type ListStatus = 'reading' | 'ready' | 'unreadable';
export const $listStatus = atom<ListStatus>('reading');

/** Why the list is not being kept (storage blocked or full), or why the stored list cannot be read; null when all is well. */
export const $listNotice = atom<FriendlyError | null>(null);

/**
 * Each entry with its verdict, set, scores and confidence from the engine (exactly recommend()'s,
 * without the explanations the list does not show); null for an entry that cannot be read.
 */
export const $savedRows = computed([$content, $savedList], (content, entries) =>
  entries.map((entry): { readonly entry: ListEntry; readonly result: ScoreSummary | null } => ({
    entry,
    result: content && entry.kind === 'saved' ? scoreAnswers(content, entry.file.answers) : null,
  })),
);

const UNAVAILABLE: FriendlyError = {
  code: 'storage-unavailable',
  title: 'Your list is not being kept',
  message: 'This browser blocks storage for the site, so the list lasts only while this tab is open.',
  hint: 'Export it to keep it: the file can be imported again here or on another computer.',
};

const FULL: FriendlyError = {
  code: 'storage-full',
  title: 'Your latest change is not kept',
  message: "This browser's storage for the site is full.",
  hint: 'The list stays as it is in this tab: export it to keep it.',
};

const NOT_KEPT: FriendlyError = {
  code: 'storage-unavailable',
  title: 'It could not be kept',
  message: 'This browser blocks storage for the site, so nothing can be kept in your list here.',
  hint: 'The link on this page still holds the whole recommendation: bookmark it or send it to yourself.',
};

const NOT_KEPT_FULL: FriendlyError = {
  code: 'storage-full',
  title: 'It could not be kept',
  message: "This browser's storage for the site is full.",
  hint: 'The link on this page still holds the whole recommendation: bookmark it or send it to yourself.',
};

function unreadable(problem: FriendlyError): FriendlyError {
  return {
    code: 'list-unreadable',
    title: 'Your list in this browser cannot be read',
    message: `${problem.title}: ${problem.message}`,
    hint: 'It is left as it is. Download it to look at it or repair it, or start a new list, which deletes it.',
  };
}

/** What the storage holds: the list, nothing (an empty list), or a list that cannot be read. Never throws. */
type Stored =
  | { readonly kind: 'list'; readonly entries: ListEntry[] }
  | { readonly kind: 'blocked' }
  | { readonly kind: 'unreadable'; readonly raw: string; readonly problem: FriendlyError };

function readStored(content: ScoringContent, storage: StorageLike | null): Stored {
  const read = readKey(storage, SAVED_LIST_KEY);
  if (read.blocked) return { kind: 'blocked' };
  const raw = read.text;
  if (raw === null) return { kind: 'list', entries: [] };
  const list = readSavedListText(content, raw, 'The stored list');
  return list.ok ? { kind: 'list', entries: list.value } : { kind: 'unreadable', raw, problem: list.error };
}

/** Writes the list; an empty list is stored as nothing. Returns why it could not be kept, or null. */
function writeStored(entries: readonly ListEntry[], storage: StorageLike | null): FriendlyError | null {
  const refused = writeKey(storage, SAVED_LIST_KEY, entries.length === 0 ? null : serialiseSavedList(entries, 0));
  return refused === 'full' ? FULL : refused === 'blocked' ? UNAVAILABLE : null;
}

// Where the list on screen is kept; set by connectSavedList.
let storage: StorageLike | null = null;
let unreadableText = '';
let connected = false;

function show(content: ScoringContent): void {
  const stored = readStored(content, storage);
  unreadableText = stored.kind === 'unreadable' ? stored.raw : '';
  $savedList.set(stored.kind === 'list' ? stored.entries : []);
  $listStatus.set(stored.kind === 'unreadable' ? 'unreadable' : 'ready');
  $listNotice.set(stored.kind === 'blocked' ? UNAVAILABLE : stored.kind === 'unreadable' ? unreadable(stored.problem) : null);
}

/**
 * Shows the list kept in this browser and follows changes made in other tabs. Returns a function
 * that stops following them.
 */
export function connectSavedList(content: ScoringContent, options: PersistenceOptions = {}): () => void {
  $content.set(content);
  storage = options.storage === undefined ? browserStorage() : options.storage;
  const events = options.events === undefined ? (globalThis.window ?? null) : options.events;
  show(content);
  const onStorage = (event: Event): void => {
    const { key } = event as StorageEvent;
    if (key === SAVED_LIST_KEY || key === null) show(content);
  };
  events?.addEventListener('storage', onStorage);
  connected = true;
  return () => {
    connected = false;
    events?.removeEventListener('storage', onStorage);
  };
}

// The page shows the list while it watches $listStatus: the store connects itself to the window
// then, unless it was connected already (tests connect it to a fake storage).
onMount($listStatus, () => {
  const content = $content.get();
  return content && !connected ? connectSavedList(content) : undefined;
});

/** Puts a changed list on screen and keeps it; while the stored list cannot be read, nothing is written over it. */
function change(entries: readonly ListEntry[]): void {
  if ($listStatus.get() === 'unreadable') return;
  $savedList.set(entries);
  $listNotice.set(writeStored(entries, storage));
}

function savedAt(index: number): SavedEntry | null {
  const entry = $savedList.get()[index];
  return entry?.kind === 'saved' ? entry : null;
}

/** Gives an entry a new label ("" for none). Returns why the label cannot be used, or null. */
export function renameEntry(index: number, label: string): FriendlyError | null {
  const entry = savedAt(index);
  if (!entry) return null;
  const renamed = newEntry(entry.file, label, entry.savedAt);
  if (!renamed.ok) return renamed.error;
  change($savedList.get().map((e, i) => (i === index ? renamed.value : e)));
  return null;
}

/** Puts a copy of an entry, kept now, right after it: the start of a what-if ("after the acquisition"). */
export function duplicateEntry(index: number, copyLabel: (label: string) => string, now = new Date()): void {
  const entry = savedAt(index);
  if (!entry || $savedList.get().length >= MAX_ENTRIES) return;
  const copy = newEntry(entry.file, copyLabel(entry.label), now.toISOString());
  const made = copy.ok ? copy.value : { ...entry, savedAt: now.toISOString() };
  const list = [...$savedList.get()];
  list.splice(index + 1, 0, made);
  change(list);
}

/** Deletes an entry and returns it, so it can be put back. */
export function deleteEntry(index: number): ListEntry | undefined {
  const list = [...$savedList.get()];
  const [removed] = list.splice(index, 1);
  if (removed) change(list);
  return removed;
}

/** Puts a deleted entry back where it was. */
export function restoreEntry(index: number, entry: ListEntry): void {
  const list = [...$savedList.get()];
  list.splice(Math.min(index, list.length), 0, entry);
  change(list);
}

/** Adds the recommendations of a list file to the list (those already there are not added twice), or says why the file cannot be read. */
export function importList(content: ScoringContent, text: string, fileName: string): MergeReport | FriendlyError {
  const incoming = readSavedListText(content, text, `"${fileName}"`);
  if (!incoming.ok) return incoming.error;
  const report = mergeLists($savedList.get(), incoming.value);
  if (report.added > 0) change(report.entries);
  return report;
}

/** The list as a list file, to download. */
export function exportText(): string {
  return serialiseSavedList($savedList.get());
}

/** What is stored when it cannot be read, exactly as stored, to download before starting afresh. */
export function unreadableStoredText(): string {
  return unreadableText;
}

/** Deletes a stored list that cannot be read and starts an empty one (after the visitor has confirmed). */
export function startNewList(): void {
  $listStatus.set('ready');
  unreadableText = '';
  change([]);
}

/** What "Add to my list" did. */
export type KeepOutcome = 'kept' | 'already' | FriendlyError;

/**
 * Keeps the recommendation on screen in this browser's list, newest first, with a label. Reads
 * the list afresh (another tab may have changed it) and never writes over a list it cannot read.
 */
export function keepInList(
  content: ScoringContent,
  file: AnswerFile,
  label: string,
  from: StorageLike | null = browserStorage(),
  now = new Date(),
): KeepOutcome {
  const entry = newEntry(file, label, now.toISOString());
  if (!entry.ok) return entry.error;
  const stored = readStored(content, from);
  if (stored.kind === 'blocked') return NOT_KEPT;
  if (stored.kind === 'unreadable') return unreadable(stored.problem);
  if (stored.entries.some((e) => e.kind === 'saved' && sameRecommendation(e, entry.value))) return 'already';
  if (stored.entries.length >= MAX_ENTRIES)
    return {
      code: 'list-full',
      title: 'Your list is full',
      message: `It holds ${MAX_ENTRIES} recommendations, the most it can.`,
      hint: 'Delete some you no longer need (export the list first to keep a copy), then keep this one.',
    };
  const problem = writeStored([entry.value, ...stored.entries], from);
  return problem === null ? 'kept' : problem === FULL ? NOT_KEPT_FULL : NOT_KEPT;
}
