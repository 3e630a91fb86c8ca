import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { AnswerFile } from '../../domain/answers/answers.ts';
import type { ScoringContent } from '../../domain/content.ts';
import type { FriendlyError } from '../../domain/errors.ts';
import type { StepId } from '../../domain/progress/progress.ts';
import { replaceSaved, startEdit, type EditOutcome } from '../../stores/saved-answers.ts';
import { DETAIL_COPY as words } from './detail-copy.ts';

// Loaded on the first click on "Edit these answers" or "Change it": most visitors only read. It
// takes the results stores' values as arguments so that it does not share a chunk with them.

/** The answers to open, where, and how to report that the browser refused to save them. */
export interface EditRequest {
  readonly content: ScoringContent;
  readonly file: AnswerFile;
  readonly href: string;
  /** The step to open on: the section of the question to change; null for the usual one. */
  readonly step: StepId | null;
  readonly base: string;
  readonly onRefused: (error: FriendlyError) => void;
}

function finish(outcome: EditOutcome, request: EditRequest): void {
  if (outcome === 'saved') window.location.assign(request.href);
  else if (outcome !== 'ask') request.onRefused(outcome);
}

/** Asks before the answers on screen replace different answers saved in this browser. */
function ReplaceDialog({ request, onClose }: { readonly request: EditRequest; readonly onClose: () => void }) {
  const { content, file, base } = request;
  const dialog = useRef<HTMLDialogElement>(null);
  const text = words.replace;
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog ref={dialog} class="rs-dialog" aria-labelledby="rs-edit-title" aria-describedby="rs-edit-text" onClose={onClose}>
      <h2 id="rs-edit-title">{text.title}</h2>
      <p id="rs-edit-text">{text.text}</p>
      <div class="actions">
        <button type="button" class="button button--secondary" onClick={() => dialog.current?.close()}>
          {text.keep}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            dialog.current?.close();
            finish(replaceSaved(content, file, request.step), request);
          }}
        >
          {text.replace}
        </button>
      </div>
      <p>
        <a href={`${base}wizard/`}>{text.own}</a>
      </p>
    </dialog>
  );
}

/**
 * Opens the answers in the questionnaire, saving them as this browser's progress; when different
 * answers are saved here, a dialog asks first.
 */
export function editAnswers(request: EditRequest): void {
  const outcome = startEdit(request.content, request.file, request.step);
  if (outcome !== 'ask') return finish(outcome, request);
  const root = document.body.appendChild(document.createElement('div'));
  const close = (): void => {
    render(null, root);
    root.remove();
  };
  render(<ReplaceDialog request={request} onClose={close} />, root);
}

export { styled } from './parts-styles.ts';
