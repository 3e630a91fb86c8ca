import { useState } from 'preact/hooks';
import type { ScoreSummary } from '../../domain/engine/score-answers.ts';
import type { FriendlyError } from '../../domain/errors.ts';
import { entryName, type ListEntry } from '../../domain/saved/saved-list.ts';
import { encodeLink } from '../../domain/share/link-encode.ts';
import { buildShareUrl } from '../../domain/share/share-url.ts';
import { deleteEntry, duplicateEntry, renameEntry } from '../../stores/saved-list.ts';
import { fill } from '../results/fill.ts';
import type { SavedCopy } from './copy.ts';
import type { Said } from './said.ts';

interface Props {
  readonly entry: ListEntry;
  readonly result: ScoreSummary | null;
  readonly index: number;
  readonly base: string;
  readonly copy: SavedCopy;
  readonly picked: boolean;
  readonly onPick: (picked: boolean) => void;
  readonly onDone: (said: Said | null) => void;
}

/** One kept recommendation: who it is for, its verdict, when it was kept, and what can be done with it. */
export function SavedItem({ entry, result, index, base, copy, picked, onPick, onDone }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState<FriendlyError | null>(null);
  const id = `sv-${index}`;
  const name = entryName(entry) || copy.noClient;
  const hidden = (text: string) => <span class="visually-hidden">{fill(copy.actionFor, { name: text })}</span>;
  const remove = (
    <button
      type="button"
      class="sv-link"
      onClick={() => {
        const removed = deleteEntry(index);
        onDone(removed ? { text: fill(copy.deleted, { name }).join(''), undo: { index, entry: removed } } : null);
      }}
    >
      {copy.delete}
      {hidden(name)}
    </button>
  );

  if (entry.kind === 'unreadable' || !result)
    return (
      <li class="sv-item sv-item--unreadable">
        <h2 class="sv-name">
          {fill(copy.unreadable, { n: index + 1 })}
          {name === copy.noClient ? '' : ` (${name})`}
        </h2>
        <p>{entry.kind === 'unreadable' && `${entry.problem.message} ${entry.problem.hint}`}</p>
        <p class="sv-actions">{remove}</p>
      </li>
    );

  const { file, label, savedAt } = entry;
  const client = file.meta.client?.trim() ? file.meta.client : copy.noClient;
  const rec = result.recommendation;
  return (
    <li class={picked ? 'sv-item is-picked' : 'sv-item'}>
      <input
        id={`${id}-pick`}
        class="sv-pick"
        type="checkbox"
        checked={picked}
        onChange={(e) => onPick(e.currentTarget.checked)}
        aria-label={fill(copy.pick + copy.pickFor, { name }).join('')}
      />
      <div class="sv-body">
        <h2 class="sv-name">
          <a href={buildShareUrl(encodeLink(file), base)}>
            {client}
            {label && <span class="sv-label">{label}</span>}
          </a>
        </h2>
        <p class={`sv-verdict sv-verdict--${rec.verdict}`}>
          <strong>{copy.verdict[rec.verdict]}</strong>: {rec.label} <span class="muted">({copy.confidence[rec.confidence]})</span>
        </p>
        <p class="sv-facts">
          {file.meta.preparedBy?.trim() && (
            <span>
              {copy.preparedBy}: {file.meta.preparedBy}
            </span>
          )}
          <span>
            {copy.kept}: <time dateTime={savedAt}>{savedAt.slice(0, 10)}</time>
          </span>
        </p>
        {renaming ? (
          <form
            class="sv-rename"
            onSubmit={(e) => {
              e.preventDefault();
              const text = (e.currentTarget.elements.namedItem('label') as HTMLInputElement).value;
              const problem = renameEntry(index, text);
              setError(problem);
              if (!problem) {
                setRenaming(false);
                onDone({ text: copy.renamed });
              }
            }}
          >
            <label for={`${id}-label`}>{copy.label}</label>
            <p id={`${id}-help`} class="sv-help">
              {copy.labelHelp}
            </p>
            <input
              id={`${id}-label`}
              name="label"
              class="sv-input"
              type="text"
              defaultValue={label}
              autoComplete="off"
              autoFocus
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${id}-error ${id}-help` : `${id}-help`}
            />
            <p id={`${id}-error`} class="sv-error" role="alert" hidden={!error}>
              {error?.message}
            </p>
            <button type="submit" class="button">
              {copy.save}
            </button>{' '}
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setRenaming(false);
                setError(null);
              }}
            >
              {copy.cancel}
            </button>
          </form>
        ) : (
          <p class="sv-actions">
            <button type="button" class="sv-link" onClick={() => setRenaming(true)}>
              {copy.rename}
              {hidden(name)}
            </button>
            <button
              type="button"
              class="sv-link"
              onClick={() => {
                duplicateEntry(index, (l) => (l ? fill(copy.copyLabel, { label: l }).join('') : copy.copyLabelNone));
                onDone({ text: fill(copy.duplicated, { name }).join('') });
              }}
            >
              {copy.duplicate}
              {hidden(name)}
            </button>
            {remove}
          </p>
        )}
      </div>
    </li>
  );
}
