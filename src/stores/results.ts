import { atom, computed, onMount, onSet } from 'nanostores';
import type { AnswerFile } from '../domain/answers/answers.ts';
import { recommend } from '../domain/engine/recommend.ts';
import type { Change, Recommendation } from '../domain/engine/recommendation.ts';
import type { FriendlyError } from '../domain/errors.ts';
import { $content } from './content.ts';
import { $opened } from './opened-answers.ts';

/** Why the answers on screen could not be opened in the questionnaire: storage refused, or the code to do it did not load. */
export const $editError = atom<FriendlyError | 'unavailable' | null>(null);

/** The recommendation on screen, from the same engine as the wizard and the command line. */
export const $result = computed([$content, $opened], (content, { file }): Recommendation | null =>
  content && file ? recommend(content, file.answers) : null,
);

/**
 * A "what would change it" entry being previewed beside the result, or null. Previewing never
 * touches the answers on screen, the link, the saved progress or the RFP draft.
 */
export const $preview = atom<Change | null>(null);

// Other answers opened close the preview of the last ones.
onSet($opened, ({ newValue }) => {
  if (newValue.opening !== $opened.value?.opening) $preview.set(null);
});

/** The recommendation the previewed change would give, from the same engine; null when nothing is previewed. */
export const $previewResult = computed([$content, $opened, $preview], (content, { file }, change): Recommendation | null => {
  if (!content || !file || !change) return null;
  const answers = { ...file.answers };
  if (change.value === null) delete answers[change.question];
  else answers[change.question] = change.value;
  return recommend(content, answers);
});

/** The words of the tab's title: "{label}" is the recommended set, "{client}" the client's name. */
export const RESULT_TITLE = { named: '{label} for {client}', plain: '{label}', site: 'Outsourcing Advisor' } as const;

/** The tab's title for a result: its verdict, and the client's name when there is one. */
export function resultTitle(result: Recommendation, file: AnswerFile, words: { named: string; plain: string }, site: string): string {
  const client = file.meta.client?.trim();
  const title = (client ? words.named : words.plain)
    .replace('{label}', () => result.recommendation.label)
    .replace('{client}', () => client ?? '');
  return `${title} · ${site}`;
}

/** Keeps the tab's title naming the result on screen and its client. Returns a function that stops it. */
export function connectTitle(doc: { title: string }): () => void {
  return $result.subscribe((result) => {
    const file = $opened.get().file;
    if (result && file) doc.title = resultTitle(result, file, RESULT_TITLE, RESULT_TITLE.site);
  });
}

// In the browser, the tab's title follows the result once a view shows one.
onMount($result, () => (typeof document === 'undefined' ? undefined : connectTitle(document)));
