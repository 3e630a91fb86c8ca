import { SITE_BASE } from '../lib/site-base.ts';
import type { APIRoute } from 'astro';
import { getGuides } from '../components/guides/guide-list.ts';

/** The public pages, relative to the base. Results and RFP pages only show a visitor's own answers, so they are left out. */
async function sitePaths(): Promise<string[]> {
  const guides = await getGuides();
  return ['', 'wizard/', 'wizard/quick/', 'guides/', ...guides.map((g) => `guides/${g.id}/`), 'methodology/', 'glossary/'];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export const GET: APIRoute = async ({ site }) => {
  const base = SITE_BASE;
  const origin = site ?? new URL('http://localhost/');
  const urls = (await sitePaths()).map((path) => `  <url><loc>${escapeXml(new URL(base + path, origin).href)}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
