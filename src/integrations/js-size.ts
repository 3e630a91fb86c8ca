/**
 * Measures the JavaScript each built page makes the browser load, gzipped: module scripts,
 * modulepreloads, island components and renderers, and every static import they pull in
 * (followed transitively, each file counted once per page). These files are what the budget
 * counts. Inline scripts (Astro's island loader) are measured and reported beside them. Dynamic
 * imports are not followed: they load only when the code asks for them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initSync, parse } from 'es-module-lexer';
import { normaliseBase } from '../domain/base-path.ts';

export interface JsFile {
  /** The file's path inside the output folder, e.g. "_astro/Wizard.abc123.js". */
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

export interface PageJs {
  /** The page's path inside the output folder, e.g. "wizard/index.html". */
  readonly page: string;
  readonly files: readonly JsFile[];
  /** Every file, gzipped one by one and added up: what the budget counts. */
  readonly totalGzip: number;
  /** Inline <script> elements (Astro's island loader), gzipped together; reported, not budgeted. */
  readonly inlineGzip: number;
  /** Files that contain zod's runtime. */
  readonly zodFiles: readonly string[];
}

/** Pages with an island of their own may ship this much JavaScript, gzipped; every other page ships none. */
export const INTERACTIVE_BUDGET = 28 * 1024;
const INTERACTIVE = /^(?:wizard|results|rfp|saved|compare)\//;

export function budgetOf(page: string): number {
  return INTERACTIVE.test(page) ? INTERACTIVE_BUDGET : 0;
}

const SCRIPT_SRC = /<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const MODULE_PRELOAD = /<link\b[^>]*\brel=["']modulepreload["'][^>]*>/gi;
const HREF = /\bhref=["']([^"']+)["']/i;
const ISLAND_URLS = /\b(?:component-url|renderer-url|before-hydration-url)=["']([^"']+)["']/gi;
initSync();

/** The specifiers a module imports statically (import/export ... from), read by a real lexer: not import(). */
export function staticImports(code: string): string[] {
  const [imports] = parse(code);
  return imports.flatMap((entry) => (entry.d === -1 && entry.n !== undefined ? [entry.n] : []));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

function gzipSize(text: string | Buffer): number {
  return text.length === 0 ? 0 : gzipSync(text, { level: 9 }).length;
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

  const seen = new Map<string, JsFile>();
  const zodFiles: string[] = [];
  const queue = urls.map((url) => posix.resolve(posix.dirname(pageUrl), url.replace(/&amp;/g, '&')));
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    const file = toFile(outDir, base, url);
    if (file === null || seen.has(file)) continue;
    const code = readFileSync(join(outDir, file));
    seen.set(file, { file, bytes: code.length, gzip: gzipSize(code) });
    const text = code.toString('utf8');
    if (/\._zod\b|"ZodError"/.test(text)) zodFiles.push(file);
    for (const spec of staticImports(text)) {
      if (spec.startsWith('.') || spec.startsWith('/')) queue.push(posix.resolve(posix.dirname(url), spec));
    }
  }
  const files = [...seen.values()].sort((a, b) => b.gzip - a.gzip);
  const inlineGzip = gzipSize(inline.trim());
  return { page, files, totalGzip: files.reduce((sum, f) => sum + f.gzip, 0), inlineGzip, zodFiles };
}

/** Measures every HTML page of a built site, sorted by path. */
export function measureSite(outDir: string, base = '/'): PageJs[] {
  return htmlFiles(outDir)
    .map((path) => relative(outDir, path).split(sep).join('/'))
    .sort()
    .map((page) => measurePage(outDir, page, base));
}

/** Sentences naming each page over its budget, and each page that ships zod; empty when all is well. */
export function budgetProblems(pages: readonly PageJs[]): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const budget = budgetOf(page.page);
    const biggest = page.files
      .slice(0, 3)
      .map((f) => `${f.file} ${kb(f.gzip)}`)
      .join(', ');
    if (budget === 0 && page.totalGzip + page.inlineGzip > 0)
      problems.push(
        `${page.page} ships JavaScript (${biggest || `inline scripts, ${kb(page.inlineGzip)}`}); content pages must ship none.`,
      );
    else if (page.totalGzip > budget)
      problems.push(`${page.page} ships ${kb(page.totalGzip)} of JavaScript gzipped; the budget is ${kb(budget)} (largest: ${biggest}).`);
    if (page.zodFiles.length > 0) problems.push(`${page.page} loads zod (${page.zodFiles.join(', ')}); validate on the client without it.`);
  }
  return problems;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The per-page table printed by the build and by npm run bench. */
export function formatTable(pages: readonly PageJs[]): string {
  const rows = pages.map((p) => [
    p.page,
    String(p.files.length),
    kb(p.totalGzip),
    kb(p.inlineGzip),
    budgetOf(p.page) === 0 ? 'none' : kb(budgetOf(p.page)),
    budgetProblems([p]).length > 0 ? 'OVER' : 'ok',
  ]);
  const header = ['page', 'JS files', 'files gzipped', 'inline gzipped', 'budget (files)', ''];
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
