import type { RecommendContent, TenderContent } from '../content.ts';
import type { TenderPart } from '../content-parts.ts';
import { parseRfpTemplates } from './templates.ts';

/**
 * A recommendation's content with the RFP sections, from its parts in order: what the RFP draft reads. The sentences'
 * placeholders are read here, where the draft's page joins its part, so no other page loads the
 * reader.
 */
export function withTender(content: RecommendContent, ...parts: readonly TenderPart[]): TenderContent {
  const rfp = parts.flatMap((part) => part.rfp);
  return { ...content, rfp, rfpTemplates: parseRfpTemplates(rfp) };
}
