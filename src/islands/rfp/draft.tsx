import { $rfpDocument } from '../../stores/rfp-document.ts';
import { useStore } from '../../stores/use-store.ts';
import { DocumentView } from './DocumentView.tsx';

// The RFP draft's sections, loaded right after the page's first look (see draft-parts.ts).

export { $rfpDocument };

/** The draft on screen, rebuilt with every entry. */
export function Draft() {
  const doc = useStore($rfpDocument);
  return doc ? <DocumentView doc={doc} /> : null;
}
