import type { ComponentChildren } from 'preact';

interface MoreProps {
  readonly id: string;
  readonly title: string;
  readonly children: ComponentChildren;
  /** Called each time the visitor opens it (a part that loads its code on demand starts loading then). */
  readonly onOpen?: () => void;
}

/** A part of the report on demand: closed by default, opened by its heading, all opened for the full printout. */
export function More({ id, title, children, onOpen }: MoreProps) {
  return (
    <details class="rs-more" id={id} onToggle={onOpen && ((e) => e.currentTarget.open && onOpen())}>
      <summary>
        <h2 class="rs-more__title">{title}</h2>
      </summary>
      <div class="rs-more__body">{children}</div>
    </details>
  );
}

/** Opens every part of the report, prints, and closes again those that were closed. */
export function printFullReport(): void {
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
