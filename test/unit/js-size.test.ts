import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  budgetProblems,
  FIRST_LOAD_BUDGET,
  formatTable,
  isContentFile,
  measureFirstLoads,
  measurePage,
  measureSite,
  moduleImports,
  ON_DEMAND_BUDGET,
  staticImports,
} from '../../src/integrations/js-size.ts';

let dir = '';

function write(path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

const gz = (text: string): number => gzipSync(text, { level: 9 }).length;

/** Text gzip cannot shrink much: `count` pseudo-random numbers written in base 36, about 0.7 bytes each gzipped. */
function incompressible(count: number): string {
  return Array.from({ length: count }, (_, i) => ((i * 7919) % 65_521).toString(36)).join('');
}

const ENTRY =
  'import{h}from"./shared.js";import s from"./content-scoring.Ab1.js";const later=()=>import("./details.js");export{h,s,later};';
const SHARED = 'export const h=1;'.repeat(20);
const CONTENT = 'export default JSON.parse(\'{"a":1}\');';
const DETAILS = 'import{h}from"./shared.js";import d from"./content-details.Cd2.js";export const x=h+d;';
const DETAILS_CONTENT = 'export default JSON.parse(\'{"d":2}\');';
const CSS = '.x{color:red}'.repeat(10);

function page(entry: string, base = '/'): string {
  return `<!doctype html><html><head><link rel="stylesheet" href="${base}_astro/a.css"></head><body><main>Page</main>
    <script type="module" src="${base}_astro/${entry}"></script><script type="application/ld+json">{"@type":"WebPage"}</script></body></html>`;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'js-size-'));
  write('_astro/wizard.js', ENTRY);
  write('_astro/results.js', 'import{h}from"./shared.js";import s from"./content-scoring.Ab1.js";export{h,s};');
  write('_astro/shared.js', SHARED);
  write('_astro/content-scoring.Ab1.js', CONTENT);
  write('_astro/details.js', DETAILS);
  write('_astro/content-details.Cd2.js', DETAILS_CONTENT);
  write('_astro/a.css', CSS);
  write('wizard/index.html', page('wizard.js'));
  write('results/index.html', page('results.js'));
  write('guides/index.html', '<html><body><p>Guides</p></body></html>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('measurePage', () => {
  it('counts the scripts and every static import once, and lists what dynamic imports load apart', () => {
    const wizard = measurePage(dir, 'wizard/index.html');
    expect(wizard.files.map((f) => f.file).sort()).toEqual(['_astro/content-scoring.Ab1.js', '_astro/shared.js', '_astro/wizard.js']);
    expect(wizard.totalGzip).toBe(gz(ENTRY) + gz(SHARED) + gz(CONTENT));
    // details.js imports shared.js, already loaded: only what is new counts as loaded on demand.
    expect(wizard.onDemand.map((f) => f.file).sort()).toEqual(['_astro/content-details.Cd2.js', '_astro/details.js']);
    expect(wizard.inlineGzip).toBe(0);
    expect(wizard.zodFiles).toEqual([]);
  });

  it('follows modulepreloads and island URLs under a base path, and finds zod', () => {
    write('_astro/shared.js', 'const e=class{constructor(){this._zod={def:1}}};export const h=e;');
    write(
      'rfp/index.html',
      '<link rel="modulepreload" href="/advisor/_astro/shared.js"><astro-island component-url="/advisor/_astro/results.js"></astro-island>',
    );
    const rfp = measurePage(dir, 'rfp/index.html', '/advisor/');
    expect(rfp.files.map((f) => f.file).sort()).toEqual(['_astro/content-scoring.Ab1.js', '_astro/results.js', '_astro/shared.js']);
    expect(rfp.zodFiles).toEqual(['_astro/shared.js']);
  });
});

describe('moduleImports', () => {
  it('reads minified static and dynamic imports, and leaves out look-alikes in strings and comments', () => {
    const code = [
      'import{h as a}from"./framework.js";import"./side.js";export*from"./all.js";export{b}from"./b.js";',
      'const lazy=()=>import("./lazy.js");',
      'const text="import x from \'./in-a-string.js\'";',
      '/* import "./in-a-comment.js" */',
    ].join('');
    expect(moduleImports(code)).toEqual({ static: ['./framework.js', './side.js', './all.js', './b.js'], dynamic: ['./lazy.js'] });
    expect(staticImports(code)).toEqual(['./framework.js', './side.js', './all.js', './b.js']);
  });

  it('knows a content file by its name', () => {
    expect(isContentFile('_astro/content-scoring.B7oZHbsd.js')).toBe(true);
    expect(isContentFile('_astro/content-details.CpZ-VvM4.js')).toBe(true);
    expect(isContentFile('_astro/detail-content.CLRM2pQL.js')).toBe(false);
    expect(isContentFile('_astro/content.js')).toBe(false);
  });
});

