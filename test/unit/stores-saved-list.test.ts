import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import { readSavedListText, serialiseSavedList, type ListEntry } from '../../src/domain/saved/saved-list.ts';
import {
  $listNotice,
  $listStatus,
  $savedList,
  $savedRows,
  connectSavedList,
  deleteEntry,
  duplicateEntry,
  exportText,
  importList,
  keepInList,
  renameEntry,
  restoreEntry,
  SAVED_LIST_KEY,
  startNewList,
  unreadableStoredText,
} from '../../src/stores/saved-list.ts';
import { fixtureContent as content } from './helpers/engine-fixture.ts';
import { FakeStorage, quotaError, securityError, storageEvent } from './helpers/fake-storage.ts';

const acme: AnswerFile = { answers: { annual_hires: 400, recruiting_capacity: 'stretched' }, meta: { client: 'Acme GmbH' } };
const later: AnswerFile = { answers: { annual_hires: 40 }, meta: { client: 'Acme GmbH' } };
const MONDAY = new Date('2026-03-02T10:15:00.000Z');
const TUESDAY = new Date('2026-03-03T09:00:00.000Z');
const copyOf = (label: string): string => `${label} (copy)`;

let disconnect: (() => void) | null = null;
afterEach(() => {
  disconnect?.();
  disconnect = null;
});

/** What the storage holds, read back through the list file's own reader. */
function stored(storage: FakeStorage): ListEntry[] {
  const text = storage.items.get(SAVED_LIST_KEY);
  if (text === undefined) return [];
  const list = readSavedListText(content, text, 'stored');
  if (!list.ok) throw new Error(list.error.message);
  return list.value;
}

function connect(storage: FakeStorage | null, events: EventTarget | null = null): void {
  disconnect = connectSavedList(content, { storage, events });
}

function labels(): string[] {
  return $savedList.get().map((e) => (e.kind === 'saved' ? e.label : '?'));
}

describe('keeping a recommendation from the results page', () => {
  it('keeps it newest first, once, and the list page shows it with its verdict', () => {
    const storage = new FakeStorage();
    expect(keepInList(content, acme, ' today ', storage, MONDAY)).toBe('kept');
    expect(keepInList(content, later, 'fewer hires', storage, TUESDAY)).toBe('kept');
    expect(keepInList(content, acme, 'today', storage, TUESDAY)).toBe('already');
    expect(stored(storage).map((e) => (e.kind === 'saved' ? [e.label, e.savedAt] : []))).toEqual([
      ['fewer hires', TUESDAY.toISOString()],
      ['today', MONDAY.toISOString()],
    ]);
    connect(storage);
    expect($listStatus.get()).toBe('ready');
    expect($savedRows.get().map((r) => r.result?.scores.RPO)).toEqual([0, 70]);
  });

  it('refuses a label that is not plain text, and says when the browser will not keep it', () => {
    const storage = new FakeStorage();
    expect(keepInList(content, acme, 'a\nb', storage)).toMatchObject({ code: 'invalid-label' });
    storage.failWith = quotaError();
    expect(keepInList(content, acme, '', storage)).toMatchObject({ code: 'storage-full', title: 'It could not be kept' });
    storage.failWith = securityError();
    expect(keepInList(content, acme, '', storage)).toMatchObject({ code: 'storage-unavailable', title: 'It could not be kept' });
    expect(keepInList(content, acme, '', null)).toMatchObject({ code: 'storage-unavailable' });
  });
});

