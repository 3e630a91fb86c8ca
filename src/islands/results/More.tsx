import type { ComponentChildren } from 'preact';
import { showPart, type Disclosure } from './detail-parts.ts';

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
