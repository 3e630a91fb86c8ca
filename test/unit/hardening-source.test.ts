import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** Every source file under src/ that ends up in a page or a script. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return ['.ts', '.tsx', '.astro', '.mjs', '.js'].includes(extname(entry.name)) ? [path] : [];
  });
}

interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  /** File extensions the rule applies to; every source file when absent. */
  readonly only?: readonly string[];
}

/** Ways text could become markup, script or an inline style, none of which a strict CSP page may use. */
const RULES: readonly Rule[] = [
  { name: 'set:html', pattern: /\bset:html\b/ },
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/ },
  { name: '.innerHTML / .outerHTML', pattern: /\.(?:inner|outer)HTML\b/ },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { name: 'document.write', pattern: /document\.write(?:ln)?\s*\(/ },
  { name: 'createContextualFragment', pattern: /createContextualFragment/ },
  { name: 'eval / new Function', pattern: /\beval\s*\(|\bnew\s+Function\s*\(/ },
  { name: 'an inline <script is:inline>', pattern: /is:inline/, only: ['.astro'] },
  { name: 'an inline style attribute', pattern: /\sstyle\s*=\s*["'{]/, only: ['.astro', '.tsx'] },
  { name: 'an inline event handler attribute', pattern: /<[a-z][^>]*\son[a-z]+\s*=\s*["']/, only: ['.astro'] },
  { name: 'setAttribute of a style or event handler', pattern: /setAttribute\(\s*['"](?:style|on[a-z]+)['"]/ },
];

/** Every rule the text breaks, as "rule (line n)". */
function findings(text: string, ext: string): string[] {
  const lines = text.split('\n');
  return RULES.filter((rule) => !rule.only || rule.only.includes(ext)).flatMap((rule) =>
    lines.flatMap((line, i) => (rule.pattern.test(line) ? [`${rule.name} (line ${i + 1})`] : [])),
  );
}

describe('source: nothing a user or a link controls can become markup, script or an inline style', () => {
  it('finds every kind of violation the rules describe (the check itself works)', () => {
    expect(findings('<div set:html={name} />', '.astro')).toEqual(['set:html (line 1)']);
    expect(findings('<p dangerouslySetInnerHTML={{ __html: x }} />', '.tsx')).toEqual(['dangerouslySetInnerHTML (line 1)']);
    expect(findings('el.innerHTML = name;\nel.outerHTML = x;', '.ts')).toEqual([
      '.innerHTML / .outerHTML (line 1)',
      '.innerHTML / .outerHTML (line 2)',
    ]);
    expect(findings("el.insertAdjacentHTML('beforeend', x)", '.ts')).toHaveLength(1);
    expect(findings('document.write(x)', '.ts')).toHaveLength(1);
    expect(findings('range.createContextualFragment(x)', '.ts')).toHaveLength(1);
    expect(findings('eval(code); new Function(code)', '.ts')).toHaveLength(1);
    expect(findings('<script is:inline>x()</script>', '.astro')).toHaveLength(1);
    expect(findings('<p style="color: red">', '.astro')).toHaveLength(1);
    expect(findings('<p style={{ color: "red" }}>', '.tsx')).toHaveLength(1);
    expect(findings('<button onclick="go()">', '.astro')).toHaveLength(1);
    expect(findings('el.setAttribute(\'onclick\', x); el.setAttribute("style", y)', '.ts')).toHaveLength(1);
    // Preact's onClick={...} attaches a listener, not an attribute; class names are fine.
    expect(findings('<button onClick={go} class="style-x">', '.tsx')).toEqual([]);
  });

  const files = sourceFiles(SRC);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith('.astro'))).toBe(true);
    expect(files.some((f) => f.endsWith('.tsx'))).toBe(true);
  });

  it('no file in src/ uses set:html, dangerouslySetInnerHTML, innerHTML, inline styles or inline handlers', () => {
    const found = files.flatMap((file) =>
      findings(readFileSync(file, 'utf8'), extname(file)).map((what) => `${relative(ROOT, file)}: ${what}`),
    );
    expect(found).toEqual([]);
  });
});
