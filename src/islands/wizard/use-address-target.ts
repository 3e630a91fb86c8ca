import { useEffect } from 'preact/hooks';

/**
 * On arrival, focuses the question the address names, `#q-<id>` (see questionHref): its first
 * control, or the number field itself. The results page links each answer there, after saving the
 * answers with that question's step as the current one, so the question is on screen.
 */
export function useAddressTarget(): void {
  useEffect(() => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    (target?.querySelector('input') ?? target)?.focus();
  }, []);
}
