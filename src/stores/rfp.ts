import { atom, computed } from 'nanostores';
import type { AnswerFile } from '../domain/answers/answers.ts';
import type { AdvisorContent } from '../domain/content.ts';
import type { FriendlyError } from '../domain/errors.ts';
import { recommendForTender, type TenderRecommendation } from '../domain/engine/recommend-for-tender.ts';
import { decodeLink, encodeLink, type LinkError } from '../domain/share/link-codec.ts';
import { $content } from './content.ts';

/** The answers the draft is for, as far as they are known. */
export interface RfpAnswers {
  /** True until the answers are known (the saved progress is read only for a page opened without a link). */
  readonly reading: boolean;
  /** Why the link in the address bar could not be opened; null when it could (or there is none). */
  readonly error: LinkError | null;
  /** The answers and names; null when there are none. */
  readonly file: AnswerFile | null;
  /** Their link fragment (without "#"); empty when there are none. */
  readonly fragment: string;
}

export const $rfpAnswers = atom<RfpAnswers>({ reading: true, error: null, file: null, fragment: '' });

/** The recommendation for those answers: the same set, scores, risks, KPIs and notes as the results page. */
export const $rfpRecommendation = computed([$content, $rfpAnswers], (content, { file }): TenderRecommendation | null =>
  content && file ? recommendForTender(content, file.answers) : null,
);

/**
 * What reading this browser's saved answers ran into (progress damaged, answers dropped, storage
 * blocked), for a page opened without a link; empty otherwise.
 */
export const $rfpSavedNotices = atom<readonly FriendlyError[]>([]);

/** Reads the answers saved in this browser by the questionnaire; null when nothing was answered. */
export type SavedReader = (content: AdvisorContent) => Promise<AnswerFile | null>;

// The saved-progress codec loads only for a page opened without a link: links, the common case, never need it.
const readSaved: SavedReader = async (content) => {
  const { progress, notices } = (await import('./persistence.ts')).loadSavedProgress(content);
  $rfpSavedNotices.set(notices);
  return Object.keys(progress.answers).length > 0 || progress.done.length > 0 ? { answers: progress.answers, meta: progress.meta } : null;
};

/** The parts of window the RFP page reads and writes, so tests can pass fakes. */
export interface RfpWindow {
  readonly location: { readonly hash: string; readonly pathname: string; readonly search: string };
  readonly history: { replaceState(data: unknown, unused: string, url: string): void };
}

let opening = 0;

/**
 * Opens the answers the address bar's fragment carries or, with no fragment, the progress saved in
 * this browser, whose link then fills the empty fragment (so the draft has a link to be kept under).
 * Never throws: a link that cannot be read becomes the error, and the saved progress is not used in
 * its place, so the draft is always for what the link says.
 */
export async function openRfp(content: AdvisorContent, win: RfpWindow, reader: SavedReader = readSaved): Promise<void> {
  const mine = ++opening;
  $rfpSavedNotices.set([]);
  const fragment = win.location.hash.replace(/^#/, '').trim();
  if (fragment) {
    const decoded = decodeLink(content, fragment);
    $rfpAnswers.set(
      decoded.ok
        ? { reading: false, error: null, file: decoded.value, fragment }
        : { reading: false, error: decoded.error, file: null, fragment: '' },
    );
    return;
  }
  $rfpAnswers.set({ reading: true, error: null, file: null, fragment: '' });
  const file = await reader(content).catch(() => null);
  // A link opened while the saved progress was read wins.
  if (mine !== opening) return;
  const saved = file ? encodeLink(file) : '';
  if (saved) win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}#${saved}`);
  $rfpAnswers.set({ reading: false, error: null, file, fragment: saved });
}
