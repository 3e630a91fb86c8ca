import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { alternativeFileSchema } from './domain/schemas/advice.ts';
import { combinationSchema } from './domain/schemas/combination.ts';
import { glossaryFileSchema } from './domain/schemas/glossary.ts';
import { guideSchema } from './domain/schemas/guide.ts';
import { modelSchema } from './domain/schemas/model.ts';
import { sectionSchema } from './domain/schemas/question.ts';
import { rfpSectionSchema } from './domain/schemas/rfp.ts';
import { ruleFileSchema } from './domain/schemas/rule.ts';
import { scoringSettingsSchema } from './domain/schemas/settings.ts';

const json = (folder: string) => glob({ pattern: '*.json', base: `./content/${folder}` });

export const collections = {
  questions: defineCollection({ loader: json('questions'), schema: sectionSchema }),
  rules: defineCollection({ loader: json('rules'), schema: ruleFileSchema }),
  models: defineCollection({ loader: json('models'), schema: modelSchema }),
  combinations: defineCollection({ loader: json('combinations'), schema: combinationSchema }),
  alternatives: defineCollection({ loader: json('alternatives'), schema: alternativeFileSchema }),
  settings: defineCollection({ loader: json('settings'), schema: scoringSettingsSchema }),
  rfp: defineCollection({ loader: json('rfp'), schema: rfpSectionSchema }),
  guides: defineCollection({ loader: glob({ pattern: '*.md', base: './content/guides' }), schema: guideSchema }),
  glossary: defineCollection({ loader: json('glossary'), schema: glossaryFileSchema }),
};
