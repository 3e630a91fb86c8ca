import { expect, test, type Page } from '@playwright/test';
import { seedStorage } from './fixtures.ts';
import { decodeLink } from '../../src/domain/share/link-codec.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import { collectErrors, content, expectNoAxeViolations, expectRecommendation, recommendationOf } from './results-helpers.ts';
import { PROGRESS_KEY, WALK } from './wizard-helpers.ts';

const good = encodeLink({ answers: WALK, meta: { client: 'Acme GmbH' } });
/** The character at `at` swapped for another of the link alphabet. */
const changed = (at: number): string => `${good.slice(0, at)}${good.charAt(at) === 'B' ? 'C' : 'B'}${good.slice(at + 1)}`;

const DAMAGED: readonly (readonly [string, string, string])[] = [
  ['truncated', good.slice(0, 9), 'This link is incomplete'],
  ['cut inside the answers', encodeLink({ answers: WALK, meta: {} }).slice(0, -3), 'This link is incomplete'],
  ['a changed character', changed(20), 'This link is damaged'],
  ['version "9"', `9${good.slice(1)}`, 'This link is from a newer version'],
  ['garbage', 'not-a-link-at-all', 'This link is damaged'],
  ['a hand-edited value out of range', `${good.slice(0, 3)}9${good.slice(4)}`, 'This link has an answer that is not valid'],
  ['a name that is not UTF-8', `${good.split('.')[0]}._w`, 'This link is damaged'],
];

test.describe('links that cannot be opened', () => {
  for (const [kind, fragment, title] of DAMAGED) {
    test(`${kind}: a clear message and a way to start, never a blank page or an error`, async ({ page }) => {
      const errors = collectErrors(page);
      const expected = decodeLink(content, fragment);
      if (expected.ok) throw new Error(`${kind} should be refused`);
      expect(expected.error.title).toBe(title);
      await page.goto(`/results/#${fragment}`);
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
      await expect(page.getByText(expected.error.message, { exact: true })).toBeVisible();
      await expect(page.getByText(expected.error.hint, { exact: true })).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: 'Start the questionnaire' })).toHaveAttribute('href', '/wizard/');
      await expect(page.getByRole('list', { name: 'Scores' })).toHaveCount(0);
      expect(new URL(page.url()).hash).toBe(`#${fragment}`);
      expect(errors).toEqual([]);
    });
  }

  test('the message names the answer that is wrong', async ({ page }) => {
    await page.goto(`/results/#${good.slice(0, 3)}9${good.slice(4)}`);
    await expect(page.getByText('The answer for company size in this link is not valid.')).toBeVisible();
  });

  test('a damaged link never shows, or touches, the visitor’s own saved answers', async ({ page }) => {
    const own = JSON.stringify({ v: 1, answers: { budget: 'tight' }, drafts: {}, step: 'priorities', done: [], meta: {}, updatedAt: null });
    await seedStorage(page, { [PROGRESS_KEY]: own });
    await page.goto(`/results/#${good.slice(0, 9)}`);
    await expect(page.getByRole('heading', { level: 2, name: 'This link is incomplete' })).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(own);
  });

  test('pasting a good link into the address bar over a damaged one opens it', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/results/#not-a-link-at-all');
    await expect(page.getByRole('heading', { level: 2, name: 'This link is damaged' })).toBeVisible();
    await page.evaluate((hash) => (location.hash = hash), good);
    await expectRecommendation(page, recommendationOf({ answers: WALK, meta: {} }));
    expect(errors).toEqual([]);
  });

  test('axe reports nothing on an error', async ({ page }) => {
    await page.goto(`/results/#9${good.slice(1)}`);
    await expect(page.getByRole('heading', { level: 2, name: 'This link is from a newer version' })).toBeVisible();
    await expectNoAxeViolations(page, 'a link from a newer version');
  });
});

test.describe('links to a part of the results page', () => {
  /** True when the element's top is inside the viewport. */
  const onScreen = (page: Page, id: string) =>
    page.evaluate((target) => {
      const top = document.getElementById(target)?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < innerHeight;
    }, id);

  test('?open= beside an answer link, #part with saved answers, and a part named later each open and show that part', async ({ page }) => {
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/results/?open=why-rpo#${good}`);
    const why = page.locator('details#why');
    await expect(why).toHaveAttribute('open', '');
    await expect(page.locator('details.rs-more[open]')).toHaveCount(1);
    await expect(page.getByRole('region', { name: /^RPO: \d+ points$/ })).toBeFocused();
    expect(await onScreen(page, 'why-rpo')).toBe(true);
    expect(new URL(page.url()).hash).toBe(`#${good}`);
    await expectNoAxeViolations(page, 'the reasons opened by a link');

    // A part named while the answers are on screen keeps them, and the link.
    await page.evaluate(() => (location.hash = 'method'));
    await expect(page.locator('details#method')).toHaveAttribute('open', '');
    await expect(page.locator('details#method > summary')).toBeFocused();
    expect(await onScreen(page, 'method')).toBe(true);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${good}`);

    // With the answers saved in this browser, the part goes in the fragment; the address bar then holds their link.
    await seedStorage(page, {
      [PROGRESS_KEY]: JSON.stringify({ v: 1, answers: WALK, drafts: {}, step: 'priorities', done: [], meta: {}, updatedAt: null }),
    });
    await page.goto('/results/#risks');
    await expect(page.locator('details#watch')).toHaveAttribute('open', '');
    await expect(page.getByRole('region', { name: 'Risks to manage' })).toBeFocused();
    expect(await onScreen(page, 'risks')).toBe(true);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${encodeLink({ answers: WALK, meta: {} })}`);
    expect(errors).toEqual([]);
  });
});
