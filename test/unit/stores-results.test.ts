import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { summarise } from '../../src/domain/engine/summarise.ts';
import { progressFromFile } from '../../src/domain/progress/from-answer-file.ts';
import { decodeProgress, encodeProgress } from '../../src/domain/progress/progress-codec.ts';
import { emptyProgress, REVIEW_STEP } from '../../src/domain/progress/progress.ts';
import { decodeLink } from '../../src/domain/share/link-codec.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import { $content } from '../../src/stores/content.ts';
import {
  $fragment,
  $opened,
  $section,
  connectAnswers,
  openAnswers,
  type AnswersWindow,
  type SavedReader,
} from '../../src/stores/opened-answers.ts';
import { PROGRESS_KEY, type StorageLike } from '../../src/stores/persistence.ts';
import { setMetaText } from '../../src/stores/result-answers.ts';
import { $result } from '../../src/stores/result-details.ts';
import { $summary } from '../../src/stores/results.ts';
import { readSaved, readSavedAnswers, replaceSaved, startEdit } from '../../src/stores/saved-answers.ts';
import { content, loadScenarios } from './helpers/content.ts';

class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  blocked = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.blocked) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A window whose address bar can be typed into, recording every replaceState. */
class FakeWindow implements AnswersWindow {
  readonly location = { hash: '', pathname: '/advisor/results/', search: '' };
  readonly replaced: string[] = [];
  private listeners: (() => void)[] = [];
  readonly history = {
    replaceState: (_data: unknown, _unused: string, url: string): void => {
      this.replaced.push(url);
      this.location.hash = url.slice(url.indexOf('#'));
    },
  };
  addEventListener(_type: 'hashchange', listener: () => void): void {
    this.listeners.push(listener);
  }
  removeEventListener(_type: 'hashchange', listener: () => void): void {
    this.listeners = this.listeners.filter((l) => l !== listener);
  }
  /** The visitor pastes another address: the fragment changes and hashchange fires. */
  typeHash(hash: string): void {
    this.location.hash = hash;
    for (const listener of this.listeners) listener();
  }
  get listening(): number {
    return this.listeners.length;
  }
}

const scenarios = loadScenarios();
const talent = scenarios.find((s) => s.name === 'total-talent')?.file;
const rpo = scenarios.find((s) => s.name === 'rpo-volume-hiring')?.file;
if (!talent || !rpo) throw new Error('scenario missing');

const noSaved: SavedReader = () => Promise.resolve({ file: null, notices: [] });
const savedFrom =
  (storage: StorageLike): SavedReader =>
  (c) =>
    Promise.resolve(readSaved(c, storage));
const source = () => $opened.get().source;
const shown = () => $opened.get().file;
const linkError = () => $opened.get().error;
const reading = () => $opened.get().phase === 'reading';
let disconnect: (() => void) | null = null;

beforeEach(() => {
  $content.set(content);
  $opened.set({ phase: 'waiting', source: 'none', error: null, file: null, notices: [], opening: 0 });
});
afterEach(() => {
  disconnect?.();
  disconnect = null;
});

describe('openAnswers (the results and RFP pages)', () => {
  it('shows the answers a link carries, with the same result as recommend()', async () => {
    for (const { file } of scenarios) {
      await openAnswers(content, `#${encodeLink(file)}`, noSaved);
      expect(source()).toBe('link');
      expect(linkError()).toBeNull();
      expect(shown()).toEqual(file);
      expect($result.get()).toEqual(recommend(content, file.answers));
      expect($summary.get()).toEqual(summarise(content, file.answers));
    }
  });

  it('refuses a damaged link with the codec’s message, and never falls back to saved answers', async () => {
    let read = 0;
    const reader: SavedReader = () => {
      read++;
      return Promise.resolve({ file: talent, notices: [] });
    };
    const fragment = encodeLink(talent);
    for (const bad of [fragment.slice(0, 12), `9${fragment.slice(1)}`, 'garbage!', `${fragment.slice(0, 5)}Z${fragment.slice(6)}`]) {
      await openAnswers(content, `#${bad}`, reader);
      const expected = decodeLink(content, bad);
      if (expected.ok) throw new Error(`${bad} should be refused`);
      expect(linkError()).toEqual(expected.error);
      expect(shown()).toBeNull();
      expect($result.get()).toBeNull();
      expect($summary.get()).toBeNull();
    }
    expect(read).toBe(0);
  });

  it('shows the saved progress when there is no link, and nothing when there is none', async () => {
    const storage = new FakeStorage();
    const opening = openAnswers(content, '', savedFrom(storage));
    expect(reading()).toBe(true);
    await opening;
    expect(reading()).toBe(false);
    expect(source()).toBe('none');
    expect(shown()).toBeNull();

    storage.items.set(PROGRESS_KEY, encodeProgress({ ...emptyProgress(content), answers: rpo.answers, meta: { client: 'Acme' } }));
    await openAnswers(content, '#', savedFrom(storage));
    expect(source()).toBe('saved');
    expect(shown()).toEqual({ answers: rpo.answers, meta: { client: 'Acme' } });
  });

  it('lets a link opened while saved answers are read win', async () => {
    let finish: (file: AnswerFile | null) => void = () => undefined;
    const slow: SavedReader = () => new Promise((resolve) => (finish = (file) => resolve({ file, notices: [] })));
    const first = openAnswers(content, '', slow);
    await openAnswers(content, `#${encodeLink(rpo)}`, slow);
    finish(talent);
    await first;
    expect(source()).toBe('link');
    expect(shown()).toEqual(rpo);
  });

  it('treats a reader that fails as no saved answers', async () => {
    await openAnswers(content, '', () => Promise.reject(new Error('chunk failed to load')));
    expect(source()).toBe('none');
    expect(reading()).toBe(false);
  });
});

