import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import type { ScoringContent } from '../../domain/content.ts';
import { startOver } from '../../stores/progress.ts';

interface Props {
  readonly content: ScoringContent;
  readonly heading: RefObject<HTMLHeadingElement>;
}

/** Clears every answer, after asking first. */
export function StartOver({ content, heading }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <div class="wz-restart">
      <button type="button" class="wz-button wz-button--quiet" onClick={() => dialog.current?.showModal()}>
        Start over
      </button>
      <dialog ref={dialog} class="wz-dialog" aria-labelledby="wz-restart-title" aria-describedby="wz-restart-text">
        <h2 id="wz-restart-title">Start over?</h2>
        <p id="wz-restart-text">This clears every answer saved in this browser. It cannot be undone.</p>
        <div class="wz__nav">
          <button type="button" class="wz-button" onClick={() => dialog.current?.close()}>
            Keep my answers
          </button>
          <button
            type="button"
            class="wz-button wz-button--danger"
            onClick={() => {
              dialog.current?.close();
              startOver(content);
              heading.current?.focus();
            }}
          >
            Clear my answers
          </button>
        </div>
      </dialog>
    </div>
  );
}
