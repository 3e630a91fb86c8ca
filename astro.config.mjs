// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { brand } from './src/integrations/brand.ts';
import { tableHeadersPlugin } from './src/components/guides/table-headers-plugin.ts';
import { contentParts } from './src/integrations/content-parts.ts';
import { cspHashes } from './src/integrations/csp-hashes.ts';
import { jsBudget } from './src/integrations/js-budget.ts';
import { modulePreload } from './src/integrations/module-preload.ts';
import { precompress } from './src/integrations/precompress.ts';
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
  // In this order when the build is done: policies trimmed and preloads listed, then the budgets checked, then the files gzipped.
  integrations: [preact(), validateContent(), brand(), contentParts(), cspHashes(), modulePreload(), jsBudget(), precompress()],
  vite: {
    plugins: [
      {
        // A file loaded on demand fetches its own imports; only the content files it reads are listed
        // to fetch beside it (the largest, and the last to arrive otherwise). Listing every shared chunk
        // for every dynamic import cost a page's first load half a kilobyte of file names.
        name: 'outsourcing-advisor:preload-content',
        configEnvironment: (name) =>
          name === 'client'
            ? {
                build: {
                  modulePreload: {
                    polyfill: false,
                    resolveDependencies: (_file, deps) => deps.filter((dep) => /(?:^|\/)content-[a-z]+\./.test(dep)),
                  },
                },
              }
            : undefined,
      },
    ],
    build: {
      sourcemap: !!process.env.SOURCEMAP,
      rolldownOptions: {
        output: {
          // Preact, nanostores, our useStore hook and Vite's preload helper in one file: every page
          // with a script loads all of them, and each extra file costs its own gzip overhead.
          codeSplitting: {
            groups: [
              // Each part of the content in a file of its own, shared by every page that reads it.
              ...['scoring', 'explanations', 'details', 'outline', 'tender', 'terms', 'costs', 'why'].map((part) => ({
                name: `content-${part}`,
                test: new RegExp(`src[\\\\/]lib[\\\\/]content-parts[\\\\/]${part}\\.ts`),
              })),
              {
                name: 'framework',
                test: /node_modules[\\/](?:preact|nanostores)[\\/]|preload-helper|src[\\/]stores[\\/]use-store|src[\\/]islands[\\/](?:shared[\\/]Notices|results[\\/]fill)|src[\\/]domain[\\/]sort-short|src[\\/]lib[\\/]site-base|src[\\/]islands[\\/]shared[\\/]next-task/,
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
