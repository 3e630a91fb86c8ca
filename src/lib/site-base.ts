import { normaliseBase } from '../domain/base-path.ts';

/** The site's base path for links in pages, layouts and components: "/" or "/advisor/", one slash each side. */
export const SITE_BASE = normaliseBase(import.meta.env.BASE_URL);
