import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { glossaryFileSchema } from './domain/schemas/glossary.ts';
import { guideSchema } from './domain/schemas/guide.ts';

// Guides (Markdown, rendered by Astro) and the glossary. The engine's content (questions, rules,
// models, combinations, settings, RFP sections) is read by src/lib/load-content.ts, the one loader
// shared by the pages, the command line and the build's content check.
export const collections = {
  guides: defineCollection({ loader: glob({ pattern: '*.md', base: './content/guides' }), schema: guideSchema }),
  glossary: defineCollection({ loader: glob({ pattern: '*.json', base: './content/glossary' }), schema: glossaryFileSchema }),
};