describe('first loads', () => {
  it('count HTML, CSS and JavaScript, and a content file on the first page of the journey that loads it', () => {
    const pages = measureSite(dir);
    const [wizard, results] = measureFirstLoads(dir, pages);
    const html = (p: string): number => gz(`${page(p)}`);
    expect(wizard).toEqual({
      page: 'wizard/index.html',
      html: html('wizard.js'),
      css: gz(CSS),
      code: gz(ENTRY) + gz(SHARED),
      content: gz(CONTENT),
      contentFiles: ['_astro/content-scoring.Ab1.js'],
      total: html('wizard.js') + gz(CSS) + gz(ENTRY) + gz(SHARED) + gz(CONTENT),
      alone: html('wizard.js') + gz(CSS) + gz(ENTRY) + gz(SHARED) + gz(CONTENT),
    });
    // The results page loads the same content file, cached by then: its first load leaves it out, opened alone it does not.
    expect(results?.content).toBe(0);
    expect(results?.contentFiles).toEqual([]);
    expect(results?.alone).toBe((results?.total ?? 0) + gz(CONTENT));
    expect(budgetProblems(pages, measureFirstLoads(dir, pages))).toEqual([]);
    const printed = formatTable(pages, measureFirstLoads(dir, pages));
    expect(printed).toMatch(/wizard\/index\.html\s+[\d.]+ KB\s+[\d.]+ KB\s+[\d.]+ KB\s+[\d.]+ KB\s+[\d.]+ KB\s+40\.0 KB\s+ok/);
    expect(printed).toMatch(/_astro\/details\.js\s+[\d.]+ KB\s+15\.0 KB\s+ok\s+wizard/);
    expect(printed).toContain('The other 1 pages ship no JavaScript.');
  });

  it('refuse a first load over 40 KB, naming the page, what it is made of and the largest files', () => {
    write('_astro/shared.js', `export const h="${incompressible(64_000)}";`);
    const pages = measureSite(dir);
    const loads = measureFirstLoads(dir, pages);
    expect(loads[0]?.total).toBeGreaterThan(FIRST_LOAD_BUDGET);
    const problems = budgetProblems(pages, loads);
    expect(problems[0]).toMatch(
      /^wizard\/index\.html loads [\d.]+ KB gzipped at first \(HTML [\d.]+ KB, CSS [\d.]+ KB, JavaScript [\d.]+ KB, content [\d.]+ KB\); the budget is 40\.0 KB \(largest files: _astro\/shared\.js /,
    );
  });

  it('refuse a file loaded on demand over 15 KB, once, naming the page that loads it', () => {
    write('_astro/content-details.Cd2.js', `export default "${incompressible(24_000)}";`);
    const pages = measureSite(dir);
    expect(pages.find((p) => p.page === 'wizard/index.html')?.onDemand[0]?.gzip).toBeGreaterThan(ON_DEMAND_BUDGET);
    expect(budgetProblems(pages, measureFirstLoads(dir, pages))).toEqual([
      expect.stringMatching(
        /^_astro\/content-details\.Cd2\.js, loaded on demand by wizard\/index\.html, is [\d.]+ KB gzipped; the budget is 15\.0 KB a file\.$/,
      ),
    ]);
  });

  it('refuse any JavaScript on a content page, inline scripts included, and zod anywhere', () => {
    write('guides/hro/index.html', '<html><body><script>customElements.define("x-y",class extends HTMLElement{})</script></body></html>');
    write('index.html', '<html><body><script type="module" src="/_astro/results.js"></script></body></html>');
    write('_astro/shared.js', 'export const h="ZodError";');
    const pages = measureSite(dir);
    expect(budgetProblems(pages, measureFirstLoads(dir, pages))).toEqual([
      expect.stringMatching(/^guides\/hro\/index\.html ships JavaScript \(inline scripts, [\d.]+ KB\); content pages must ship none\.$/),
      expect.stringMatching(/^index\.html ships JavaScript \(_astro\/.+\); content pages must ship none\.$/),
      'index.html loads zod (_astro/shared.js); validate on the client without it.',
      'results/index.html loads zod (_astro/shared.js); validate on the client without it.',
      'wizard/index.html loads zod (_astro/shared.js); validate on the client without it.',
    ]);
  });
});