describe('setMetaText', () => {
  beforeEach(() => openAnswers(content, `#${encodeLink({ answers: rpo.answers, meta: {} })}`, noSaved));

  it('stores a name in the link, as typed (trimmed), and an empty one removes it', () => {
    expect(setMetaText('client', '  <img src=x onerror=alert(1)>  ')).toBeNull();
    expect(setMetaText('preparedBy', 'J. Rivera, Northwind Advisory')).toBeNull();
    expect(shown()?.meta).toEqual({ client: '<img src=x onerror=alert(1)>', preparedBy: 'J. Rivera, Northwind Advisory' });
    const decoded = decodeLink(content, $fragment.get());
    expect(decoded.ok && decoded.value.meta.client).toBe('<img src=x onerror=alert(1)>');
    expect(setMetaText('client', '')).toBeNull();
    expect(shown()?.meta).toEqual({ preparedBy: 'J. Rivera, Northwind Advisory' });
  });

  it('refuses a name over 120 characters with the contract’s message and keeps the last good one', () => {
    setMetaText('client', 'Acme');
    const error = setMetaText('client', 'x'.repeat(121));
    expect(error?.message).toBe('"Prepared for" (client) is 121 characters long; the limit is 120.');
    expect(shown()?.meta.client).toBe('Acme');
    expect(setMetaText('client', '😀'.repeat(120))).toBeNull();
  });
});

describe('connectAnswers (the results and RFP pages)', () => {
  it('keeps the address bar equal to the screen, replacing the entry, never adding one', async () => {
    const win = new FakeWindow();
    win.location.hash = `#${encodeLink(rpo)}`;
    disconnect = connectAnswers(content, win, noSaved);
    expect(shown()).toEqual(rpo);
    expect(win.replaced).toEqual([]);

    setMetaText('client', 'Acme GmbH');
    const expected = encodeLink({ answers: rpo.answers, meta: { ...rpo.meta, client: 'Acme GmbH' } });
    expect(win.replaced).toEqual([`/advisor/results/#${expected}`]);
    expect(win.location.hash).toBe(`#${expected}`);
  });

  it('writes the link of saved answers into the address bar', async () => {
    const storage = new FakeStorage();
    storage.items.set(PROGRESS_KEY, encodeProgress(progressFromFile(content, talent)));
    const win = new FakeWindow();
    disconnect = connectAnswers(content, win, savedFrom(storage));
    await settled(() => source() === 'saved');
    expect(win.replaced).toEqual([`/advisor/results/#${encodeLink(talent)}`]);
  });

  it('opens a link pasted into the address bar, and leaves a damaged one as it is', () => {
    const win = new FakeWindow();
    win.location.hash = `#${encodeLink(rpo)}`;
    disconnect = connectAnswers(content, win, noSaved);
    win.typeHash(`#${encodeLink(talent)}`);
    expect(shown()).toEqual(talent);
    win.typeHash('#1garbage');
    const refused = decodeLink(content, '1garbage');
    expect(refused.ok).toBe(false);
    expect(linkError()).toEqual(refused.ok ? null : refused.error);
    expect(shown()).toBeNull();
    expect(win.location.hash).toBe('#1garbage');
    disconnect();
    disconnect = null;
    expect(win.listening).toBe(0);
  });
});

