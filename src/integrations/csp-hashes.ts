import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Keeps in a page's Content Security Policy only the hashes of the inline scripts and styles that
 * page has. Astro lists the hashes of every script it could add (its island loaders among them),
 * on every page; these pages have none of those, so the policy gets stricter and the page shorter.
 */
export function trimCspHashes(html: string): string {
  const inline = new Set<string>();
  for (const [, , attributes = '', body = ''] of html.matchAll(INLINE))
    if (!/\bsrc=/i.test(attributes)) inline.add(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  return html.replace(CSP_META, (_, open: string, policy: string, close: string) => {
    const kept = policy
      .split(';')
      .map((directive) =>
        directive
          .trim()
          .split(/\s+/)
          .filter((source) => !source.startsWith("'sha256-") || inline.has(source))
          .join(' '),
      )
      .join(';');
    return `${open}${kept}${close}`;
  });
}

/** Trims every built page's policy (see trimCspHashes). */
export function cspHashes(): AstroIntegration {
  return {
    name: 'outsourcing-advisor:csp-hashes',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const path of htmlFiles(fileURLToPath(dir))) writeFileSync(path, trimCspHashes(readFileSync(path, 'utf8')));
      },
    },
  };
}
