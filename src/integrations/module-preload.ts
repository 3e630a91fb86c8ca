import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../domain/base-path.ts';
import { measureSite } from './js-size.ts';

/**
 * Lists every module a page's script imports statically as <link rel="modulepreload"> in its head,
 * so the browser fetches them all at once, beside the stylesheets, instead of finding each import
 * only once the module that imports it has arrived (a round trip per level on a slow network).
 */
export function modulePreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'outsourcing-advisor:module-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const prefix = normaliseBase(base);
        let pages = 0;
        for (const page of measureSite(outDir, base)) {
          if (page.files.length === 0) continue;
          const path = join(outDir, page.page);
          const html = readFileSync(path, 'utf8');
          const links = page.files
            .map((f) => `${prefix}${f.file}`)
            .filter((href) => !html.includes(`"${href}"`))
            .map((href) => `<link rel="modulepreload" href="${href}">`)
            .join('');
          if (!links) continue;
          writeFileSync(path, html.replace('</head>', `${links}</head>`));
          pages++;
        }
        logger.info(`Module preloads listed on ${pages} pages.`);
      },
    },
  };
}
