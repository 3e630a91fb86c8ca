import { RESULT_SECTIONS, type ResultSection } from '../../domain/share/sections.ts';
import { showAllParts, showPart } from './detail-parts.ts';

// Loaded when a visitor asks for the full printout, or opens a link to a part of the report: the
// summary never waits for it.

/**
 * Draws every part of the report, opens them, prints, and closes again those that were closed.
 * Rejects when a part could not be loaded.
 */
export async function printFullReport(): Promise<void> {
  await showAllParts();
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
 * Opens the part of the report a link names, with the disclosure it sits in, once drawn; scrolls
 * it to the top and moves the focus there (to the disclosure's summary, or to the part within it).
 */
export async function revealSection(section: ResultSection): Promise<void> {
  const id = RESULT_SECTIONS[section];
  await showPart(id).catch(() => undefined);
  const disclosure = document.getElementById(id);
  if (!(disclosure instanceof HTMLDetailsElement)) return;
  disclosure.open = true;
  const part = document.getElementById(section) ?? disclosure;
  const focus = part === disclosure ? disclosure.querySelector('summary') : part;
  focus?.focus({ preventScroll: true });
  part.scrollIntoView({ block: 'start' });
}
