import { atom, computed, onMount } from 'nanostores';
import type { AnswerFile } from '../domain/answers/answers.ts';
import type { ScoringContent } from '../domain/content.ts';
import type { FriendlyError } from '../domain/errors.ts';
import { decodeLink, type LinkError } from '../domain/share/link-codec.ts';
import { encodeLink } from '../domain/share/link-encode.ts';
import { readAddress, type ResultSection } from '../domain/share/sections.ts';
import { $content } from './content.ts';
import type { SavedRead } from './saved-answers.ts';

/** Where the answers on screen came from: a share link, this browser's saved progress, or nowhere. */
export type AnswersSource = 'link' | 'saved' | 'none';

/**
 * The answers the results and RFP pages show: those of the link in the address bar or, for a page
 * opened without one, the progress saved in this browser by the questionnaire.
 */
export interface OpenedAnswers {
  /** 'waiting' until the page has read its address, 'reading' while the saved progress is read, then 'open'. */
  readonly phase: 'waiting' | 'reading' | 'open';
  readonly source: AnswersSource;
  /** Why the link in the address bar could not be opened; null when it could (or there is none). */
  readonly error: LinkError | null;
  /** The answers and names on screen; null when there are none to show. */
  readonly file: AnswerFile | null;
  /** What reading the saved progress ran into (damaged, answers dropped, storage blocked); empty for a link. */
  readonly notices: readonly FriendlyError[];
  /** How many times answers were opened: views that hold typed text start afresh when it changes. */
  readonly opening: number;
}

const WAITING: OpenedAnswers = { phase: 'waiting', source: 'none', error: null, file: null, notices: [], opening: 0 };

export const $opened = atom<OpenedAnswers>(WAITING);

/** The link fragment (without "#") that reproduces the screen; empty when there is nothing to share. */
export const $fragment = computed($opened, ({ file }): string => (file ? encodeLink(file) : ''));

/**
 * The part of the results page the address asked to open (`#why-rpo`, or `?open=why-rpo` beside an
 * answer link); the view opens it, then sets this back to null.
 */
export const $section = atom<ResultSection | null>(null);

/**
 * The brand's "Prepared by", for a page that fills it in where the answers name no author (the
 * results page sets it; the link on screen then carries it). Undefined: answers open as they are.
 */
export const $defaultAuthor = atom<string | undefined>(undefined);

/** The answers with `author` as "Prepared by" when they name no one (or only spaces). */
function withAuthor(file: AnswerFile | null, author: string | undefined): AnswerFile | null {
  if (!file || !author || file.meta.preparedBy?.trim()) return file;
  return { answers: file.answers, meta: { ...file.meta, preparedBy: author } };
}

/** Reads the answers saved in this browser by the questionnaire, and what reading them ran into. */
export type SavedReader = (content: ScoringContent) => Promise<SavedRead>;

// The saved-progress codec loads only for a page opened without a link: links, the common case, never need it.
const readSaved: SavedReader = (content) => import('./saved-answers.ts').then((m) => m.readSaved(content));

/**
 * Opens the answers a fragment carries or, with no fragment (or one naming a part of the page), the
 * progress saved in this browser. Never throws: a link that cannot be read becomes the error, and
 * the saved progress is not used in its place, so what is on screen is always what the link says.
 * An author the answers do not name is filled in from $defaultAuthor.
 */
export async function openAnswers(content: ScoringContent, hash: string, reader: SavedReader = readSaved, search = ''): Promise<void> {
  const opening = $opened.get().opening + 1;
  const { fragment, section } = readAddress(hash, search);
  if (section) $section.set(section);
  if (fragment.trim() !== '') {
    const decoded = decodeLink(content, fragment);
    $opened.set({
      phase: 'open',
      source: 'link',
      error: decoded.ok ? null : decoded.error,
      file: decoded.ok ? withAuthor(decoded.value, $defaultAuthor.get()) : null,
      notices: [],
      opening,
    });
    return;
  }
  $opened.set({ ...WAITING, phase: 'reading', opening });
  const read = await reader(content).catch((): SavedRead => ({ file: null, notices: [] }));
  // A link opened while the saved progress was read wins.
  if ($opened.get().opening !== opening) return;
  const file = withAuthor(read.file, $defaultAuthor.get());
  $opened.set({ phase: 'open', source: file ? 'saved' : 'none', error: null, file, notices: read.notices, opening });
}

/** The parts of window these pages read and write, so tests can pass fakes. */
export interface AnswersWindow {
  readonly location: { readonly hash: string; readonly pathname: string; readonly search: string };
  readonly history: { replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

/**
 * Opens the answers from the address bar (or saved progress), then keeps the address bar's
 * fragment equal to what is on screen (replacing the history entry, never adding one), and opens
 * a new fragment typed or pasted into the address bar. Returns a function that stops it.
 */
export function connectAnswers(content: ScoringContent, win: AnswersWindow, reader: SavedReader = readSaved): () => void {
  void openAnswers(content, win.location.hash, reader, win.location.search);
  const follow = (fragment: string): void => {
    const { hash, pathname, search } = win.location;
    if (fragment !== '' && hash !== `#${fragment}`) win.history.replaceState(null, '', `${pathname}${search}#${fragment}`);
  };
  const unlisten = $fragment.subscribe(follow);
  const onHashChange = (): void => {
    const { section } = readAddress(win.location.hash);
    // A part of the page named while answers are on screen opens that part and keeps the answers (and their link).
    if (section && $opened.get().file) {
      $section.set(section);
      follow($fragment.get());
    } else void openAnswers(content, win.location.hash, reader);
  };
  win.addEventListener('hashchange', onHashChange);
  return () => {
    unlisten();
    win.removeEventListener('hashchange', onHashChange);
  };
}

// In the browser, the first view to read the answers connects them to the address bar.
onMount($opened, () => {
  return typeof window === 'undefined' ? undefined : connectAnswers($content.get(), window);
});
