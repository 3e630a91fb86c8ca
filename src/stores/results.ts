import { atom, onMount, onSet } from 'nanostores';
import { computed } from 'nanostores';
import type { AnswerFile } from '../domain/answers/answers.ts';
import { summarise } from '../domain/engine/summarise.ts';
import type { Change, ResultSummary } from '../domain/engine/recommendation.ts';
import type { FriendlyError } from '../domain/errors.ts';
import { $brand } from './brand.ts';
import { $explainContent } from './explain-content.ts';
import { $opened } from './opened-answers.ts';

/** Why the answers on screen could not be opened in the questionnaire: storage refused, or the code to do it did not load. */
export const $editError = atom<FriendlyError | 'unavailable' | null>(null);

/**
 * What the results page shows first, from the same engine as the questionnaire and the command
 * line: everything but what would change it and what to watch, which load when asked for
 * (result-details.ts).
 */
export const $summary = computed([$explainContent, $opened], (content, { file }): ResultSummary | null =>
  file ? summarise(content, file.answers) : null,
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

/** The words of the tab's title: "{label}" is the recommended set, "{client}" the client's name. */
export const RESULT_TITLE = { named: '{label} for {client}', plain: '{label}' } as const;

/** The tab's title for a result: its verdict, and the client's name when there is one. */
export function resultTitle(
  result: Pick<ResultSummary, 'recommendation'>,
  file: AnswerFile,
  words: { named: string; plain: string },
  site: string,
): string {
  const client = file.meta.client?.trim();
  const title = (client ? words.named : words.plain)
    .replace('{label}', () => result.recommendation.label)
    .replace('{client}', () => client ?? '');
  return `${title} · ${site}`;
}

/** Keeps the tab's title naming the result on screen, its client and the brand. Returns a function that stops it. */
export function connectTitle(doc: { title: string }): () => void {
  return $summary.subscribe((result) => {
    const file = $opened.get().file;
    const site = $brand.get()?.name;
    if (result && file && site) doc.title = resultTitle(result, file, RESULT_TITLE, site);
  });
}

// In the browser, the tab's title follows the result once a view shows one.
onMount($summary, () => (typeof document === 'undefined' ? undefined : connectTitle(document)));
