import { computed } from 'nanostores';
import { recommend } from '../domain/engine/recommend.ts';
import type { Recommendation } from '../domain/engine/recommendation.ts';
import { $detailContent } from './detail-content.ts';
import { $opened } from './opened-answers.ts';
import { $preview } from './results.ts';

// Loaded when a visitor first asks for what would change the result, what to watch or the full
// report: the summary never waits for this code or these words.

/** The whole recommendation on screen: the summary, what would change it, and the risks, KPIs and scope notes. */
export const $result = computed([$detailContent, $opened], (content, { file }): Recommendation | null =>
  file ? recommend(content, file.answers) : null,
);

/** The recommendation the previewed change would give, from the same engine; null when nothing is previewed. */
export const $previewResult = computed([$detailContent, $opened, $preview], (content, { file }, change): Recommendation | null => {
  if (!file || !change) return null;
  const answers = { ...file.answers };
  if (change.value === null) delete answers[change.question];
  else answers[change.question] = change.value;
  return recommend(content, answers);
});
