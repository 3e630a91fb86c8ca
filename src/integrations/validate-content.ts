import type { AstroIntegration } from 'astro';
import { loadContent } from '../cli/load-content.ts';

/**
 * Fails `astro dev`, `astro build` and `astro check` early when content/ is not valid, with a
 * message that names each file, field and problem (the same check the CLI and tests run).
 */
export function validateContent(): AstroIntegration {
  return {
    name: 'outsourcing-advisor:validate-content',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const content = loadContent();
        logger.info(`content/ is valid: ${content.questions.length} questions, ${content.rules.length} rules.`);
      },
    },
  };
}
