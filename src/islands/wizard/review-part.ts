import { atom } from 'nanostores';
import type * as Review from './ReviewStep.tsx';

// The review step (and the link to the results it builds, with the share-link encoder) loads when
// the questionnaire first needs it, or just after the page has started: never with the first step.

/** The review step's code, once loaded; null until then. */
export const $reviewPart = atom<typeof Review | null>(null);

let loading: Promise<void> | null = null;

/** Loads the review step; a failed load is tried again on the next call. */
export function loadReview(): Promise<void> {
  loading ??= import('./ReviewStep.tsx').then(
    (part) => $reviewPart.set(part),
    () => {
      loading = null;
    },
  );
  return loading;
}
