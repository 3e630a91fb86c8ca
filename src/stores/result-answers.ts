import type { AnswerValue } from '../domain/answers/answers.ts';
import { $resultFile, $source } from './results.ts';

/**
 * Sets one answer of those on screen (null removes it), as the share form sets the names: the
 * link fragment, the share link, the RFP button's link and the recommendation follow from
 * $resultFile. The cost view writes its edited assumptions through this, so an edited figure is
 * an answer like any other, with one source of truth.
 */
export function setResultAnswer(id: string, value: AnswerValue | null): void {
  const file = $resultFile.get();
  if (!file) return;
  const answers = { ...file.answers };
  if (value === null) delete answers[id];
  else answers[id] = value;
  $resultFile.set({ answers, meta: file.meta });
  // Opened from this browser's saved answers, the page now shows answers of its own: its link's.
  $source.set('link');
}
