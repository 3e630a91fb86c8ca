import { atom } from 'nanostores';
import { nextTask } from '../shared/next-task.ts';
import type * as Draft from './draft.tsx';

/** The draft's sections (their code, the rest of the engine and the words they are written from), once loaded; null until then. */
export const $draftParts = atom<typeof Draft | null>(null);

/** True when loading them failed (the connection dropped, say); asking again tries again. */
export const $draftFailed = atom(false);

/** True once every section of the draft is drawn on the page (they are drawn one a task: see draft.tsx). */
export const $draftDrawn = atom(false);

/** Loads the draft and waits until every section is drawn: what printing needs. */
export async function whenDrawn(): Promise<void> {
  await loadDraft();
  await new Promise<void>((done) => {
    const stop = $draftDrawn.listen((drawn) => {
      if (!drawn) return;
      stop();
      done();
    });
    if ($draftDrawn.get()) {
      stop();
      done();
    }
  });
}

let loading: Promise<typeof Draft> | null = null;

/**
 * Loads the draft's sections: right after the page's first look (its title, outline and buttons),
 * and before anything that needs the whole draft (printing, a download).
 */
export function loadDraft(): Promise<typeof Draft> {
  $draftFailed.set(false);
  loading ??= import('./draft.tsx').then(
    async (parts) => {
      // The document is built in a task of its own, before the first section is drawn.
      parts.$rfpDocument.get();
      await nextTask();
      $draftParts.set(parts);
      return parts;
    },
    (error: unknown) => {
      loading = null;
      $draftFailed.set(true);
      throw error;
    },
  );
  return loading;
}
