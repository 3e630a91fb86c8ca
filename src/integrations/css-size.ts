/**
 * Measures the CSS each built page makes the browser load, gzipped: every <link rel="stylesheet">
 * (print stylesheets included: browsers fetch them too) and every inline <style>. Every page may
 * load at most CSS_BUDGET.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { normaliseBase } from '../domain/base-path.ts';
import { gzipSize, kb } from './sizes.ts';

export const CSS_BUDGET = 15 * 1024;

export interface PageCss {
  readonly page: string;
  readonly files: readonly { readonly file: string; readonly gzip: number }[];
  readonly inlineGzip: number;
  readonly totalGzip: number;
}

const STYLESHEET = /<link\b[^>]*\brel=["']stylesheet["'][^>]*>/gi;
const HREF = /\bhref=["']([^"']+)["']/i;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

export function measurePageCss(outDir: string, page: string, base = '/'): PageCss {
  const html = readFileSync(join(outDir, page), 'utf8');
  const prefix = normaliseBase(base);
  const pageUrl = posix.join(prefix, page);
  const files: { file: string; gzip: number }[] = [];
  for (const match of html.matchAll(STYLESHEET)) {
    const href = HREF.exec(match[0])?.[1];
    if (!href || /^[a-z]+:|^\/\//i.test(href)) continue;
    let path = posix.resolve(posix.dirname(pageUrl), href.split(/[?#]/)[0] ?? '');
    path = path.startsWith(prefix) ? path.slice(prefix.length) : path.replace(/^\//, '');
    if (files.some((f) => f.file === path) || !existsSync(join(outDir, path))) continue;
    files.push({ file: path, gzip: gzipSize(readFileSync(join(outDir, path))) });
  }
  const inline = [...html.matchAll(INLINE_STYLE)].map((m) => m[1] ?? '').join('\n');
  const inlineGzip = gzipSize(inline.trim());
  return { page, files, inlineGzip, totalGzip: files.reduce((sum, f) => sum + f.gzip, 0) + inlineGzip };
}

/** Sentences naming each page over the CSS budget; empty when all is well. */
export function cssBudgetProblems(pages: readonly PageCss[]): string[] {
  return pages
    .filter((p) => p.totalGzip > CSS_BUDGET)
    .map(
      (p) =>
        `${p.page} loads ${kb(p.totalGzip)} of CSS gzipped; the budget is ${kb(CSS_BUDGET)} (${p.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}).`,
    );
}

export function formatCssTable(pages: readonly PageCss[]): string {
  const width = Math.max(4, ...pages.map((p) => p.page.length));
  const lines = [`${'page'.padEnd(width)}  CSS files  gzipped   budget`];
  for (const p of pages)
    lines.push(
      `${p.page.padEnd(width)}  ${String(p.files.length).padStart(9)}  ${kb(p.totalGzip).padStart(8)}  ${p.totalGzip > CSS_BUDGET ? 'OVER' : 'ok'}`,
    );
  return lines.join('\n');
}
