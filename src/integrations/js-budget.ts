import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { cssBudgetProblems, formatCssTable, measurePageCss } from './css-size.ts';
import { budgetProblems, formatTable, measureFirstLoads, measureSite } from './js-size.ts';

/**
 * Fails `astro build` when a page is over its budget (see js-size.ts and css-size.ts): the first
 * load of the interactive pages (questionnaire, quick check, results, RFP, saved list, compare) (HTML, CSS, JavaScript and the content files
 * they are the first to load) at most 40 KB gzipped; every file they load on demand at most 15 KB;
 * no JavaScript on content pages; zod on no page; at most 15 KB of CSS on any page.
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
        const loads = measureFirstLoads(outDir, pages, base);
        logger.info(`What each page loads:\n${formatTable(pages, loads)}`);
        const css = pages.map((p) => measurePageCss(outDir, p.page, base));
        logger.info(`CSS per page:\n${formatCssTable(css)}`);
        const problems = [...budgetProblems(pages, loads), ...cssBudgetProblems(css)];
        if (problems.length > 0) throw new Error(`Budget exceeded:\n- ${problems.join('\n- ')}`);
      },
    },
  };
}
