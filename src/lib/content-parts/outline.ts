import type { OutlinePart } from '../../domain/content-parts.ts';
import { getContentParts } from '../site-content.ts';

/**
 * The outline of the RFP draft: each section's id, title and documents, for the page's first look.
 * In the browser this module is the part itself, as JSON in a file of its own that every page
 * reading it shares (src/integrations/content-parts.ts); under Node it is read from content/.
 */
const outline: OutlinePart = getContentParts().outline;
export default outline;
