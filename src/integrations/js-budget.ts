import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { budgetProblems, formatTable, measureSite } from '../../scripts/js-size.ts';

/**
 * Fails `astro build` when a page ships more JavaScript than its budget (see scripts/js-size.ts):
 * 20 KB gzipped for the wizard, results and RFP pages, all loaded chunks counted; none for
 * content pages; and zod on no page at all.
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
        const pages = measureSite(fileURLToPath(dir), base);
        logger.info(`JavaScript per page:\n${formatTable(pages)}`);
        const problems = budgetProblems(pages);
        if (problems.length > 0) throw new Error(`JavaScript budget exceeded:\n- ${problems.join('\n- ')}`);
      },
    },
  };
}
