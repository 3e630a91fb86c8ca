// @ts-check
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { validateContent } from './src/integrations/validate-content.ts';

/** A sub-path to host under, e.g. BASE_PATH=/advisor; "/" by default. */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://outsourcing-advisor.example',
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [preact(), validateContent()],
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  server: { port: 4321 },
});
