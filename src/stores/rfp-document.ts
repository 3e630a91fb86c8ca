import { computed } from 'nanostores';
import { recommendForTender, type TenderRecommendation } from '../domain/engine/recommend-for-tender.ts';
import { buildRfp } from '../domain/rfp/build-rfp.ts';
import type { RfpDocument } from '../domain/rfp/document.ts';
import { withTender } from '../domain/rfp/with-tender.ts';
import tender from '../lib/content-parts/tender.ts';
import terms from '../lib/content-parts/terms.ts';
import { $brand } from './brand.ts';
import { $detailContent } from './detail-content.ts';
import { $opened } from './opened-answers.ts';
import { $draft } from './rfp-draft.ts';

// Loaded by the RFP page right after its first look (see islands/rfp/document-parts.ts).

/** The content the RFP draft reads: a whole recommendation's, and the sections of the draft. */
const $tenderContent = computed($detailContent, (content) => withTender(content, tender, terms));

/** The recommendation for the answers on screen: the same set, scores, risks, KPIs and notes as the results page. */
export const $rfpRecommendation = computed([$detailContent, $opened], (content, { file }): TenderRecommendation | null =>
  file ? recommendForTender(content, file.answers) : null,
);

/** The document on screen, rebuilt with every entry: what print, Word and Markdown all export. */
export const $rfpDocument = computed(
  [$tenderContent, $opened, $rfpRecommendation, $draft, $brand],
  (content, { file }, recommendation, draft, brand): RfpDocument | null =>
    file && recommendation && draft
      ? buildRfp(
          content,
          { recommendation, answers: file.answers, meta: file.meta },
          { today: draft.today, edits: draft.edits, ...(draft.models ? { models: draft.models } : {}), ...(brand ? { brand } : {}) },
        )
      : null,
);
