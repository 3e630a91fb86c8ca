import { atom } from 'nanostores';
import type * as Details from './details.tsx';

/** The parts of the report that need the whole recommendation, once their code has loaded; null until then. */
export const $detailParts = atom<typeof Details | null>(null);

/** True when loading them failed (the connection dropped, say); asking again tries again. */
export const $detailsFailed = atom(false);

let loading: Promise<typeof Details> | null = null;

/**
 * Loads what would change the result and what to watch (their code, the engine's rest and the
 * risks', KPIs' and scope notes' words): on the first opening of either, a link to them, or the
 * full printout. The summary never waits for them.
 */
export function loadDetails(): Promise<typeof Details> {
  $detailsFailed.set(false);
  loading ??= import('./details.tsx').then(
    (parts) => {
      $detailParts.set(parts);
      return parts;
    },
    (error: unknown) => {
      loading = null;
      $detailsFailed.set(true);
      throw error;
    },
  );
  return loading;
}
