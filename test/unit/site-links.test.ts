import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';

const folders: string[] = [];

/** Writes a small built site: file paths relative to the build folder, with their contents. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
  folders.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string): string => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('check-links', () => {
  it('accepts absolute, relative, asset and fragment links that resolve, and leaves other sites alone', async () => {
    const dir = site({
      'index.html': page('<a href="/guides/">Guides</a><img src="/favicon.svg" alt=""><a href="#top">Top</a><p id="top"></p>'),
      'guides/index.html': page('<a href="hro/">HRO</a><a href="../">Home</a><a href="hro/#costs">Costs</a>'),
      'guides/hro/index.html': page('<h2 id="costs">Costs</h2><a href="../rpo/">RPO</a><link rel="stylesheet" href="/_astro/a.css">'),
      'guides/rpo/index.html': page('<a href="https://example.invalid/">out</a><a href="mailto:a@b.c">mail</a>'),
      'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      '_astro/a.css': 'body{}',
    });
    expect(await checkLinks(dir)).toEqual([]);
  });

  it('reports a page, an asset and a fragment that do not exist, with the page that links to them', async () => {
    const dir = site({
      'index.html': page('<a href="/wizard/">Start</a><img src="/logo.png" alt=""><a href="#nowhere">x</a>'),
      'guides/hro/index.html': page('<a href="../missing/">Missing</a><a href="/#gone">Home</a>'),
    });
    expect(await checkLinks(dir)).toEqual([
      { page: '', link: '#nowhere', problem: "Fragment identifier '#nowhere' not found on page" },
      { page: '', link: 'logo.png', problem: 'status 404' },
      { page: '', link: 'wizard/', problem: 'status 404' },
      { page: 'guides/hro/', link: '#gone', problem: "Fragment identifier '#gone' not found on page" },
      { page: 'guides/hro/', link: 'guides/missing/', problem: 'status 404' },
    ]);
  });

  it('finds a link the attribute is written without quotes, as a regular expression would not', async () => {
    const dir = site({ 'index.html': page('<a href=/missing/>Unquoted</a>') });
    expect(await checkLinks(dir)).toEqual([{ page: '', link: 'missing/', problem: 'status 404' }]);
  });

  it('under a base path, resolves links below it and reports links that escape it', async () => {
    const dir = site({
      'index.html': page('<a href="/advisor/guides/">Guides</a><a href="guides/">Guides</a><a href="/guides/">Wrong</a>'),
      'guides/index.html': page('<a href="../">Home</a><a href="../../">Too far</a>'),
    });
    expect(await checkLinks(dir, '/advisor')).toEqual([
      { page: '', link: '/guides/', problem: 'status 404 (outside the base path /advisor/)' },
      { page: 'guides/', link: '/', problem: 'status 404 (outside the base path /advisor/)' },
    ]);
  });
});
