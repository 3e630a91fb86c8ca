import type { RefObject } from 'preact';
import { fill } from '../results/fill.ts';
import type { CompareCopy } from './copy.ts';

interface Props {
  readonly copy: CompareCopy;
  /** The link field, selected for copying by hand when the browser refuses to copy. */
  readonly field: RefObject<HTMLInputElement>;
  readonly status: string;
  readonly onStatus: (status: string) => void;
}

/** Above the comparison: print it on one landscape page (which shows the date and the link instead), or copy the link that reopens it anywhere. */
export function CompareActions({ copy, field, onStatus }: Props) {
  async function copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(window.location.href);
      onStatus(copy.copied);
    } catch {
      // Clipboard refused (permissions, an old browser, a page not served over HTTPS): select the link to copy by hand.
      field.current?.focus();
      field.current?.select();
      onStatus(copy.select);
    }
  }
  return (
    <>
      <p class="cp-print-only">
        {fill(copy.printedOn, { date: new Date().toISOString().slice(0, 10) })} · {fill(copy.printLink, { url: window.location.href })}
      </p>
      <div class="cp-actions">
        <button type="button" class="button" onClick={() => window.print()}>
          {copy.print}
        </button>
        <button type="button" class="button button--secondary" onClick={copyLink}>
          {copy.copyLink}
        </button>
      </div>
    </>
  );
}

/** Under the comparison: the link itself, and what copying it did. */
export function CompareLink({ copy, field, status }: Props) {
  const url = window.location.href;
  return (
    <section class="cp-share" aria-labelledby="cp-url-label">
      <label id="cp-url-label" class="cp-label" for="cp-url">
        {copy.link}
      </label>
      <p id="cp-url-help" class="cp-help">
        {copy.linkHelp}
      </p>
      <input
        id="cp-url"
        class="cp-input"
        type="text"
        readOnly
        value={url}
        ref={field}
        aria-describedby="cp-url-help"
        onFocus={(e) => e.currentTarget.select()}
      />
      <p class="cp-status" role="status">
        {status}
      </p>
    </section>
  );
}
