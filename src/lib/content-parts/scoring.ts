import type { ScoringContent } from '../../domain/content.ts';
import { getContentParts } from '../site-content.ts';

/**
 * The scoring part of the content: what the questionnaire shows and scores, and what every page reads links and saved progress with.
 * In the browser this module is the part itself, as JSON in a file of its own that every page
 * reading it shares (src/integrations/content-parts.ts); under Node it is read from content/.
 */
const scoring: ScoringContent = getContentParts().scoring;
export default scoring;
