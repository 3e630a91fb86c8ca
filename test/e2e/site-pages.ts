import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBase } from '../../src/domain/base-path.ts';
import { brandFileFromEnv, loadBrand } from '../../src/lib/load-brand.ts';

/** The base path the site under test was built with (BASE_PATH), e.g. "/" or "/advisor/". */
export const BASE = normaliseBase(process.env.BASE_PATH);

/** The brand the site under test was built with (BRAND_FILE, else content/brand/brand.json). */
export const BRAND = loadBrand(brandFileFromEnv()).brand;

const GUIDES = join(import.meta.dirname, '..', '..', 'content', 'guides');

/** Each guide's slug and the title in its front matter. */
export const GUIDES_ON_DISK: readonly { readonly slug: string; readonly title: string }[] = readdirSync(GUIDES)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => {
    const title = /^title:\s*(.+)$/m.exec(readFileSync(join(GUIDES, f), 'utf8'))?.[1]?.trim() ?? '';
    return { slug: f.slice(0, -'.md'.length), title: title.replace(/^(['"])(.*)\1$/, '$2') };
  });

/** The content pages, with their h1 and title: each must render and ship no JavaScript (axe runs over the sitemap). */
export const CONTENT_PAGES: readonly { readonly path: string; readonly h1: string | RegExp; readonly title: string }[] = [
  { path: '', h1: 'Should you outsource HR, recruiting, processes or expertise?', title: BRAND.name },
  { path: 'guides/', h1: 'Guides to outsourcing HR, recruiting, processes and expertise', title: `Guides · ${BRAND.name}` },
  ...GUIDES_ON_DISK.map((g) => ({ path: `guides/${g.slug}/`, h1: g.title, title: `${g.title} · ${BRAND.name}` })),
  { path: 'methodology/', h1: 'How the recommendation is made', title: `Methodology · ${BRAND.name}` },
  { path: 'glossary/', h1: 'Glossary', title: `Glossary · ${BRAND.name}` },
];

/** The pages that answer to the visitor (they ship JavaScript): each named once here. */
export const APP_PAGES: readonly string[] = ['wizard/', 'wizard/quick/', 'results/', 'rfp/', 'saved/', 'compare/'];
