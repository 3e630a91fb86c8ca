import { atom, computed, onMount } from 'nanostores';
import { compareScenarios, type Comparison } from '../domain/compare/compare.ts';
import { withCosts } from '../domain/content-parts.ts';
import type { CostContent, RecommendContent } from '../domain/content.ts';
import { decodeCompareLink, type CompareLinkError } from '../domain/share/compare-link.ts';
import costs from '../lib/content-parts/costs.ts';
import { $detailContent } from './detail-content.ts';

/** What the compare page reads: whole recommendations, and the cost view's assumptions for what each would cost. */
export type CompareContent = RecommendContent & CostContent;

/** The content every scenario is worked out with. */
export const $compareContent = computed($detailContent, (content): CompareContent => withCosts(content, costs));

/** The scenarios in the address bar, side by side; null when there are none or they cannot be opened. */
export const $comparison = atom<Comparison | null>(null);
/** Why the comparison in the address bar cannot be opened (naming the scenario); null when it can, or when there is none. */
export const $compareError = atom<CompareLinkError | null>(null);

/** Opens the comparison a fragment holds. Never throws: a damaged link becomes $compareError. */
function openComparison(content: CompareContent, hash: string): void {
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
export function connectCompare(content: CompareContent, win: CompareWindow): () => void {
  openComparison(content, win.location.hash);
  const onHashChange = (): void => openComparison(content, win.location.hash);
  win.addEventListener('hashchange', onHashChange);
  return () => win.removeEventListener('hashchange', onHashChange);
}

// The page watches $comparison: the store connects itself to the window then.
onMount($comparison, () => {
  return globalThis.window ? connectCompare($compareContent.get(), globalThis.window) : undefined;
});
