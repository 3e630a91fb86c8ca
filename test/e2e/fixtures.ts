import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** The WCAG rule sets axe checks on every page and state, everywhere in the suite. */
const AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** axe's violations on the page as it is now, one line each: rule, and the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Fails the test when axe finds anything on the page as it is now; `where` names the state. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
}

/** Page errors and console errors of a page from now on, one line each. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * Puts entries in localStorage before the page's scripts run: on every load of the page, or with
 * `once` on the first load only (later loads see what the page itself saved).
 */
export async function seedStorage(page: Page, entries: Readonly<Record<string, string>>, { once = false } = {}): Promise<void> {
  await page.addInitScript(
    ([pairs, firstOnly]) => {
      if (firstOnly && sessionStorage.getItem('outsourcing-advisor:test-seeded')) return;
      for (const [key, value] of pairs) localStorage.setItem(key, value);
      if (firstOnly) sessionStorage.setItem('outsourcing-advisor:test-seeded', 'yes');
    },
    [Object.entries(entries), once] as const,
  );
}

interface Fixtures {
  /** The page's errors and console errors since it opened; assert `toEqual([])` where none are expected. */
  readonly errors: string[];
  /** Checks the page as it is now with axe (AXE_TAGS) and fails on any violation. */
  readonly axe: (where: string) => Promise<void>;
  /** Seeds localStorage before any script of the page runs (see seedStorage). */
  readonly seed: (entries: Readonly<Record<string, string>>, options?: { once?: boolean }) => Promise<void>;
}

/** The suite's test: Playwright's, with collected errors, axe and seeded storage. */
export const test = base.extend<Fixtures>({
  errors: async ({ page }, use) => {
    await use(collectErrors(page));
  },
  axe: async ({ page }, use) => {
    await use((where) => expectNoAxeViolations(page, where));
  },
  seed: async ({ page }, use) => {
    await use((entries, options) => seedStorage(page, entries, options));
  },
});
