import { useEffect, useState } from 'preact/hooks';
import { $rfpDocument } from '../../stores/rfp-document.ts';
import { $draft } from '../../stores/rfp-draft.ts';
import { useStore } from '../../stores/use-store.ts';
import { DocumentView } from './DocumentView.tsx';
import { Edits } from './FieldInput.tsx';

// The RFP draft's sections, loaded right after the page's first look (see draft-parts.ts).

export { $rfpDocument };

/**
 * The draft on screen, rebuilt with every entry. The sections are first drawn one a task, so the
 * page answers a tap or a key between two of them instead of freezing while all fifteen are drawn.
 */
export function Draft({ onDrawn }: { readonly onDrawn: (all: boolean) => void }) {
  const doc = useStore($rfpDocument);
  const draft = useStore($draft);
  const [count, setCount] = useState(1);
  const total = doc?.sections.length ?? 0;
  // Printing while sections are still to come draws them all at once first.
  useEffect(() => {
    const all = (): void => setCount(Infinity);
    addEventListener('beforeprint', all);
    return () => removeEventListener('beforeprint', all);
  }, []);
  useEffect(() => {
    onDrawn(total > 0 && count >= total);
    if (count >= total) return;
    const next = setTimeout(() => setCount((n) => n + 1));
    return () => clearTimeout(next);
  }, [count, total]);
  return doc ? (
    <Edits.Provider value={draft?.edits ?? {}}>
      <DocumentView doc={doc} upTo={count} />
    </Edits.Provider>
  ) : null;
}
