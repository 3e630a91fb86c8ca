import { beforeEach, describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import { encodeLink } from '../../src/domain/share/link-codec.ts';
import { $content } from '../../src/stores/content.ts';
import type { StorageLike } from '../../src/stores/persistence.ts';
import { $fragment, $opened, connectAnswers, type AnswersWindow, type SavedReader } from '../../src/stores/opened-answers.ts';
import { $rfpDocument, $rfpRecommendation } from '../../src/stores/rfp-document.ts';
import { $rfpOutline, $tenderSet } from '../../src/stores/rfp.ts';
import {
  $draft,
  $draftNotice,
  chooseModels,
  connectDraft,
  draftKey,
  dropBlankEdit,
  localToday,
  openDraft,
  setEdit,
} from '../../src/stores/rfp-draft.ts';
import { content, loadScenarios } from './helpers/content.ts';
import { sectionText } from './helpers/rfp.ts';

const scenarios = loadScenarios();
const fileOf = (name: string): AnswerFile => {
  const found = scenarios.find((s) => s.name === name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found.file;
};

class FakeStorage implements StorageLike {
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
    this.items.delete(key);
  }
}

function fakeWindow(hash: string): AnswersWindow & { replaced: string[] } {
  const replaced: string[] = [];
  return {
    replaced,
    location: { hash, pathname: '/rfp/', search: '' },
    history: { replaceState: (_data, _unused, url) => void replaced.push(url) },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
}

const WAITING = { phase: 'waiting', source: 'none', error: null, file: null, notices: [], opening: 0 } as const;
const saved =
  (file: AnswerFile | null): SavedReader =>
  () =>
    Promise.resolve({ file, notices: [] });
/** What the RFP page reads of the answers on screen. */
const rfpAnswers = () => {
  const { phase, error, file } = $opened.get();
  return { reading: phase !== 'open', error, file, fragment: $fragment.get() };
};

/** Opens the RFP page's address as the page does on load, and waits for the saved progress to be read. */
async function openRfp(win: AnswersWindow, reader: SavedReader): Promise<void> {
  const stop = connectAnswers(content, win, reader);
  for (let i = 0; i < 20 && $opened.get().phase !== 'open'; i++) await Promise.resolve();
  stop();
}

beforeEach(() => {
  $content.set(content);
  $opened.set(WAITING);
  $draft.set(null);
  $draftNotice.set(null);
});

describe('the RFP page opening its answers (the store the results page uses too)', () => {
  it('opens the answers of a link, never the saved ones', async () => {
    const file = fileOf('total-talent');
    const fragment = encodeLink(file);
    const win = fakeWindow(`#${fragment}`);
    await openRfp(win, () => Promise.reject(new Error('must not read saved progress')));
    expect(rfpAnswers()).toEqual({ reading: false, error: null, file, fragment });
    expect($rfpRecommendation.get()?.recommendation.models).toEqual(['HRO', 'RPO']);
    expect(win.replaced).toEqual([]);
  });

  it('turns a damaged link into its error, without a file', async () => {
    await openRfp(fakeWindow('#9zz'), saved(fileOf('total-talent')));
    const state = rfpAnswers();
    expect(state.file).toBeNull();
    expect(state.error?.title).toBe('This link is from a newer version');
    expect($rfpRecommendation.get()).toBeNull();
  });

  it('without a link, opens the saved answers and puts their link in the address bar', async () => {
    const file = fileOf('rpo-volume-hiring');
    const win = fakeWindow('');
    await openRfp(win, saved(file));
    expect(rfpAnswers()).toEqual({ reading: false, error: null, file, fragment: encodeLink(file) });
    expect(win.replaced).toEqual([`/rfp/#${encodeLink(file)}`]);
  });

  it('without a link or saved answers (or when reading them fails), has nothing to show', async () => {
    await openRfp(fakeWindow(''), saved(null));
    expect(rfpAnswers()).toEqual({ reading: false, error: null, file: null, fragment: '' });
    await openRfp(fakeWindow('#'), () => Promise.reject(new Error('storage blocked')));
    expect(rfpAnswers()).toEqual({ reading: false, error: null, file: null, fragment: '' });
  });

  it('lets a link opened while the saved answers are read win', async () => {
    const file = fileOf('total-talent');
    let release: (value: AnswerFile | null) => void = () => undefined;
    const slow = openRfp(fakeWindow(''), () => new Promise((resolve) => (release = (f) => resolve({ file: f, notices: [] }))));
    await openRfp(fakeWindow(`#${encodeLink(file)}`), saved(null));
    release(fileOf('rpo-volume-hiring'));
    await slow;
    expect(rfpAnswers().file).toEqual(file);
  });
});

describe('the draft kept for a link', () => {
  const file = fileOf('total-talent');
  const fragment = encodeLink(file);
  const open = (storage: StorageLike | null): void => {
    $opened.set({ ...WAITING, phase: 'open', source: 'link', file });
    openDraft(fragment, '2026-03-02', () => storage);
  };

  it('starts dated today, keeps every entry under the link, and rebuilds the document with it', () => {
    const storage = new FakeStorage();
    open(storage);
    expect($draft.get()).toEqual({ v: 1, today: '2026-03-02', edits: {} });
    setEdit('contact-name', 'Jordan Lee ');
    expect(JSON.parse(storage.items.get(draftKey(fragment)) ?? '{}')).toEqual({
      v: 1,
      today: '2026-03-02',
      edits: { 'contact-name': 'Jordan Lee ' },
    });
    expect(sectionText($rfpDocument.get() ?? expect.fail('no document'), 'cover')).toContain(
      'Contact for this request: Jordan Lee, [Contact email]',
    );

    $draft.set(null);
    open(storage);
    expect($draft.get()?.edits).toEqual({ 'contact-name': 'Jordan Lee ' });
    expect($draftNotice.get()).toBeNull();
  });

  it('keeps an empty entry while the field is being edited, and forgets it when the field is left', () => {
    const storage = new FakeStorage();
    open(storage);
    setEdit('version', '');
    expect($draft.get()?.edits).toEqual({ version: '' });
    expect(sectionText($rfpDocument.get() ?? expect.fail('no document'), 'cover')).toContain('Version: Draft 1');
    dropBlankEdit('version');
    expect($draft.get()?.edits).toEqual({});
    setEdit('version', 'Final');
    dropBlankEdit('version');
    expect($draft.get()?.edits).toEqual({ version: 'Final' });
  });

  it('shows the outline (title, contents) from the first look, the same as the document once it is written', () => {
    open(new FakeStorage());
    const doc = $rfpDocument.get() ?? expect.fail('no document');
    expect($tenderSet.get()).toEqual({ models: ['HRO', 'RPO'], scores: $rfpRecommendation.get()?.scores });
    expect($rfpOutline.get()).toEqual({
      kind: doc.kind,
      title: doc.title,
      models: doc.models,
      toc: doc.sections.map(({ id, number, title }) => ({ id, number, title })),
    });
    chooseModels([]);
    chooseModels(['KPO']);
    expect($rfpOutline.get()?.title).toBe($rfpDocument.get()?.title);
  });

  it('tenders chosen models instead of the recommendation, and goes back with none', () => {
    open(new FakeStorage());
    chooseModels(['KPO']);
    expect($rfpDocument.get()?.models).toEqual(['KPO']);
    chooseModels([]);
    expect($draft.get()).toEqual({ v: 1, today: '2026-03-02', edits: {} });
    expect($rfpDocument.get()?.models).toEqual(['HRO', 'RPO']);
  });

  it('says when storage is blocked, and still edits in memory', () => {
    const storage = new FakeStorage();
    storage.failWith = new DOMException('denied', 'SecurityError');
    open(storage);
    expect($draftNotice.get()).toBe('unavailable');
    setEdit('contact-name', 'Jo');
    expect($draft.get()?.edits).toEqual({ 'contact-name': 'Jo' });
    expect($draftNotice.get()).toBe('unavailable');
    open(null);
    expect($draftNotice.get()).toBe('unavailable');
  });

  it('says when storage is full, and clears the notice once a save works again', () => {
    const storage = new FakeStorage();
    open(storage);
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    setEdit('contact-name', 'Jo');
    expect($draftNotice.get()).toBe('full');
    expect($draft.get()?.edits).toEqual({ 'contact-name': 'Jo' });
    storage.failWith = null;
    setEdit('contact-name', 'Jordan');
    expect($draftNotice.get()).toBeNull();
  });

  it('sets aside a damaged kept draft with a notice and starts afresh', () => {
    const storage = new FakeStorage();
    storage.items.set(draftKey(fragment), '{"v":1,"today":');
    open(storage);
    expect($draftNotice.get()).toBe('unreadable');
    expect($draft.get()).toEqual({ v: 1, today: '2026-03-02', edits: {} });
  });

  it('opens the draft of each link as the page changes link, and none without answers', () => {
    const storage = new FakeStorage();
    storage.items.set(draftKey(fragment), JSON.stringify({ v: 1, today: '2025-12-01', edits: { currency: 'EUR' } }));
    const stop = connectDraft(
      () => '2026-03-02',
      () => storage,
    );
    expect($draft.get()).toBeNull();
    $opened.set({ ...WAITING, phase: 'open', source: 'link', file });
    expect($draft.get()).toEqual({ v: 1, today: '2025-12-01', edits: { currency: 'EUR' } });
    const other = fileOf('rpo-volume-hiring');
    $opened.set({ ...WAITING, phase: 'open', source: 'link', file: other });
    expect($draft.get()).toEqual({ v: 1, today: '2026-03-02', edits: {} });
    stop();
  });

  it("gives today's date in the visitor's time zone", () => {
    expect(localToday(new Date(2026, 2, 2, 23, 59))).toBe('2026-03-02');
    expect(localToday(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});
