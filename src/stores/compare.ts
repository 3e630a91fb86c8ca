import { atom, onMount } from 'nanostores';
import { compareScenarios, type Comparison } from '../domain/compare/compare.ts';
import type { AdvisorContent } from '../domain/content.ts';
import { decodeCompareLink, type CompareLinkError } from '../domain/share/compare-link.ts';
import { $content } from './content.ts';

/** The scenarios in the address bar, side by side; null when there are none or they cannot be opened. */
export const $comparison = atom<Comparison | null>(null);
/** Why the comparison in the address bar cannot be opened (naming the scenario); null when it can, or when there is none. */
export const $compareError = atom<CompareLinkError | null>(null);

/** Opens the comparison a fragment holds. Never throws: a damaged link becomes $compareError. */
function openComparison(content: AdvisorContent, hash: string): void {
  const fragment = hash.replace(/^#/, '');
  if (fragment.trim() === '') {
    $comparison.set(null);
    $compareError.set(null);
    return;
  }
  const decoded = decodeCompareLink(content, fragment);
  $compareError.set(decoded.ok ? null : decoded.error);
  $comparison.set(decoded.ok ? compareScenarios(content, decoded.value) : null);
}

/** The parts of window the compare page reads, so tests can pass fakes. */
export interface CompareWindow {
  readonly location: { readonly hash: string };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

/** Opens the comparison in the address bar, and any other pasted into it later. Returns a function that stops following it. */
export function connectCompare(content: AdvisorContent, win: CompareWindow): () => void {
  $content.set(content);
  openComparison(content, win.location.hash);
  const onHashChange = (): void => openComparison(content, win.location.hash);
  win.addEventListener('hashchange', onHashChange);
  return () => win.removeEventListener('hashchange', onHashChange);
}

// The page watches $comparison: the store connects itself to the window then.
onMount($comparison, () => {
  const content = $content.get();
  return content && globalThis.window ? connectCompare(content, globalThis.window) : undefined;
});
