import type { DetailsPart } from '../../domain/content-parts.ts';
import { getContentParts } from '../site-content.ts';

/**
 * The words a whole recommendation adds: each model's risks, KPIs and scope notes, each set's notes.
 * In the browser this module is the part itself, as JSON in a file of its own that every page
 * reading it shares (src/integrations/content-parts.ts); under Node it is read from content/.
 */
const details: DetailsPart = getContentParts().details;
export default details;