describe('the list page', () => {
  function filled(): FakeStorage {
    const storage = new FakeStorage();
    keepInList(content, acme, 'today', storage, MONDAY);
    keepInList(content, later, 'fewer hires', storage, TUESDAY);
    return storage;
  }

  it('renames, duplicates, deletes and puts back, keeping every change', () => {
    const storage = filled();
    connect(storage);
    expect(renameEntry(1, '  before growth ')).toBeNull();
    expect(renameEntry(1, 'x'.repeat(61))).toMatchObject({ code: 'invalid-label' });
    duplicateEntry(1, copyOf, TUESDAY);
    expect(labels()).toEqual(['fewer hires', 'before growth', 'before growth (copy)']);
    const removed = deleteEntry(0);
    expect(labels()).toEqual(['before growth', 'before growth (copy)']);
    restoreEntry(0, removed as ListEntry);
    expect(labels()).toEqual(['fewer hires', 'before growth', 'before growth (copy)']);
    expect(stored(storage)).toEqual($savedList.get());
    deleteEntry(0);
    deleteEntry(0);
    deleteEntry(0);
    expect(storage.items.has(SAVED_LIST_KEY)).toBe(false);
  });

  it('round-trips through export and import into another browser, adding nothing twice', () => {
    connect(filled());
    const file = exportText();
    disconnect?.();
    const elsewhere = new FakeStorage();
    keepInList(content, { answers: {}, meta: {} }, 'own', elsewhere, MONDAY);
    connect(elsewhere);
    const report = importList(content, file, 'my-list.json');
    expect(report).toMatchObject({ added: 2, already: 0 });
    expect(labels()).toEqual(['own', 'fewer hires', 'today']);
    expect(stored(elsewhere).slice(1)).toEqual((readSavedListText(content, file, 'file') as { value: ListEntry[] }).value);
    expect(importList(content, file, 'my-list.json')).toMatchObject({ added: 0, already: 2 });
    expect(importList(content, '{"answers":{}}', 'one.json')).toMatchObject({ code: 'invalid-list' });
    expect(labels()).toEqual(['own', 'fewer hires', 'today']);
  });

  it('keeps working in the tab when the browser refuses to store, and says so', () => {
    const storage = filled();
    connect(storage);
    storage.failWith = quotaError();
    renameEntry(0, 'renamed');
    expect(labels()[0]).toBe('renamed');
    expect($listNotice.get()).toMatchObject({ code: 'storage-full' });
    storage.failWith = null;
    renameEntry(0, 'renamed again');
    expect($listNotice.get()).toBeNull();

    connect(null);
    expect($listNotice.get()).toMatchObject({ code: 'storage-unavailable', title: 'Your list is not being kept' });
    expect(importList(content, serialiseSavedList(stored(storage)), 'list.json')).toMatchObject({ added: 2 });
    expect(labels()).toEqual(['renamed again', 'today']);
  });

  it('leaves a stored list it cannot read untouched until the visitor starts a new one', () => {
    const storage = new FakeStorage();
    const damaged = '{"format":"outsourcing-advisor/saved-recommendations","version":7,"entries":[]}';
    storage.items.set(SAVED_LIST_KEY, damaged);
    connect(storage);
    expect($listStatus.get()).toBe('unreadable');
    expect($listNotice.get()).toMatchObject({ code: 'list-unreadable', message: expect.stringContaining('format version 7') });
    expect(unreadableStoredText()).toBe(damaged);
    importList(content, serialiseSavedList([]), 'x.json');
    expect(keepInList(content, acme, '', storage)).toMatchObject({ code: 'list-unreadable' });
    expect(storage.items.get(SAVED_LIST_KEY)).toBe(damaged);
    startNewList();
    expect([$listStatus.get(), $listNotice.get(), storage.items.has(SAVED_LIST_KEY)]).toEqual(['ready', null, false]);
  });

  it('follows changes made in another tab', () => {
    const storage = new FakeStorage();
    const events = new EventTarget();
    connect(storage, events);
    expect(labels()).toEqual([]);
    keepInList(content, acme, 'from the other tab', storage);
    events.dispatchEvent(storageEvent(SAVED_LIST_KEY, storage.items.get(SAVED_LIST_KEY) ?? null));
    expect(labels()).toEqual(['from the other tab']);
    events.dispatchEvent(storageEvent('outsourcing-advisor:progress', '{}'));
    expect(labels()).toEqual(['from the other tab']);
  });
});
