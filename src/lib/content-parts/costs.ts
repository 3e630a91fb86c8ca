import type { CostsPart } from '../../domain/content-parts.ts';
import { getContentParts } from '../site-content.ts';

/**
 * The cost view's assumptions, with their benchmarks and sources.
 * In the browser this module is the part itself, as JSON in a file of its own that every page
 * reading it shares (src/integrations/content-parts.ts); under Node it is read from content/.
 */
const costs: CostsPart = getContentParts().costs;
export default costs;
