import { useState } from 'preact/hooks';
import { SITE_BASE as base } from '../../lib/site-base.ts';
import { $content } from '../../stores/content.ts';
import { $listNotice, $listStatus, $savedRows, restoreEntry } from '../../stores/saved-list.ts';
import { useStore } from '../../stores/use-store.ts';
import { SAVED_COPY as copy } from './copy.ts';
import { ListNotice } from './ListNotice.tsx';
import type { Said } from './said.ts';
import { SavedItem } from './SavedItem.tsx';
import { Toolbar } from './Toolbar.tsx';

/** "My recommendations": every recommendation kept in this browser, with what can be done to each and to the whole list. */
export default function SavedList() {
  const content = useStore($content);
  const status = useStore($listStatus);
  const notice = useStore($listNotice);
  const rows = useStore($savedRows);
  const [picked, setPicked] = useState<readonly number[]>([]);
  const [said, say] = useState<Said | null>(null);
  if (status === 'reading') return <p class="sv-reading">{copy.reading}</p>;
  const act = (next: Said | null): void => {
    setPicked([]);
    say(next);
  };
  return (
    <div class="sv">
      {notice && <ListNotice notice={notice} status={status} copy={copy} />}
      {status === 'ready' && (
        <Toolbar content={content} base={base} copy={copy} picked={picked} count={rows.length} onDone={act}>
          <p class="sv-status" role="status">
            {said?.text}{' '}
            {said?.undo && (
              <button
                type="button"
                class="sv-link"
                onClick={() => {
                  if (said.undo) restoreEntry(said.undo.index, said.undo.entry);
                  act(null);
                }}
              >
                {copy.undo}
              </button>
            )}
          </p>
        </Toolbar>
      )}
      {status === 'ready' && rows.length === 0 && (
        <div class="sv-empty">
          <h2>{copy.empty.title}</h2>
          <p>{copy.empty.text}</p>
          <a class="button" href={`${base}wizard/`}>
            {copy.start}
          </a>
        </div>
      )}
      {rows.length > 0 && (
        <ol class="sv-list">
          {rows.map(({ entry, result }, index) => (
            <SavedItem
              key={entry.kind === 'saved' ? `${entry.savedAt}-${index}` : `unreadable-${index}`}
              entry={entry}
              result={result}
              index={index}
              base={base}
              copy={copy}
              picked={picked.includes(index)}
              onPick={(on) => setPicked(on ? [...picked, index] : picked.filter((i) => i !== index))}
              onDone={act}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
