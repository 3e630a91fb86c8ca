import type { ComponentChildren } from 'preact';
import { RESULT_SECTIONS, type ResultSection } from '../../domain/share/sections.ts';
import { showAllParts, showPart, type Disclosure } from './detail-parts.ts';

interface Props {
  readonly id: Disclosure;
  readonly title: string;
  readonly children: ComponentChildren;
}

/** A part of the report on demand: closed by default, opened by its heading (or a link), all opened for the full printout. */
export function More({ id, title, children }: Props) {
  return (
    <details class="rs-more" id={id} onToggle={(event) => event.currentTarget.open && showPart(id).catch(() => undefined)}>
      <summary>
        <h2 class="rs-more__title">{title}</h2>
      </summary>
      <div class="rs-more__body">{children}</div>
    </details>
  );
}

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
