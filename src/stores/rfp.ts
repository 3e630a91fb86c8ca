import { computed } from 'nanostores';
import { withTender } from '../domain/rfp/with-tender.ts';
import { recommendForTender, type TenderRecommendation } from '../domain/engine/recommend-for-tender.ts';
import tender from '../lib/content-parts/tender.ts';
import { $detailContent } from './detail-content.ts';
import { $opened } from './opened-answers.ts';

/** The content the RFP draft reads: a whole recommendation's, and the sections of the draft. */
export const $tenderContent = computed($detailContent, (content) => withTender(content, tender));

/** The recommendation for the answers on screen: the same set, scores, risks, KPIs and notes as the results page. */
export const $rfpRecommendation = computed([$detailContent, $opened], (content, { file }): TenderRecommendation | null =>
  file ? recommendForTender(content, file.answers) : null,
);
