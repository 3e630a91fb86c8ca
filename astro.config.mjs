// @ts-check
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { validateContent } from './src/integrations/validate-content.ts';

/** A sub-path to host under, e.g. BASE_PATH=/advisor; "/" by default. */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  // OUT_DIR and CACHE_DIR let two builds run side by side (e.g. the base-path test build).
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  site: process.env.SITE_URL || 'https://outsourcing-advisor.example',
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [preact(), validateContent()],
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  server: { port: 4321 },
});
