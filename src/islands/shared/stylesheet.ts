/**
 * Links a stylesheet into the page once, so the styles of a part loaded on demand come with it, not
 * with the page. Resolves when it has loaded (or failed: the part is then drawn with the page's styles).
 */
export function linkStylesheet(href: string): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  const linked = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
  if (linked) return loaded.get(linked) ?? Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const done = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  loaded.set(link, done);
  document.head.append(link);
  return done;
}

const loaded = new WeakMap<HTMLLinkElement, Promise<void>>();
