import type { AstroIntegration } from 'astro';
import { copyFileSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Palette } from '../domain/brand/palette.ts';
import { normaliseBase } from '../domain/base-path.ts';
import { brandFileFromEnv, loadBrand, type LoadedBrand } from '../lib/load-brand.ts';

const VIRTUAL_CSS = 'virtual:brand.css';
/** The module that stands for the brand in the pages' scripts. */
const DOCUMENT_BRAND = /[\\/]src[\\/]lib[\\/]document-brand\.ts$/;
const RESOLVED_CSS = `\0${VIRTUAL_CSS}`;

const TOKENS: Readonly<Record<keyof Palette, string>> = {
  accent: '--accent',
  accentStrong: '--accent-strong',
  accentSoft: '--accent-soft',
  accentText: '--accent-fg',
  header: '--header-bg',
  headerText: '--header-fg',
  headerMuted: '--header-muted',
  headerMark: '--header-mark',
};

/** Text as a CSS string: quotes and backslashes escaped, anything beyond ASCII as a hex escape. */
export function cssString(text: string): string {
  return `"${text.replace(/["\\]|[^\x20-\x7e]/gu, (c) => `\\${c.codePointAt(0)?.toString(16) ?? ''} `)}"`;
}

function declarations(palette: Palette, indent: string): string {
  return (Object.keys(TOKENS) as (keyof Palette)[]).map((key) => `${indent}${TOKENS[key]}: ${palette[key]};`).join('\n');
}

/**
 * The brand as a stylesheet: its colours as the tokens the other stylesheets read (light, and dark
 * under prefers-color-scheme), and its name at the foot of every printed page. A stylesheet the
 * pages load like any other, so the strict CSP needs no exception for it.
 */
export function brandStylesheet({ brand, palette }: LoadedBrand): string {
  return [
    `:root {\n${declarations(palette.light, '  ')}\n}`,
    `@media (prefers-color-scheme: dark) {\n  :root {\n${declarations(palette.dark, '    ')}\n  }\n}`,
    `@media print {\n  @page {\n    @bottom-left {\n      content: ${cssString(brand.name)};\n      font-family: system-ui, sans-serif;\n      font-size: 8pt;\n      color: #333333;\n    }\n  }\n}`,
    '',
  ].join('\n');
}

/** The brand's name, contact line and default author as a module of data (see src/lib/document-brand.ts). */
function documentBrandModule({ brand }: LoadedBrand): string {
  const data = {
    name: brand.name,
    ...(brand.contact ? { contact: brand.contact } : {}),
    ...(brand.preparedBy ? { preparedBy: brand.preparedBy } : {}),
  };
  return `export default ${JSON.stringify(data)};\n`;
}

/**
 * Reads the brand file (BRAND_FILE, else content/brand/brand.json) once per build and fails the
 * build with a message naming each problem. Gives the pages the file's path, the brand's colours
 * as `virtual:brand.css`, its name, contact line and default author to the pages' scripts (src/lib/document-brand.ts), and the logo at the site's root as favicon.svg or favicon.png (copied
 * into the build; served from disk by `astro dev`).
 */
export function brand(): AstroIntegration {
  let loaded: LoadedBrand;
  let base = '/';
  return {
    name: 'outsourcing-advisor:brand',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        const file = brandFileFromEnv();
        loaded = loadBrand(file);
        base = normaliseBase(config.base);
        logger.info(`Brand: ${loaded.brand.name} (${relative(fileURLToPath(config.root), file) || file}).`);
        const css = brandStylesheet(loaded);
        updateConfig({
          vite: {
            define: { 'import.meta.env.ADVISOR_BRAND_FILE': JSON.stringify(file) },
            plugins: [
              {
                name: 'outsourcing-advisor:brand-css',
                resolveId: (id: string) => (id === VIRTUAL_CSS ? RESOLVED_CSS : undefined),
                load: (id: string) => (id === RESOLVED_CSS ? css : undefined),
              },
              {
                // The pages' scripts read the brand as data, never the loader, zod or the file system.
                name: 'outsourcing-advisor:document-brand',
                enforce: 'pre' as const,
                load: (id: string) => (DOCUMENT_BRAND.test(id.split('?')[0] ?? '') ? documentBrandModule(loaded) : undefined),
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        const { path, format, servedAs } = loaded.logo;
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0] !== `${base}${servedAs}`) return next();
          response.setHeader('content-type', format === 'svg' ? 'image/svg+xml' : 'image/png');
          response.end(readFileSync(path));
        });
      },
      'astro:build:done': ({ dir }) => {
        copyFileSync(loaded.logo.path, new URL(loaded.logo.servedAs, dir));
      },
    },
  };
}
