import type { WhyPart } from '../../domain/content-parts.ts';
import { getContentParts } from '../site-content.ts';

/**
 * Why each question is asked: the questionnaire's "why we ask", shown when a visitor opens it.
 * In the browser this module is the part itself, as JSON in a file of its own that every page
 * reading it shares (src/integrations/content-parts.ts); under Node it is read from content/.
 */
const why: WhyPart = getContentParts().why;
export default why;
