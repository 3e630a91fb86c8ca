// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { brand } from './src/integrations/brand.ts';
import { tableHeadersPlugin } from './src/components/guides/table-headers-plugin.ts';
import { jsBudget } from './src/integrations/js-budget.ts';
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
  integrations: [preact(), validateContent(), brand(), jsBudget()],
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // Preact, nanostores, our useStore hook, Astro's Preact renderer and Vite's preload helper in one
          // file: every page with an island loads all of them, and each extra file costs its own gzip
          // overhead in the JavaScript budget (the renderer's entry file becomes a one-line re-export).
          codeSplitting: {
            groups: [
              {
                name: 'framework',
                test: /node_modules[\\/](?:preact|nanostores)[\\/]|preload-helper|@astrojs[\\/]preact[\\/]dist[\\/](?:client|static-html)|src[\\/]stores[\\/](?:use-store|storage)|src[\\/]islands[\\/](?:shared[\\/]SavedNotices|results[\\/]fill)/,
              },
            ],
          },
        },
      },
    },
  },
  build: { inlineStylesheets: 'never' },
  // Guide tables get row headers as well as column headers (see the plugin).
  markdown: { processor: satteri({ hastPlugins: [tableHeadersPlugin] }) },
  devToolbar: { enabled: false },
  // Strict CSP as a <meta> tag on every page: Astro hashes its own scripts and styles. Hosts that
  // allow headers should also send frame-ancestors, which a meta tag cannot set (see README).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ],
    },
  },
  server: { port: 4321 },
});
