import { computed } from 'nanostores';
import { outlineRfp, tenderSet, type RfpOutline } from '../domain/rfp/outline.ts';
import outline from '../lib/content-parts/outline.ts';
import { $content } from './content.ts';
import { $opened } from './opened-answers.ts';
import { $draft } from './rfp-draft.ts';

// What the RFP page shows first: the draft's title, outline and the choice of services. The draft
// itself (its sections, and the words they are written from) loads right after: rfp-document.ts.

/** The set the draft tenders unless the buyer chooses another, and every model's score. */
export const $tenderSet = computed([$content, $opened], (content, { file }) => (file ? tenderSet(content, file.answers) : null));

/** The draft's kind, title, tendered models and table of contents; null until the answers and the draft are open. */
export const $rfpOutline = computed([$content, $tenderSet, $draft], (content, set, draft): RfpOutline | null =>
  set && draft ? outlineRfp(content.models, outline.sections, draft.models ?? set.models) : null,
);
