import partStyles from '../../styles/results-parts.css?url';
import { linkStylesheet } from '../shared/stylesheet.ts';

/** The styles of what the results page draws on demand, linked when the first of it loads; resolves once they have loaded. */
export const styled = linkStylesheet(partStyles);