describe('a part of the results page named in the address', () => {
  it('#why-rpo opens the saved answers and asks for that part; the address bar then holds their link', async () => {
    const storage = new FakeStorage();
    storage.items.set(PROGRESS_KEY, encodeProgress(progressFromFile(content, talent)));
    const win = new FakeWindow();
    win.location.hash = '#why-rpo';
    $section.set(null);
    disconnect = connectAnswers(content, win, savedFrom(storage));
    expect($section.get()).toBe('why-rpo');
    await settled(() => source() === 'saved');
    expect(linkError()).toBeNull();
    expect(win.replaced).toEqual([`/advisor/results/#${encodeLink(talent)}`]);
  });

  it('?open=risks beside an answer link opens the link and asks for that part', () => {
    const win = new FakeWindow();
    win.location.hash = `#${encodeLink(rpo)}`;
    Object.assign(win.location, { search: '?open=risks' });
    $section.set(null);
    disconnect = connectAnswers(content, win, noSaved);
    expect(shown()).toEqual(rpo);
    expect($section.get()).toBe('risks');
    expect(win.replaced).toEqual([]);
  });

  it('a part named later keeps the answers on screen and puts their link back; anything else is still read as a link', () => {
    const win = new FakeWindow();
    const fragment = encodeLink(rpo);
    win.location.hash = `#${fragment}`;
    disconnect = connectAnswers(content, win, noSaved);
    const opening = $opened.get().opening;
    $section.set(null);
    win.typeHash('#method');
    expect($section.get()).toBe('method');
    expect(shown()).toEqual(rpo);
    expect($opened.get().opening).toBe(opening);
    expect(win.location.hash).toBe(`#${fragment}`);
    win.typeHash('#methods');
    expect(shown()).toBeNull();
    expect(linkError()?.title).toBe('This link is damaged');
  });
});

describe('opening the answers on screen in the questionnaire', () => {
  it('saves them, on the review, when nothing is saved yet', () => {
    const storage = new FakeStorage();
    expect(startEdit(content, talent, null, storage)).toBe('saved');
    const saved = decodeProgress(content, storage.getItem(PROGRESS_KEY)).progress;
    expect(saved.answers).toEqual(talent.answers);
    expect(saved.meta).toEqual(talent.meta);
    expect(saved.step).toBe(REVIEW_STEP);
  });

  it('opens on the step of the question to change', () => {
    const storage = new FakeStorage();
    expect(startEdit(content, talent, 'hiring', storage)).toBe('saved');
    expect(decodeProgress(content, storage.getItem(PROGRESS_KEY)).progress.step).toBe('hiring');
  });

  it('asks before replacing different saved answers, and leaves them untouched', () => {
    const storage = new FakeStorage();
    const own = encodeProgress({ ...emptyProgress(content), answers: rpo.answers, step: 'priorities' });
    storage.items.set(PROGRESS_KEY, own);
    expect(startEdit(content, talent, null, storage)).toBe('ask');
    expect(storage.getItem(PROGRESS_KEY)).toBe(own);

    expect(replaceSaved(content, talent, null, storage)).toBe('saved');
    expect(decodeProgress(content, storage.getItem(PROGRESS_KEY)).progress.answers).toEqual(talent.answers);
  });

  it('asks when only a half-typed number is saved', () => {
    const storage = new FakeStorage();
    storage.items.set(PROGRESS_KEY, encodeProgress({ ...emptyProgress(content), drafts: { annual_hires: '12x' } }));
    expect(startEdit(content, talent, null, storage)).toBe('ask');
  });

  it('keeps the visitor’s own progress for the same answers and takes only the names on screen', () => {
    const storage = new FakeStorage();
    storage.items.set(
      PROGRESS_KEY,
      encodeProgress({ ...emptyProgress(content), answers: rpo.answers, step: 'priorities', done: ['organisation'] }),
    );
    expect(startEdit(content, { answers: rpo.answers, meta: { client: 'Acme' } }, null, storage)).toBe('saved');
    const saved = decodeProgress(content, storage.getItem(PROGRESS_KEY)).progress;
    expect(saved.step).toBe('priorities');
    expect(saved.done).toEqual(['organisation']);
    expect(saved.meta).toEqual({ client: 'Acme' });
  });

  it('says so when the browser refuses to save', () => {
    const storage = new FakeStorage();
    storage.blocked = true;
    const outcome = startEdit(content, talent, null, storage);
    expect(typeof outcome === 'object' && outcome.code).toBe('edit-not-saved');
    expect(startEdit(content, talent, null, null)).toEqual(outcome);
  });
});

describe('readSavedAnswers', () => {
  it('reads the answers and names, and nothing from empty, corrupt or blocked storage', () => {
    const storage = new FakeStorage();
    expect(readSavedAnswers(content, storage)).toBeNull();
    storage.items.set(PROGRESS_KEY, '{not json');
    expect(readSavedAnswers(content, storage)).toBeNull();
    expect(readSavedAnswers(content, null)).toBeNull();
    storage.items.set(PROGRESS_KEY, encodeProgress(progressFromFile(content, talent)));
    expect(readSavedAnswers(content, storage)).toEqual(talent);
    storage.items.set(PROGRESS_KEY, encodeProgress({ ...emptyProgress(content), done: ['organisation'] }));
    expect(readSavedAnswers(content, storage)).toEqual({ answers: {}, meta: {} });
  });
});

/** Lets pending promises (the saved-answers reader) run until `ready` holds. */
async function settled(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 20 && !ready(); i++) await Promise.resolve();
  expect(ready()).toBe(true);
}
