import { sitePath } from '../base-path.ts';

/** The path of the results page with the answers in the fragment; absolute when a base URL is given. */
export function buildShareUrl(fragment: string, base = '/', page: 'results' | 'rfp' | 'compare' = 'results'): string {
  return sitePath(base, `${page}/#${fragment}`);
}

/** The fragment of a link, whether given a whole URL, a path with "#", or the fragment alone. */
export function fragmentOf(link: string): string {
  const hash = link.indexOf('#');
  return hash >= 0 ? link.slice(hash + 1) : link;
}
