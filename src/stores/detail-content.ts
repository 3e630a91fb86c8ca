import { computed } from 'nanostores';
import { withDetails } from '../domain/content-parts.ts';
import details from '../lib/content-parts/details.ts';
import { $explainContent } from './explain-content.ts';

/** The content a whole recommendation reads: also each model's risks, KPIs and scope notes, each set's notes. */
export const $detailContent = computed($explainContent, (content) => withDetails(content, details));
