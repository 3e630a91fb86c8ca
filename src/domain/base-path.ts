/**
 * The site's base (BASE_PATH, Astro's BASE_URL, or the CLI's --base URL) with one leading and one
 * trailing slash: "", "/" -> "/"; "advisor", "/advisor/" -> "/advisor/"; an absolute URL keeps its
 * origin and gets one trailing slash ("https://a.example/x" -> "https://a.example/x/").
 */
export function normaliseBase(base: string | undefined): string {
  const value = (base ?? '').trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return `${value.replace(/\/+$/, '')}/`;
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A path of the site under its base: sitePath('/advisor', 'wizard/') -> "/advisor/wizard/". */
export function sitePath(base: string | undefined, path: string): string {
  return `${normaliseBase(base)}${path.replace(/^\/+/, '')}`;
}
