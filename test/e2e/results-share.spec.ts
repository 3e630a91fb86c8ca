import { expect, test, type Page } from '@playwright/test';
import { decodeLink } from '../../src/domain/share/link-codec.ts';
import { fragmentOf } from '../../src/domain/share/share-url.ts';
import { MODEL_IDS } from '../../src/domain/model-ids.ts';
import {
  collectErrors,
  content,
  expectRecommendation,
  openAllParts,
  reasonsOf,
  recommendationOf,
  resultsUrl,
  scoreRow,
} from './results-helpers.ts';
import { answersOfLink, PROGRESS_KEY, WALK } from './wizard-helpers.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
const FILE = { answers: WALK, meta: {} };

function linkField(page: Page) {
  return page.getByRole('textbox', { name: 'Link to this recommendation' });
}

function metaOf(url: string) {
  const decoded = decodeLink(content, fragmentOf(url));
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.value.meta;
}

test.describe('share links', () => {
  test('"Copy link" copies a link that opens the same recommendation in a fresh browser, with no saved progress', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(resultsUrl(FILE));
    await page.getByRole('textbox', { name: /Prepared for/ }).fill('Acme GmbH');
    await page.getByRole('textbox', { name: /Prepared by/ }).fill('J. Rivera, Northwind Advisory');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    await expect(linkField(page)).toHaveValue(copied);
    const scores = await Promise.all(MODEL_IDS.map((m) => scoreRow(page, m).textContent()));
    await openAllParts(page);
    const reasons = await Promise.all(MODEL_IDS.map((m) => reasonsOf(page, m)));
    expect(reasons.flat().length).toBeGreaterThan(0);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const otherErrors = collectErrors(other);
    await other.goto(copied);
    await expectRecommendation(other, recommendationOf(FILE));
    expect(await Promise.all(MODEL_IDS.map((m) => scoreRow(other, m).textContent()))).toEqual(scores);
    expect(await Promise.all(MODEL_IDS.map((m) => reasonsOf(other, m)))).toEqual(reasons);
    const meta = other.getByRole('main').getByRole('definition');
    await expect(meta).toHaveText(['Acme GmbH', 'J. Rivera, Northwind Advisory']);
    expect(await other.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
    expect([...errors, ...otherErrors]).toEqual([]);
    await fresh.close();
    await context.close();
  });

  test('when the clipboard is refused, the link is selected to copy by hand and the page says so', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      });
    });
    await page.goto(resultsUrl(FILE));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The link is selected: press Ctrl+C' })).toBeVisible();
    await expect(linkField(page)).toBeFocused();
    const selected = await page.evaluate(() => {
      const field = document.activeElement as HTMLInputElement;
      return field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
    });
    expect(selected).toBe(page.url());
  });

  test('the names go into the link as they are typed, are shown as plain text, and an empty field removes them', async ({ page }) => {
    await page.goto(resultsUrl(FILE));
    const historyLength = await page.evaluate(() => history.length);
    await page.getByRole('textbox', { name: /Prepared for/ }).fill('Zoë & Söhne GmbH 株式会社');
    await expect.poll(() => metaOf(page.url())).toEqual({ client: 'Zoë & Söhne GmbH 株式会社' });
    await expect(page.getByRole('main').getByRole('definition')).toHaveText('Zoë & Söhne GmbH 株式会社');
    await expect(linkField(page)).toHaveValue(page.url());
    expect(answersOfLink(page.url())).toEqual(WALK);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    await page.reload();
    await expect(page.getByRole('textbox', { name: /Prepared for/ })).toHaveValue('Zoë & Söhne GmbH 株式会社');
    await page.getByRole('textbox', { name: /Prepared for/ }).fill('');
    await expect.poll(() => metaOf(page.url())).toEqual({});
    await expect(page.getByRole('main').getByRole('definition')).toHaveCount(0);
  });

  test('a name over 120 characters is refused beside the field, and the link keeps the last good one', async ({ page }) => {
    await page.goto(resultsUrl(FILE));
    const field = page.getByRole('textbox', { name: /Prepared by/ });
    await field.fill('Northwind');
    await expect.poll(() => metaOf(page.url())).toEqual({ preparedBy: 'Northwind' });
    await field.fill('N'.repeat(121));
    await expect(
      page.getByRole('alert').filter({ hasText: '"Prepared by" (preparedBy) is 121 characters long; the limit is 120.' }),
    ).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(metaOf(page.url())).toEqual({ preparedBy: 'Northwind' });
    await field.fill('N'.repeat(120));
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect.poll(() => metaOf(page.url())).toEqual({ preparedBy: 'N'.repeat(120) });
  });

  test('a hostile client name shows as text and runs nothing, typed or opened from a link', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const errors = collectErrors(page);
    await page.goto(resultsUrl(FILE));
    await expect(page.getByRole('list', { name: 'Scores' })).toBeVisible();
    const scriptsBefore = await page.locator('main script').count();
    await page.goto(resultsUrl({ answers: WALK, meta: { client: HOSTILE, preparedBy: '"><script>alert(2)</script>' } }));
    await expect(page.getByRole('main').getByRole('definition')).toHaveText([HOSTILE, '"><script>alert(2)</script>']);
    await page.getByRole('textbox', { name: /Prepared for/ }).fill(`${HOSTILE}<svg onload=alert(3)>`);
    await expect(page.getByRole('main').getByRole('definition').first()).toHaveText(`${HOSTILE}<svg onload=alert(3)>`);
    await page.reload();
    await expect(page.getByRole('main').getByRole('definition').first()).toHaveText(`${HOSTILE}<svg onload=alert(3)>`);
    // Astro's own island loader is the only script in the page body; nothing came from the names.
    expect(await page.locator('img, svg, [onerror], [onload]').count()).toBe(
      await page.locator('header svg, header img, .letterhead img').count(),
    );
    expect(await page.locator('main script').count()).toBe(scriptsBefore);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
