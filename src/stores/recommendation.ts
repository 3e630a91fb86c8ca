import { computed } from 'nanostores';
import { resolveVisibility, type Visibility } from '../domain/answers/visibility.ts';
import { scoreAnswers, type ScoreSummary } from '../domain/engine/score-answers.ts';
import { $content } from './content.ts';
import { $answers } from './progress.ts';

/** Which questions are shown and which answers count. */
export const $visibility = computed([$content, $answers], (content, answers): Visibility => resolveVisibility(content, answers));

/**
 * The live scores, set and confidence from the same engine as the results page (scoreAnswers gives
 * exactly recommend()'s scores without the explanations).
 */
export const $recommendation = computed([$content, $answers], (content, answers): ScoreSummary => scoreAnswers(content, answers));
