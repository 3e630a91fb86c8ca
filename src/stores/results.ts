import { atom, computed } from 'nanostores';
import type { AnswerFile } from '../domain/answers/answers.ts';
import { parseMetaText } from '../domain/answers/parse-meta.ts';
import type { AdvisorContent } from '../domain/content.ts';
import { recommend } from '../domain/engine/recommend.ts';
import { withChange } from '../domain/engine/with-change.ts';
import type { Change, Recommendation } from '../domain/engine/recommendation.ts';
import type { FriendlyError } from '../domain/errors.ts';
import { decodeLink, type LinkError } from '../domain/share/link-codec.ts';
import { encodeLink } from '../domain/share/link-encode.ts';
import { $content } from './content.ts';

/** Where the answers on screen came from: a share link, this browser's saved progress, or nowhere (yet). */
export type ResultSource = 'link' | 'saved' | 'none';

export const $source = atom<ResultSource>('none');
/** True while the saved progress is being read (a page opened without a link). */
export const $reading = atom(false);
/** Why the link in the address bar could not be opened; null when it could (or there is none). */
export const $linkError = atom<LinkError | null>(null);
/** The answers and names on screen; null when there are none to show. */
export const $resultFile = atom<AnswerFile | null>(null);
/** How many times answers were opened: views that hold typed text start afresh when it changes. */
export const $openCount = atom(0);

/**
 * What reading this browser's saved answers ran into (progress damaged, answers dropped, storage
 * blocked), for a page opened without a link; empty otherwise.
 */
export const $savedNotices = atom<readonly FriendlyError[]>([]);

/** Why the answers on screen could not be opened in the questionnaire: storage refused, or the code to do it did not load. */
export const $editError = atom<FriendlyError | 'unavailable' | null>(null);

/** The recommendation on screen, from the same engine as the wizard and the command line. */
export const $result = computed([$content, $resultFile], (content, file): Recommendation | null =>
  content && file ? recommend(content, file.answers) : null,
);

/**
 * A "what would change it" entry being previewed beside the result, or null. Previewing never
 * touches the answers on screen, the link, the saved progress or the RFP draft.
 */
export const $preview = atom<Change | null>(null);

/** The recommendation the previewed change would give, from the same engine; null when nothing is previewed. */
export const $previewResult = computed([$content, $resultFile, $preview], (content, file, change): Recommendation | null => {
  if (!content || !file || !change) return null;
  return recommend(content, withChange(file.answers, change));
});

/** The link fragment (without "#") that reproduces the screen; empty when there is nothing to share. */
export const $fragment = computed($resultFile, (file): string => (file ? encodeLink(file) : ''));

/** Reads the answers saved in this browser, null when there are none. */
export type SavedReader = (content: AdvisorContent) => Promise<AnswerFile | null>;

// The saved-progress codec loads only for a page opened without a link: links, the common case, never need it.
const readSaved: SavedReader = (content) =>
  import('./saved-answers.ts').then((m) => {
    const read = m.readSaved(content);
    $savedNotices.set(read.notices);
    return read.file;
  });

function show(source: ResultSource, file: AnswerFile | null, error: LinkError | null): void {
  $source.set(source);
  $linkError.set(error);
  $resultFile.set(file);
}

/** The answers with `author` as "Prepared by" when they name no one (or only spaces). */
function withAuthor(file: AnswerFile | null, author: string | undefined): AnswerFile | null {
  if (!file || !author || file.meta.preparedBy?.trim()) return file;
  return { answers: file.answers, meta: { ...file.meta, preparedBy: author } };
}

/**
 * Opens the answers a fragment carries, or, with no fragment, the progress saved in this browser.
 * Never throws: a link that cannot be read becomes $linkError, and the saved progress is not used
 * in its place, so what is on screen is always what the link says. `defaultAuthor` (the brand's
 * "Prepared by") fills in an author the answers do not name; the link on screen then carries it.
 */
