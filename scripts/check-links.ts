/**
 * Checks every internal link and asset in a built site with linkinator: it serves the build under
 * its base path (scripts/serve.ts), crawls every HTML page from a real HTML parser's view of it
 * (href, src, srcset and the rest), and checks that each #fragment names an element on its page.
 * Links to other sites are not fetched. Usage: OUT_DIR=dist BASE_PATH=/advisor node scripts/check-links.ts
 */
import { existsSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { normaliseBase } from '../src/domain/base-path.ts';
import { serveSite } from './serve.ts';

export interface BrokenLink {
  /** The page that links, relative to the base (e.g. "guides/hro/"), or "(start)" for a page checked directly. */
  readonly page: string;
  /** The link as resolved against its page, relative to the base when it is below it. */
  readonly link: string;
  readonly problem: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Every page of the build as a path below the base: "", "guides/", "404.html". */
function pagePaths(outDir: string): string[] {
  return htmlFiles(outDir)
    .map((file) => relative(outDir, file).split(sep).join('/'))
    .map((path) => (path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}

function describeFailure(status: number | undefined, details: readonly unknown[] | undefined): string {
  const message = (details ?? [])
    .map((d) => (d instanceof Error ? d.message : ''))
    .filter((m) => m !== '')
    .join('; ');
  if (message) return message;
  return status ? `status ${status}` : 'no response';
}

/** Serves outDir under basePath on a free port and lists every broken internal link and fragment. */
export async function checkLinks(outDir: string, basePath?: string): Promise<BrokenLink[]> {
  const base = normaliseBase(basePath);
  const server = await serveSite(outDir, 0, base);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const root = `${origin}${base}`;
  const short = (url: string | undefined): string =>
    url === undefined ? '(start)' : url.startsWith(root) ? url.slice(root.length) : url.startsWith(origin) ? url.slice(origin.length) : url;
  const problem = (url: string, status: number | undefined, details: readonly unknown[] | undefined): string => {
    const outside = url.startsWith(origin) && !url.startsWith(root) ? ` (outside the base path ${base})` : '';
    return `${describeFailure(status, details)}${outside}`;
  };
  try {
    const result = await new LinkChecker().check({
      path: pagePaths(outDir).map((path) => `${root}${path}`),
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      timeout: 10_000,
      linksToSkip: async (link) => !link.startsWith(`${origin}/`),
    });
    return result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => ({ page: short(link.parent), link: short(link.url), problem: problem(link.url, link.status, link.failureDetails) }))
      .sort((a, b) => a.page.localeCompare(b.page, 'en') || a.link.localeCompare(b.link, 'en'));
  } finally {
    server.close();
    server.closeAllConnections();
  }
}

async function main(): Promise<void> {
  const outDir = process.env['OUT_DIR'] || 'dist';
  const base = normaliseBase(process.env['BASE_PATH']);
  if (!existsSync(outDir)) {
    console.error(`check-links: ${outDir}/ does not exist; build the site first (npm run build).`);
    process.exitCode = 2;
    return;
  }
  const pages = pagePaths(outDir).length;
  const broken = await checkLinks(outDir, base);
  if (broken.length === 0) {
    console.log(`check-links: ${pages} pages in ${outDir}/ (base ${base}): every internal link and fragment resolves.`);
    return;
  }
  for (const b of broken) console.error(`${base}${b.page === '(start)' ? '' : b.page}: ${b.link}: ${b.problem}`);
  console.error(`check-links: ${broken.length} broken link${broken.length === 1 ? '' : 's'} in ${pages} pages.`);
  process.exitCode = 1;
}

if (import.meta.main) await main();
