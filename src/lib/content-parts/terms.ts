import type { TenderPart } from '../../domain/content-parts.ts';
import { getContentParts } from '../site-content.ts';

/**
 * The later half of the RFP draft's sections (protection, transition, governance, price, exit, evaluation).
 * In the browser this module is the part itself, as JSON in a file of its own that every page
 * reading it shares (src/integrations/content-parts.ts); under Node it is read from content/.
 */
const terms: TenderPart = getContentParts().terms;
export default terms;
