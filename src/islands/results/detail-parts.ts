import { atom, type WritableAtom } from 'nanostores';
import type { RESULT_SECTIONS, ResultSection } from '../../domain/share/sections.ts';
import { nextTask } from '../shared/next-task.ts';
import type * as Cost from './cost.tsx';
import type * as Details from './details.tsx';
import type * as Reasons from './reasons.tsx';

/** A part of the report shown on demand (a disclosure). */
export type Disclosure = (typeof RESULT_SECTIONS)[ResultSection];

/** The reasons and the method, once their code has loaded; null until then. */
export const $reasonParts = atom<typeof Reasons | null>(null);
/** What would change it and what to watch (which read the whole recommendation), once loaded; null until then. */
export const $detailParts = atom<typeof Details | null>(null);
/** What it would cost (its engine, words and the assumptions with their sources), once loaded; null until then. */
export const $costParts = atom<typeof Cost | null>(null);
/** True when loading a part failed (the connection dropped, say); asking again tries again. */
export const $partsFailed = atom(false);
/** The parts opened so far: each is drawn from its first opening on, and not before (the summary comes first). */
export const $shownParts = atom<readonly Disclosure[]>([]);

function loader<T>(load: () => Promise<T>, into: WritableAtom<T | null>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    $partsFailed.set(false);
    loading ??= load().then(
      (parts) => {
        into.set(parts);
        return parts;
      },
      (error: unknown) => {
        loading = null;
        $partsFailed.set(true);
        throw error;
      },
    );
    return loading;
  };
}

/** A part's code, once its styles have loaded too (parts-styles.ts): a part never shows unstyled. */
async function withStyles<T extends { readonly styled: Promise<void> }>(code: Promise<T>): Promise<T> {
  const part = await code;
  await part.styled;
  return part;
}

const loadReasons = loader(() => withStyles(import('./reasons.tsx')), $reasonParts);
// The rest of the engine and the risks', KPIs' and scope notes' words come with these.
const loadDetails = loader(() => withStyles(import('./details.tsx')), $detailParts);
const loadCost = loader(() => withStyles(import('./cost.tsx')), $costParts);
const NEEDS: Record<Disclosure, () => Promise<unknown>> = {
  why: loadReasons,
  method: loadReasons,
  'what-if': loadDetails,
  cost: loadCost,
  watch: loadDetails,
};

/** Draws a part from now on and loads what it shows; resolves once it is drawn, rejects when its code did not load. */
export async function showPart(part: Disclosure): Promise<void> {
  const shown = $shownParts.get();
  if (!shown.includes(part)) $shownParts.set([...shown, part]);
  await NEEDS[part]();
  // Drawn in the task after the part's stores change (see useStore).
  await nextTask();
}

/** Draws every part but the costs (the full printout shows them only once opened, see results.css). */
export async function showAllParts(): Promise<void> {
  await Promise.all((Object.keys(NEEDS) as Disclosure[]).filter((part) => part !== 'cost').map(showPart));
}
