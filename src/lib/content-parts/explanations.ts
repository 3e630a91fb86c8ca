import type { ExplanationsPart } from '../../domain/content-parts.ts';
import { getContentParts } from '../site-content.ts';

/**
 * The words a result's summary adds to scoring: the rules' sentences, how to buy each model, its summary lines, the alternatives.
 * In the browser this module is the part itself, as JSON in a file of its own that every page
 * reading it shares (src/integrations/content-parts.ts); under Node it is read from content/.
 */
const explanations: ExplanationsPart = getContentParts().explanations;
export default explanations;
