import { computed } from 'nanostores';
import { withExplanations } from '../domain/content-parts.ts';
import explanations from '../lib/content-parts/explanations.ts';
import { $content } from './content.ts';

/** The content with the words a result's summary shows: the rules' sentences, how to buy each model, the alternatives. */
export const $explainContent = computed($content, (content) => withExplanations(content, explanations));
