/** One entry of the main navigation; `path` is relative to the base ("" is the home page). */
export interface NavItem {
  readonly label: string;
  readonly path: string;
}

export const MAIN_NAV: readonly NavItem[] = [
  { label: 'Home', path: '' },
  { label: 'Questionnaire', path: 'wizard/' },
  { label: 'Guides', path: 'guides/' },
  { label: 'Methodology', path: 'methodology/' },
  { label: 'Glossary', path: 'glossary/' },
];

/**
 * How a nav item relates to the page at `pathname`: "page" when it is that page, "true" when the
 * page sits inside its section (a guide under Guides), otherwise undefined (no aria-current).
 */
export function currentState(item: NavItem, base: string, pathname: string): 'page' | 'true' | undefined {
  const href = base + item.path;
  const here = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (here === href) return 'page';
  if (item.path !== '' && here.startsWith(href)) return 'true';
  return undefined;
}
