import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { cssBudgetProblems, formatCssTable, measurePageCss } from './css-size.ts';
import { budgetProblems, formatTable, measureSite } from './js-size.ts';

/**
 * Fails `astro build` when a page ships more JavaScript than its budget (see scripts/js-size.ts):
 * 28 KB gzipped for the wizard, results, RFP, list (saved) and compare pages, all loaded chunks counted; none for
 * content pages; and zod on no page at all. Also fails when a page loads more than 15 KB of CSS
 * gzipped (see scripts/css-size.ts).
 */
export function jsBudget(): AstroIntegration {
  let base = '/';
  return {
    name: 'outsourcing-advisor:js-budget',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = measureSite(outDir, base);
        logger.info(`JavaScript per page:\n${formatTable(pages)}`);
        const css = pages.map((p) => measurePageCss(outDir, p.page, base));
        logger.info(`CSS per page:\n${formatCssTable(css)}`);
        const problems = [...budgetProblems(pages), ...cssBudgetProblems(css)];
        if (problems.length > 0) throw new Error(`Budget exceeded:\n- ${problems.join('\n- ')}`);
      },
    },
  };
}
