import { expect, test } from '@playwright/test';
import { BASE, BRAND } from './site-pages.ts';

// Runs in every e2e run (base "/") and in `npm run test:base` (BASE_PATH=/advisor, dist-base/); the
// links of both builds are checked by scripts/check-links.ts (npm run test:links, test:base).

test(`pages, styles and the favicon load under ${BASE}`, async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  for (const path of ['', 'guides/', 'guides/total-talent/', 'methodology/', 'glossary/']) {
    const response = await page.goto(BASE + path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The stylesheet applied: the header is laid out as a flex row.
    expect(await page.locator('.site-header__inner').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', `${BASE}favicon.svg`);
  }
  const favicon = await page.request.get(`${BASE}favicon.svg`);
  expect(favicon.ok()).toBe(true);
  expect(failed).toEqual([]);
});

test(`following links stays under ${BASE}`, async ({ page }) => {
  await page.goto(BASE);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
  await expect(page).toHaveURL(`${BASE}guides/`);
  await page.getByRole('link', { name: 'Total talent and other combinations' }).click();
  await expect(page).toHaveURL(`${BASE}guides/total-talent/`);
  await page.getByRole('main').getByRole('link', { name: 'HRO', exact: true }).first().click();
  await expect(page).toHaveURL(`${BASE}guides/hro/`);
  await page.getByRole('link', { name: 'answer the questionnaire' }).first().click();
  await expect(page).toHaveURL(`${BASE}wizard/`);
  await page.getByRole('link', { name: BRAND.name }).click();
  await expect(page).toHaveURL(BASE);
});
