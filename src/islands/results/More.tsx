import type { ComponentChildren } from 'preact';
import { RESULT_SECTIONS, type ResultSection } from '../../domain/share/sections.ts';
import { loadDetails } from './detail-parts.ts';

type Disclosure = (typeof RESULT_SECTIONS)[ResultSection];

interface Props {
  readonly id: Disclosure;
  readonly title: string;
  /** Called when the part is opened: to load what it shows. */
  readonly onOpen?: () => void;
  readonly children: ComponentChildren;
}

/** A part of the report on demand: closed by default, opened by its heading (or a link), all opened for the full printout. */
export function More({ id, title, onOpen, children }: Props) {
  return (
    <details class="rs-more" id={id} onToggle={(event) => event.currentTarget.open && onOpen?.()}>
      <summary>
        <h2 class="rs-more__title">{title}</h2>
      </summary>
      <div class="rs-more__body">{children}</div>
    </details>
  );
}

/**
 * Loads the parts that need the whole recommendation, opens every part of the report, prints, and
 * closes again those that were closed. Rejects when those parts cannot be loaded.
 */
export async function printFullReport(): Promise<void> {
  await loadDetails();
  // The parts render in the task after they arrive (see useStore).
  await new Promise((done) => setTimeout(done));
  const closed = [...document.querySelectorAll<HTMLDetailsElement>('details.rs-more:not([open])')];
  for (const d of closed) d.open = true;
  document.documentElement.classList.add('rs-print-full');
  const restore = (): void => {
    for (const d of closed) d.open = false;
    document.documentElement.classList.remove('rs-print-full');
    window.removeEventListener('afterprint', restore);
  };
  window.addEventListener('afterprint', restore);
  window.print();
}

/**
 * Opens the part of the report a link names, with the disclosure it sits in, scrolls it to the top
 * and moves the focus there (to the disclosure's summary, or to the part within it).
 */
export function revealSection(section: ResultSection): void {
  const disclosure = document.getElementById(RESULT_SECTIONS[section]);
  if (!(disclosure instanceof HTMLDetailsElement)) return;
  disclosure.open = true;
  const part = document.getElementById(section) ?? disclosure;
  const focus = part === disclosure ? disclosure.querySelector('summary') : part;
  focus?.focus({ preventScroll: true });
  part.scrollIntoView({ block: 'start' });
}
