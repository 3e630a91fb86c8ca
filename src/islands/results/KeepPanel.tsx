import { useEffect, useRef, useState } from 'preact/hooks';
import { keepInList, type KeepOutcome } from '../../stores/saved-list.ts';
import { KEEP_COPY } from './keep-copy.ts';
import type { ReportProps } from './report-props.ts';
import { SHARE_COPY } from './share-copy.ts';

/** The label to keep the recommendation under, in a dialog; then what happened, and the way to the list. */
export function KeepPanel({ content, base, file, onClose }: ReportProps & { readonly onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [outcome, setOutcome] = useState<KeepOutcome | null>(null);
  const text = KEEP_COPY;
  const list = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  // Once kept, the way on is the list: focus moves there from the form that is gone.
  useEffect(() => list.current?.focus(), [outcome]);
  const said =
    outcome === 'kept'
      ? text.kept
      : outcome === 'already'
        ? text.already
        : outcome && `${outcome.title}. ${outcome.message} ${outcome.hint}`;
  return (
    <dialog ref={dialog} class="rs-keep" aria-labelledby="rs-keep-title" onClose={onClose}>
      <h2 id="rs-keep-title">{text.title}</h2>
      <p>{text.intro}</p>
      {outcome === 'kept' || outcome === 'already' ? (
        <>
          <p role="status">{said}</p>
          <p class="rs-keep__bar">
            <a class="button" href={`${base}saved/`} ref={list}>
              {text.list}
            </a>
            <button type="button" class="button button--secondary" onClick={() => dialog.current?.close()}>
              {text.close}
            </button>
          </p>
        </>
      ) : (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            const label = (e.currentTarget.elements.namedItem('label') as HTMLInputElement).value;
            setOutcome(keepInList(content, file, label));
          }}
        >
          <label class="rs-label" for="rs-keep-label">
            {text.label} <span class="muted">{SHARE_COPY.optional}</span>
          </label>
          <p id="rs-keep-help" class="rs-help">
            {text.labelHelp}
          </p>
          <input
            id="rs-keep-label"
            name="label"
            class="rs-input"
            type="text"
            autoComplete="off"
            aria-invalid={said ? 'true' : undefined}
            aria-describedby={said ? 'rs-keep-error rs-keep-help' : 'rs-keep-help'}
          />
          <p id="rs-keep-error" class="rs-error" role="alert" hidden={!said}>
            {said}
          </p>
          <p class="rs-keep__bar">
            <button type="submit" class="button">
              {text.keep}
            </button>
            <button type="button" class="button button--secondary" onClick={() => dialog.current?.close()}>
              {text.cancel}
            </button>
          </p>
        </form>
      )}
    </dialog>
  );
}

export { styled } from './parts-styles.ts';