export async function openResults(
  content: AdvisorContent,
  hash: string,
  reader: SavedReader = readSaved,
  defaultAuthor?: string,
): Promise<void> {
  $preview.set(null);
  const opening = $openCount.get() + 1;
  $openCount.set(opening);
  $savedNotices.set([]);
  const fragment = hash.replace(/^#/, '');
  if (fragment.trim() !== '') {
    const decoded = decodeLink(content, fragment);
    $reading.set(false);
    show('link', decoded.ok ? withAuthor(decoded.value, defaultAuthor) : null, decoded.ok ? null : decoded.error);
    return;
  }
  show('none', null, null);
  $reading.set(true);
  let file: AnswerFile | null = null;
  try {
    file = await reader(content);
  } catch {
    file = null;
  }
  // A newer link opened while the saved progress was read wins.
  if ($openCount.get() !== opening) return;
  $reading.set(false);
  show(file ? 'saved' : 'none', withAuthor(file, defaultAuthor), null);
}

/**
 * Sets "Prepared for" (client) or "Prepared by": plain text of at most 120 characters, empty to
 * remove it. Returns the problem to show beside the field, leaving the names unchanged, or null.
 */
export function setMetaText(field: 'client' | 'preparedBy', text: string): FriendlyError | null {
  const file = $resultFile.get();
  if (!file) return null;
  const parsed = parseMetaText(field, text.trim());
  if (!parsed.ok) return parsed.error;
  const meta = { ...file.meta };
  if (parsed.value === '') delete meta[field];
  else meta[field] = parsed.value;
  $resultFile.set({ answers: file.answers, meta });
  return null;
}

/** The parts of window the results page reads and writes, so tests can pass fakes. */
export interface ResultsWindow {
  readonly location: { readonly hash: string; readonly pathname: string; readonly search: string };
  readonly history: { replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
  /** Where the tab's title is written (the verdict and the client's name); absent in tests that do not need it. */
  readonly document?: { title: string };
}

/** The tab's title for a result: its verdict, and the client's name when there is one. */
export function resultTitle(result: Recommendation, file: AnswerFile, words: { named: string; plain: string }, site: string): string {
  const client = file.meta.client?.trim();
  const title = (client ? words.named : words.plain)
    .replace('{label}', () => result.recommendation.label)
    .replace('{client}', () => client ?? '');
  return `${title} · ${site}`;
}

/** What the page adds from its copy and the brand: the tab title's words and site name, and the default author. */
export interface ResultsPage {
  readonly words: { named: string; plain: string };
  readonly site: string;
  readonly defaultAuthor?: string | undefined;
}

/**
 * Opens the answers from the address bar (or saved progress), then keeps the address bar's
 * fragment equal to what is on screen (replacing the history entry, never adding one), and opens
 * a new fragment typed or pasted into the address bar. Returns a function that stops it.
 */
export function connectResults(
  content: AdvisorContent,
  win: ResultsWindow,
  reader: SavedReader = readSaved,
  title?: ResultsPage,
): () => void {
  $content.set(content);
  const author = title?.defaultAuthor;
  void openResults(content, win.location.hash, reader, author);
  const doc = win.document;
  const untitle =
    doc && title
      ? $result.subscribe((result) => {
          const file = $resultFile.get();
          if (result && file) doc.title = resultTitle(result, file, title.words, title.site);
        })
      : () => undefined;
  const unlisten = $fragment.subscribe((fragment) => {
    const { hash, pathname, search } = win.location;
    if (fragment !== '' && hash !== `#${fragment}`) win.history.replaceState(null, '', `${pathname}${search}#${fragment}`);
  });
  const onHashChange = (): void => void openResults(content, win.location.hash, reader, author);
  win.addEventListener('hashchange', onHashChange);
  return () => {
    unlisten();
    untitle();
    win.removeEventListener('hashchange', onHashChange);
  };
}
