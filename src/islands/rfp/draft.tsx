import { useEffect, useMemo, useState } from 'preact/hooks';
import { $rfpDocument } from '../../stores/rfp-document.ts';
import { $draft } from '../../stores/rfp-draft.ts';
import { useStore } from '../../stores/use-store.ts';
import { blockWeight, DocumentView } from './DocumentView.tsx';
import { Edits } from './FieldInput.tsx';

// The RFP draft's sections, loaded right after the page's first look (see draft-parts.ts).

export { $rfpDocument };

/** How much is drawn in one task (see blockWeight): a few paragraphs, or a dozen fields. */
const STEP = 16;

/** How many blocks from `from` on make up the next task's drawing: at least one, and at most STEP's worth. */
function nextStep(weights: readonly number[], from: number): number {
  let to = from;
  let weight = 0;
  while (to < weights.length && (to === from || weight + (weights[to] ?? 1) <= STEP)) weight += weights[to++] ?? 1;
  return to;
}

/**
 * The draft on screen, rebuilt with every entry. Its blocks are first drawn a few at a time, a task
 * each, so the page answers a tap or a key in between instead of freezing while all are drawn.
 */
export function Draft({ onDrawn }: { readonly onDrawn: (all: boolean) => void }) {
  const doc = useStore($rfpDocument);
  const draft = useStore($draft);
  const weights = useMemo(() => doc?.sections.flatMap((section) => section.blocks.map(blockWeight)) ?? [], [doc]);
  const [upTo, setUpTo] = useState(() => nextStep(weights, 0));
  // Printing while blocks are still to come draws them all at once first.
  useEffect(() => {
    const all = (): void => setUpTo(Infinity);
    addEventListener('beforeprint', all);
    return () => removeEventListener('beforeprint', all);
  }, []);
  useEffect(() => {
    onDrawn(weights.length > 0 && upTo >= weights.length);
    if (upTo >= weights.length) return;
    const next = setTimeout(() => setUpTo((n) => nextStep(weights, n)));
    return () => clearTimeout(next);
  }, [upTo, weights]);
  return doc ? (
    <Edits.Provider value={draft?.edits ?? {}}>
      <DocumentView doc={doc} upTo={upTo} />
    </Edits.Provider>
  ) : null;
}
