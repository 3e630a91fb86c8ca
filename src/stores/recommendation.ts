import { computed } from 'nanostores';
import { resolveVisibility, type Visibility } from '../domain/answers/visibility.ts';
import { recommend } from '../domain/engine/recommend.ts';
import type { Recommendation } from '../domain/engine/recommendation.ts';
import { $content } from './content.ts';
import { $answers } from './progress.ts';

/** Which questions are shown and which answers count; null until the content is set. */
export const $visibility = computed([$content, $answers], (content, answers): Visibility | null =>
  content ? resolveVisibility(content, answers) : null,
);

/** The live recommendation from the same engine as the results page; null until the content is set. */
export const $recommendation = computed([$content, $answers], (content, answers): Recommendation | null =>
  content ? recommend(content, answers) : null,
);
