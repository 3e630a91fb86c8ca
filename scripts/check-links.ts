/**
 * Checks every internal link and asset in a built site: each href and src in every HTML file
 * must resolve to a file in the build (honouring the base path), and each #fragment to an id on
 * the page it points to. Usage: OUT_DIR=dist BASE_PATH=/advisor node scripts/check-links.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BrokenLink {
  /** The HTML file, relative to the build folder. */
  readonly page: string;
  readonly link: string;
  readonly problem: string;
}

const ATTRIBUTE = /\s(?:href|src|srcset|action|poster)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Normalises a base path to "/" or "/advisor/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function htmlFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a built HTML file is served at, e.g. guides/hro/index.html -> /advisor/guides/hro/. */
function pageUrl(outDir: string, file: string, base: string): string {
  const path = relative(outDir, file).split(sep).join('/');
  const served = path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path;
  return `http://site${base}${served}`;
}

function decode(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The links in an attribute value: srcset holds a list of "url size" pairs. */
function linksIn(value: string, isSrcset: boolean): string[] {
  if (!isSrcset) return [value.trim()];
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decode(m[1] ?? m[2] ?? '')));
}

/** Finds the file a URL path would be served from, or null. */
function resolveFile(outDir: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const inside = decodeURIComponent(pathname.slice(base.length));
  const candidates =
    inside === '' || inside.endsWith('/')
      ? [join(outDir, inside, 'index.html')]
      : [join(outDir, inside), join(outDir, inside, 'index.html')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

export function checkLinks(outDir: string, basePath?: string): BrokenLink[] {
  const base = normaliseBase(basePath);
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsFor = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = idsOf(readFileSync(file, 'utf8'));
      idCache.set(file, ids);
    }
    return ids;
  };
  for (const file of htmlFiles(outDir)) {
    const page = relative(outDir, file).split(sep).join('/');
    const html = readFileSync(file, 'utf8');
    const from = pageUrl(outDir, file, base);
    const seen = new Set<string>();
    for (const match of html.matchAll(ATTRIBUTE)) {
      const isSrcset = /^\s*srcset/i.test(match[0]);
      for (const raw of linksIn(decode(match[1] ?? match[2] ?? ''), isSrcset)) {
        if (raw === '' || EXTERNAL.test(raw) || seen.has(raw)) continue;
        seen.add(raw);
        const url = new URL(raw, from);
        if (url.origin !== 'http://site') continue;
        const target = raw.startsWith('#') ? file : resolveFile(outDir, base, url.pathname);
        if (!target) {
          const problem = url.pathname.startsWith(base)
            ? `no file in the build for ${url.pathname}`
            : `${url.pathname} is outside the base path ${base}`;
          broken.push({ page, link: raw, problem });
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment !== '' && target.endsWith('.html') && !idsFor(target).has(fragment)) {
          broken.push({ page, link: raw, problem: `no element with id "${fragment}" on ${relative(outDir, target).split(sep).join('/')}` });
        }
      }
    }
  }
  return broken;
}

function main(): void {
  const outDir = process.env.OUT_DIR || 'dist';
  const base = normaliseBase(process.env.BASE_PATH);
  if (!existsSync(outDir)) {
    console.error(`check-links: ${outDir}/ does not exist; build the site first (npm run build).`);
    process.exitCode = 2;
    return;
  }
  const pages = htmlFiles(outDir).length;
  const broken = checkLinks(outDir, base);
  if (broken.length === 0) {
    console.log(`check-links: ${pages} pages in ${outDir}/ (base ${base}): every internal link resolves.`);
    return;
  }
  for (const b of broken) console.error(`${outDir}/${b.page}: ${b.link}: ${b.problem}`);
  console.error(`check-links: ${broken.length} broken link${broken.length === 1 ? '' : 's'} in ${pages} pages.`);
  process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
