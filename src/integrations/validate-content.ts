import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../lib/load-content.ts';

/**
 * Fails `astro dev`, `astro build` and `astro check` early when content/ is not valid, with a
 * message that names each file, field and problem (the loader the pages and the CLI use), and
 * tells the pages where content/ is: once bundled, a module cannot find it from its own path.
 */
export function validateContent(): AstroIntegration {
  return {
    name: 'outsourcing-advisor:validate-content',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        const dir = fileURLToPath(new URL('content/', config.root));
        const content = loadContent(dir);
        logger.info(`content/ is valid: ${content.questions.length} questions, ${content.rules.length} rules.`);
        updateConfig({ vite: { define: { 'import.meta.env.ADVISOR_CONTENT_DIR': JSON.stringify(dir) } } });
      },
    },
  };
}
