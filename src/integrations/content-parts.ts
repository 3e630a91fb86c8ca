import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { splitContent, type ContentParts } from '../domain/content-parts.ts';
import { loadContent } from '../lib/load-content.ts';

/** The modules that stand for the parts (src/lib/content-parts/<part>.ts), by the part they stand for. */
const PART_MODULE = /[\\/]src[\\/]lib[\\/]content-parts[\\/](scoring|explanations|details|outline|tender|terms|costs|why)\.ts$/;

function isPart(name: string): name is keyof ContentParts {
  return ['scoring', 'explanations', 'details', 'outline', 'tender', 'terms', 'costs', 'why'].includes(name);
}

/**
 * Replaces each src/lib/content-parts/<part>.ts with the part itself, as JSON parsed once (faster
 * than an object literal of this size), so the pages load content as data in files of their own
 * that every page reading a part shares from the cache, and never the loader, zod or content/.
 * The build names those files content-<part>.*.js (astro.config.mjs); the budget counts each on
 * the first page that loads it (src/integrations/js-size.ts).
 */
export function contentParts(): AstroIntegration {
  return {
    name: 'outsourcing-advisor:content-parts',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        let parts: ContentParts | null = null;
        const dir = fileURLToPath(new URL('content/', config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'outsourcing-advisor:content-parts',
                enforce: 'pre',
                load(id: string) {
                  const name = PART_MODULE.exec(id.split('?')[0] ?? '')?.[1] ?? '';
                  if (!isPart(name)) return null;
                  parts ??= splitContent(loadContent(dir));
                  return `export default JSON.parse(${JSON.stringify(JSON.stringify(parts[name]))});\n`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
