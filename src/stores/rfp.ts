import { computed } from 'nanostores';
import { recommendForTender, type TenderRecommendation } from '../domain/engine/recommend-for-tender.ts';
import { $content } from './content.ts';
import { $opened } from './opened-answers.ts';

/** The recommendation for the answers on screen: the same set, scores, risks, KPIs and notes as the results page. */
export const $rfpRecommendation = computed([$content, $opened], (content, { file }): TenderRecommendation | null =>
  content && file ? recommendForTender(content, file.answers) : null,
);
