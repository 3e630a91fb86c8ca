import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TEXT = /\.(?:html|css|js|svg|xml|json|txt)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/**
 * Writes a gzipped copy beside every text file of the build (page.html.gz beside page.html), as
 * the budgets count them: static hosts that serve precompressed files (nginx's gzip_static, most
 * CDNs) send them as they are, and scripts/serve.ts does too, for the tests and Lighthouse.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'outsourcing-advisor:precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const written = files(fileURLToPath(dir)).filter((path) => TEXT.test(path));
        for (const path of written) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
        logger.info(`${written.length} files gzipped beside themselves.`);
      },
    },
  };
}
