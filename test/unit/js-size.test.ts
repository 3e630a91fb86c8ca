import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  budgetOf,
  budgetProblems,
  formatTable,
  INTERACTIVE_BUDGET,
  measurePage,
  measureSite,
  staticImports,
} from '../../src/integrations/js-size.ts';

let dir = '';

function write(path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

const gz = (text: string): number => gzipSync(text, { level: 9 }).length;

const ISLAND = 'export{default}from"./island-body.js";import"./shared.js";';
const BODY = 'import{h as x}from"./shared.js";const lazy=()=>import("./lazy.js");export default function W(){return x}';
const SHARED = 'export const h=1;'.repeat(20);
const RENDERER = 'import{h}from"/_astro/shared.js";export default h;';
const INLINE = 'customElements.define("astro-island",class extends HTMLElement{});';

function islandPage(base = '/'): string {
  return `<!doctype html><html><head><script>${INLINE}</script></head><body>
    <astro-island uid="1" component-url="${base}_astro/island.js" renderer-url="${base}_astro/renderer.js" client="only"></astro-island>
    <script type="application/ld+json">{"@type":"WebPage"}</script></body></html>`;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'js-size-'));
  write('_astro/island.js', ISLAND);
  write('_astro/island-body.js', BODY);
  write('_astro/shared.js', SHARED);
  write('_astro/renderer.js', RENDERER);
  write('_astro/lazy.js', 'export const big="' + 'x'.repeat(50_000) + '";');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('measurePage', () => {
  it('counts the island, its renderer and every static import once, follows imports transitively, and skips dynamic imports', () => {
    write('wizard/index.html', islandPage());
    const page = measurePage(dir, 'wizard/index.html');
    expect(page.files.map((f) => f.file).sort()).toEqual([
      '_astro/island-body.js',
      '_astro/island.js',
      '_astro/renderer.js',
      '_astro/shared.js',
    ]);
    expect(page.totalGzip).toBe(gz(ISLAND) + gz(BODY) + gz(SHARED) + gz(RENDERER));
    expect(page.inlineGzip).toBe(gz(INLINE));
    expect(page.zodFiles).toEqual([]);
  });

  it('follows module scripts and modulepreloads, under a base path', () => {
    write(
      'rfp/index.html',
      '<link rel="modulepreload" href="/advisor/_astro/shared.js"><script type="module" src="/advisor/_astro/renderer.js"></script>',
    );
    const page = measurePage(dir, 'rfp/index.html', '/advisor/');
    expect(page.files.map((f) => f.file).sort()).toEqual(['_astro/renderer.js', '_astro/shared.js']);
  });

  it('finds zod in a loaded file', () => {
    write('_astro/shared.js', 'const e=class{constructor(){this._zod={def:1}}};export const h=e;');
    write('results/index.html', islandPage());
    expect(measurePage(dir, 'results/index.html').zodFiles).toEqual(['_astro/shared.js']);
  });
});

describe('staticImports', () => {
  it('reads minified static imports and re-exports, and leaves out dynamic imports and look-alikes in strings', () => {
    const code = [
      'import{h as a}from"./framework.js";import"./side.js";export*from"./all.js";export{b}from"./b.js";',
      'const lazy=()=>import("./lazy.js");',
      'const text="import x from \'./in-a-string.js\'";',
      '/* import "./in-a-comment.js" */',
    ].join('');
    expect(staticImports(code)).toEqual(['./framework.js', './side.js', './all.js', './b.js']);
  });
});

describe('budgetOf', () => {
  it('gives the questionnaire, the results, the RFP, the list and the compare page 28 KB each, and every other page none', () => {
    for (const page of ['wizard', 'results', 'rfp', 'saved', 'compare']) expect(budgetOf(`${page}/index.html`), page).toBe(28 * 1024);
    expect(INTERACTIVE_BUDGET).toBe(28 * 1024);
    for (const page of [
      'index.html',
      'guides/rpo/index.html',
      'methodology/index.html',
      '404.html',
      'wizardry/index.html',
      'savedx/index.html',
    ])
      expect(budgetOf(page), page).toBe(0);
  });
});

describe('budgetProblems', () => {
  it('accepts a wizard page under 28 KB and content pages without JavaScript', () => {
    write('wizard/index.html', islandPage());
    write('guides/index.html', '<html><body><p>Guides</p></body></html>');
    const pages = measureSite(dir);
    expect(pages.map((p) => p.page)).toEqual(['guides/index.html', 'wizard/index.html']);
    expect(budgetProblems(pages)).toEqual([]);
    expect(formatTable(pages)).toMatch(/wizard\/index\.html\s+4\s+[\d.]+ KB\s+[\d.]+ KB\s+28\.0 KB\s+ok/);
  });

  it('refuses an interactive page over 28 KB gzipped, naming the page, the size and the largest files', () => {
    const incompressible = Array.from({ length: 36_000 }, (_, i) => ((i * 7919) % 65_521).toString(36)).join('');
    write('_astro/shared.js', `export const h="${incompressible}";`);
    write('wizard/index.html', islandPage());
    const page = measurePage(dir, 'wizard/index.html');
    expect(page.totalGzip).toBeGreaterThan(INTERACTIVE_BUDGET);
    const [problem] = budgetProblems([page]);
    expect(problem).toMatch(
      /^wizard\/index\.html ships [\d.]+ KB of JavaScript gzipped; the budget is 28\.0 KB \(largest: _astro\/shared\.js /,
    );
  });

  it('refuses any JavaScript on a content page, inline scripts included', () => {
    write('guides/hro/index.html', `<html><body><script>${INLINE}</script></body></html>`);
    write('index.html', '<html><body><script type="module" src="/_astro/renderer.js"></script></body></html>');
    const problems = budgetProblems(measureSite(dir));
    expect(problems).toEqual([
      expect.stringMatching(/^guides\/hro\/index\.html ships JavaScript \(inline scripts, [\d.]+ KB\); content pages must ship none\.$/),
      expect.stringMatching(
        /^index\.html ships JavaScript \(_astro\/renderer\.js [\d.]+ KB, _astro\/shared\.js [\d.]+ KB\); content pages must ship none\.$/,
      ),
    ]);
  });

  it('refuses zod on any page', () => {
    write('_astro/shared.js', 'export const h="ZodError";');
    write('wizard/index.html', islandPage());
    expect(budgetProblems(measureSite(dir))).toEqual([expect.stringContaining('wizard/index.html loads zod (_astro/shared.js)')]);
  });
});
