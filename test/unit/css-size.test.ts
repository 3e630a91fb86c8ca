import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSS_BUDGET, cssBudgetProblems, measurePageCss } from '../../src/integrations/css-size.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'css-size-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** CSS that gzip cannot shrink much: many distinct rules. */
function bulkyCss(rules: number): string {
  return Array.from(
    { length: rules },
    (_, i) => `.c${i.toString(36)}x${(i * 7919).toString(36)}{margin:${i % 97}px ${(i * 13) % 89}px}`,
  ).join('\n');
}

describe('CSS per page', () => {
  it('counts linked stylesheets (print ones too) and inline styles, each file once, under the base path', () => {
    const dir = site({
      'advisor-page/index.html':
        '<link rel="stylesheet" href="/advisor/_astro/a.css"><link rel="stylesheet" media="print" href="/advisor/_astro/p.css"><link rel="stylesheet" href="/advisor/_astro/a.css"><style>.x{color:red}</style>',
      '_astro/a.css': bulkyCss(50),
      '_astro/p.css': '@media print{nav{display:none}}',
    });
    const page = measurePageCss(dir, 'advisor-page/index.html', '/advisor/');
    expect(page.files.map((f) => f.file)).toEqual(['_astro/a.css', '_astro/p.css']);
    expect(page.inlineGzip).toBeGreaterThan(0);
    expect(page.totalGzip).toBe(page.files.reduce((s, f) => s + f.gzip, 0) + page.inlineGzip);
    expect(cssBudgetProblems([page])).toEqual([]);
  });

  it('names a page over 15 KB gzipped', () => {
    const dir = site({ 'index.html': '<link rel="stylesheet" href="/big.css">', 'big.css': bulkyCss(4000) });
    const page = measurePageCss(dir, 'index.html');
    expect(page.totalGzip).toBeGreaterThan(CSS_BUDGET);
    const problems = cssBudgetProblems([page]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^index\.html loads \d+\.\d KB of CSS gzipped; the budget is 15\.0 KB \(big\.css/);
  });
});
