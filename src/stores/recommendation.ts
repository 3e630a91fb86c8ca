import { computed } from 'nanostores';
import { resolveVisibility, type Visibility } from '../domain/answers/visibility.ts';
import { scoreAnswers, type ScoreSummary } from '../domain/engine/score-answers.ts';
import { $content } from './content.ts';
import { $answers } from './progress.ts';

/** Which questions are shown and which answers count; null until the content is set. */
export const $visibility = computed([$content, $answers], (content, answers): Visibility | null =>
  content ? resolveVisibility(content, answers) : null,
);

/**
 * The live scores, set and confidence from the same engine as the results page (scoreAnswers gives
 * exactly recommend()'s scores without the explanations); null until the content is set.
 */
export const $recommendation = computed([$content, $answers], (content, answers): ScoreSummary | null =>
  content ? scoreAnswers(content, answers) : null,
);
