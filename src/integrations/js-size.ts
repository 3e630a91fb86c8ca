/**
 * Measures what each built page makes the browser load, gzipped.
 *
 * - JavaScript: module scripts, modulepreloads, island components and renderers, and every static
 *   import they pull in (followed transitively, each file counted once per page). Inline scripts
 *   are measured beside them. Dynamic imports are the files loaded on demand: followed too, and
 *   listed apart.
 * - The first load of an interactive page: its HTML, its CSS (css-size.ts) and its JavaScript. The
 *   content files (content-<part>.*.js, see content-parts.ts) are cached and shared between pages,
 *   so each counts on the first page of the visitor's journey (JOURNEY) that loads it; what a page
 *   costs opened on its own, every content file counted, is reported beside it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, posix, relative, sep } from 'node:path';
import { initSync, parse } from 'es-module-lexer';
import { normaliseBase } from '../domain/base-path.ts';
import { measurePageCss } from './css-size.ts';
import { gzipSize, kb } from './sizes.ts';

export interface JsFile {
  /** The file's path inside the output folder, e.g. "_astro/Wizard.abc123.js". */
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

export interface PageJs {
  /** The page's path inside the output folder, e.g. "wizard/index.html". */
  readonly page: string;
  /** What the page loads before any visitor action: its scripts and all they import statically. */
  readonly files: readonly JsFile[];
  /** Every file, gzipped one by one and added up. */
  readonly totalGzip: number;
  /** Inline <script> elements, gzipped together. */
  readonly inlineGzip: number;
  /** Files that contain zod's runtime. */
  readonly zodFiles: readonly string[];
  /** Files the page loads only when its code asks for them (dynamic imports, and what they import). */
  readonly onDemand: readonly JsFile[];
}

/** The first load of an interactive page, gzipped, in bytes. */
export interface FirstLoad {
  readonly page: string;
  readonly html: number;
  readonly css: number;
  /** JavaScript other than the content files. */
  readonly code: number;
  /** The content files this page is the first of the journey to load. */
  readonly content: number;
  readonly contentFiles: readonly string[];
  /** html + css + code + content: what the budget counts. */
  readonly total: number;
  /** The page opened on its own, with nothing cached: every content file it loads counted. */
  readonly alone: number;
}

/** The most an interactive page's first load may weigh, gzipped. */
export const FIRST_LOAD_BUDGET = 40 * 1024;
/** The most any file loaded on demand may weigh, gzipped. */
export const ON_DEMAND_BUDGET = 15 * 1024;
/** The interactive pages in the order a visitor meets them: a content file counts on the first that loads it. */
const JOURNEY: readonly string[] = [
  'wizard/index.html',
  'wizard/quick/index.html',
  'results/index.html',
  'rfp/index.html',
  'saved/index.html',
  'compare/index.html',
];

