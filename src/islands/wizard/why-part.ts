import { atom } from 'nanostores';
import type { WhyPart } from '../../domain/content-parts.ts';

// "Why we ask" is behind a closed disclosure under each question: its words load when one is first
// opened, or just after the page has started, never with the first step.

/** Why each question is asked, once loaded; null until then. */
export const $whyPart = atom<WhyPart | null>(null);

let loading: Promise<void> | null = null;

/** Loads the words; a failed load is tried again on the next call. */
export function loadWhy(): Promise<void> {
  loading ??= import('../../lib/content-parts/why.ts').then(
    (part) => $whyPart.set(part.default),
    () => {
      loading = null;
    },
  );
  return loading;
}
