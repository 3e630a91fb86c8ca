import type { FriendlyError } from '../../domain/errors.ts';
import { startNewList, unreadableStoredText, type ListStatus } from '../../stores/saved-list.ts';
import { offerDownload } from '../shared/download.ts';
import type { SavedCopy } from './copy.ts';

interface Props {
  readonly notice: FriendlyError;
  readonly status: ListStatus;
  readonly copy: SavedCopy;
}

/** Why the list is not being kept, or why the stored one cannot be read, with what can be done about it. */
export function ListNotice({ notice, status, copy }: Props) {
  return (
    <div class="sv-notice" role="status">
      <p>
        <strong>{notice.title}.</strong> {notice.message} {notice.hint}
      </p>
      {status === 'unreadable' && (
        <p class="sv-notice__actions">
          <button
            type="button"
            class="button button--secondary"
            onClick={() =>
              offerDownload(new Blob([unreadableStoredText()], { type: 'application/json' }), 'my-recommendations-as-stored.json')
            }
          >
            {copy.downloadStored}
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              if (window.confirm(copy.startNewConfirm)) startNewList();
            }}
          >
            {copy.startNew}
          </button>
        </p>
      )}
    </div>
  );
}