const SCRIPT_SRC = /<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const MODULE_PRELOAD = /<link\b[^>]*\brel=["']modulepreload["'][^>]*>/gi;
const HREF = /\bhref=["']([^"']+)["']/i;
const ISLAND_URLS = /\b(?:component-url|renderer-url|before-hydration-url)=["']([^"']+)["']/gi;
initSync();

/** True for a file of content data (content-<part>.*.js), which the pages share from the cache. */
export function isContentFile(file: string): boolean {
  return /^content-[a-z-]+\.[\w-]+\.js$/.test(basename(file));
}

/** The specifiers a module imports: statically (import/export ... from) and dynamically (import("...")), read by a real lexer. */
export function moduleImports(code: string): { static: string[]; dynamic: string[] } {
  const [imports] = parse(code);
  const found = { static: [] as string[], dynamic: [] as string[] };
  for (const entry of imports) if (entry.n !== undefined) (entry.d === -1 ? found.static : found.dynamic).push(entry.n);
  return found;
}

/** The specifiers a module imports statically, not import(). */
export function staticImports(code: string): string[] {
  return moduleImports(code).static;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** A URL path of the site to a file path inside the output folder, or null when it is not a local file. */
function toFile(outDir: string, base: string, url: string): string | null {
  if (/^[a-z]+:|^\/\//i.test(url)) return null;
  let path = url.split(/[?#]/)[0] ?? '';
  const prefix = normaliseBase(base);
  if (path.startsWith(prefix)) path = path.slice(prefix.length);
  else path = path.replace(/^\//, '');
  return existsSync(join(outDir, path)) ? path : null;
}

/**
 * Walks modules from `start` (URLs), following static imports; returns the files reached, and the
 * URLs they import dynamically. Files in `known` are neither counted nor walked again.
 */
function walk(outDir: string, base: string, start: readonly string[], known: ReadonlyMap<string, JsFile>) {
  const seen = new Map<string, JsFile>();
  const dynamic: string[] = [];
  const queue = [...start];
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    const file = toFile(outDir, base, url);
    if (file === null || seen.has(file) || known.has(file)) continue;
    const code = readFileSync(join(outDir, file));
    seen.set(file, { file, bytes: code.length, gzip: gzipSize(code) });
    const imports = moduleImports(code.toString('utf8'));
    const resolve = (spec: string): string[] =>
      spec.startsWith('.') || spec.startsWith('/') ? [posix.resolve(posix.dirname(url), spec)] : [];
    queue.push(...imports.static.flatMap(resolve));
    dynamic.push(...imports.dynamic.flatMap(resolve));
  }
  return { files: seen, dynamic };
}

/** Measures one built page (its path inside outDir). */
export function measurePage(outDir: string, page: string, base = '/'): PageJs {
  const html = readFileSync(join(outDir, page), 'utf8');
  const pageUrl = posix.join(base, page.split(sep).join('/'));
  const urls: string[] = [];
  for (const match of html.matchAll(SCRIPT_SRC)) urls.push(match[1] ?? '');
  for (const match of html.matchAll(MODULE_PRELOAD)) urls.push(HREF.exec(match[0])?.[1] ?? '');
  for (const match of html.matchAll(ISLAND_URLS)) urls.push(match[1] ?? '');

  const inline = [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => !/\bsrc=/i.test(m[1] ?? '') && !/type=["']application\/(?:ld\+)?json["']/i.test(m[1] ?? ''))
    .map((m) => m[2] ?? '')
    .join('\n');

  const first = walk(
    outDir,
    base,
    urls.map((url) => posix.resolve(posix.dirname(pageUrl), url.replace(/&amp;/g, '&'))),
    new Map(),
  );
  // What the page's code may load later: every dynamic import, and all those files import in turn.
  const later = new Map<string, JsFile>();
  let pending = first.dynamic;
  while (pending.length > 0) {
    const next = walk(outDir, base, pending, new Map([...first.files, ...later]));
    for (const [file, js] of next.files) later.set(file, js);
    pending = next.dynamic;
  }
  const files = [...first.files.values()].sort((a, b) => b.gzip - a.gzip);
  const zodFiles = files.filter((f) => /\._zod\b|"ZodError"/.test(readFileSync(join(outDir, f.file), 'utf8'))).map((f) => f.file);
  return {
    page,
    files,
    totalGzip: files.reduce((sum, f) => sum + f.gzip, 0),
    inlineGzip: gzipSize(inline.trim()),
    zodFiles,
    onDemand: [...later.values()].sort((a, b) => b.gzip - a.gzip),
  };
}

/** Measures every HTML page of a built site, sorted by path. */
export function measureSite(outDir: string, base = '/'): PageJs[] {
  return htmlFiles(outDir)
    .map((path) => relative(outDir, path).split(sep).join('/'))
    .sort()
    .map((page) => measurePage(outDir, page, base));
}

/** The first load of every interactive page, in the order of the journey. */
export function measureFirstLoads(outDir: string, pages: readonly PageJs[], base = '/'): FirstLoad[] {
  const loaded = new Set<string>();
  return JOURNEY.flatMap((name) => {
    const page = pages.find((p) => p.page === name);
    if (!page) return [];
    const html = gzipSize(readFileSync(join(outDir, name)));
    const css = measurePageCss(outDir, name, base).totalGzip;
    const content = page.files.filter((f) => isContentFile(f.file));
    const code = page.totalGzip + page.inlineGzip - content.reduce((sum, f) => sum + f.gzip, 0);
    const mine = content.filter((f) => !loaded.has(f.file));
    for (const f of content) loaded.add(f.file);
    const charged = mine.reduce((sum, f) => sum + f.gzip, 0);
    return [
      {
        page: name,
        html,
        css,
        code,
        content: charged,
        contentFiles: mine.map((f) => f.file),
        total: html + css + code + charged,
        alone: html + css + page.totalGzip + page.inlineGzip,
      },
    ];
  });
}

/**
 * Sentences naming what is over budget: an interactive page's first load, a file loaded on demand,
 * any JavaScript on a content page, zod on any page. Empty when all is well.
 */
export function budgetProblems(pages: readonly PageJs[], loads: readonly FirstLoad[]): string[] {
  const problems: string[] = [];
  for (const load of loads) {
    if (load.total <= FIRST_LOAD_BUDGET) continue;
    const page = pages.find((p) => p.page === load.page);
    const biggest = (page?.files ?? [])
      .slice(0, 3)
      .map((f) => `${f.file} ${kb(f.gzip)}`)
      .join(', ');
    problems.push(
      `${load.page} loads ${kb(load.total)} gzipped at first (HTML ${kb(load.html)}, CSS ${kb(load.css)}, JavaScript ${kb(load.code)}, content ${kb(load.content)}); the budget is ${kb(FIRST_LOAD_BUDGET)} (largest files: ${biggest}).`,
    );
  }
  const reported = new Set<string>();
  for (const page of pages) {
    const interactive = JOURNEY.includes(page.page);
    if (!interactive && page.totalGzip + page.inlineGzip + page.onDemand.length > 0) {
      const biggest = page.files
        .slice(0, 3)
        .map((f) => `${f.file} ${kb(f.gzip)}`)
        .join(', ');
      problems.push(
        `${page.page} ships JavaScript (${biggest || `inline scripts, ${kb(page.inlineGzip)}`}); content pages must ship none.`,
      );
    }
    for (const file of page.onDemand) {
      if (file.gzip <= ON_DEMAND_BUDGET || reported.has(file.file)) continue;
      reported.add(file.file);
      problems.push(
        `${file.file}, loaded on demand by ${page.page}, is ${kb(file.gzip)} gzipped; the budget is ${kb(ON_DEMAND_BUDGET)} a file.`,
      );
    }
    if (page.zodFiles.length > 0) problems.push(`${page.page} loads zod (${page.zodFiles.join(', ')}); validate on the client without it.`);
  }
  return problems;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [header, ...rows]
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The tables printed by the build and by npm run bench: first loads, files on demand, content pages. */
export function formatTable(pages: readonly PageJs[], loads: readonly FirstLoad[]): string {
  const first = table(
    ['page', 'HTML', 'CSS', 'JS', 'content', 'first load', 'budget', '', 'opened alone'],
    loads.map((l) => [
      l.page,
      kb(l.html),
      kb(l.css),
      kb(l.code),
      kb(l.content),
      kb(l.total),
      kb(FIRST_LOAD_BUDGET),
      l.total > FIRST_LOAD_BUDGET ? 'OVER' : 'ok',
      kb(l.alone),
    ]),
  );
  const onDemand = new Map<string, { file: JsFile; pages: string[] }>();
  for (const page of pages)
    for (const file of page.onDemand) {
      const entry = onDemand.get(file.file) ?? { file, pages: [] };
      entry.pages.push(page.page.replace(/\/index\.html$/, ''));
      onDemand.set(file.file, entry);
    }
  const later = table(
    ['file loaded on demand', 'gzipped', 'budget', '', 'by'],
    [...onDemand.values()]
      .sort((a, b) => b.file.gzip - a.file.gzip)
      .map(({ file, pages: by }) => [
        file.file,
        kb(file.gzip),
        kb(ON_DEMAND_BUDGET),
        file.gzip > ON_DEMAND_BUDGET ? 'OVER' : 'ok',
        by.join(', '),
      ]),
  );
  const others = pages.filter((p) => !JOURNEY.includes(p.page));
  const scripted = others.filter((p) => p.totalGzip + p.inlineGzip > 0).map((p) => p.page);
  return [
    'First load of each interactive page, gzipped (a content file counts on the first page of the journey wizard, quick check, results, RFP, saved, compare that loads it):',
    first,
    '',
    later,
    '',
    scripted.length === 0 ? `The other ${others.length} pages ship no JavaScript.` : `JavaScript on content pages: ${scripted.join(', ')}.`,
  ].join('\n');
}
