import type { AnswerValue } from '../domain/answers/answers.ts';
import { parseMetaText } from '../domain/answers/parse-meta.ts';
import type { FriendlyError } from '../domain/errors.ts';
import { $opened } from './opened-answers.ts';

/**
 * Sets one answer of those on screen (null removes it), as the share form sets the names: the
 * link fragment, the share link, the RFP button's link and the recommendation follow from
 * $opened. The cost view writes its edited assumptions through this, so an edited figure is an
 * answer like any other, with one source of truth.
 */
export function setResultAnswer(id: string, value: AnswerValue | null): void {
  const opened = $opened.get();
  const file = opened.file;
  if (!file) return;
  const answers = { ...file.answers };
  if (value === null) delete answers[id];
  else answers[id] = value;
  // Opened from this browser's saved answers, the page now shows answers of its own: its link's.
  $opened.set({ ...opened, source: 'link', file: { answers, meta: file.meta } });
}

/**
 * Sets "Prepared for" (client) or "Prepared by": plain text of at most 120 characters, empty to
 * remove it. Returns the problem to show beside the field, leaving the names unchanged, or null.
 */
export function setMetaText(field: 'client' | 'preparedBy', text: string): FriendlyError | null {
  const opened = $opened.get();
  const file = opened.file;
  if (!file) return null;
  const parsed = parseMetaText(field, text.trim());
  if (!parsed.ok) return parsed.error;
  const meta = { ...file.meta };
  if (parsed.value === '') delete meta[field];
  else meta[field] = parsed.value;
  $opened.set({ ...opened, file: { answers: file.answers, meta } });
  return null;
}
