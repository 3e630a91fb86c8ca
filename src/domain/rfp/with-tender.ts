import type { RecommendContent, TenderContent } from '../content.ts';
import type { TenderPart } from '../content-parts.ts';
import { parseRfpTemplates } from './templates.ts';

/**
 * A recommendation's content with the RFP sections: what the RFP draft reads. The sentences'
 * placeholders are read here, where the draft's page joins its part, so no other page loads the
 * reader.
 */
export function withTender(content: RecommendContent, part: TenderPart): TenderContent {
  return { ...content, rfp: part.rfp, rfpTemplates: parseRfpTemplates(part.rfp) };
}
