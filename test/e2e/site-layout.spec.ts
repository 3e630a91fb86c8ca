import { expect, test } from '@playwright/test';
import { BASE, BRAND, CONTENT_PAGES } from './site-pages.ts';

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the header is one row, and its menu opens and leads to a page without any script', async ({ page }) => {
    await page.goto(BASE);
    const header = page.locator('.site-header__inner');
    const brand = await page.getByRole('link', { name: BRAND.name }).boundingBox();
    const box = await header.boundingBox();
    if (!brand || !box) throw new Error('the header is on screen');
    // One row: nothing in the header sits below the brand's row.
    expect(box.height).toBeLessThan(brand.height * 2.5);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();

    await page.getByText('Menu', { exact: true }).click();
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link')).toHaveText(['Home', 'Questionnaire', 'Guides', 'Methodology', 'Glossary']);
    await nav.getByRole('link', { name: 'Glossary' }).click();
    await expect(page).toHaveURL(new RegExp(`${BASE}glossary/$`));
    await expect(page.locator('script')).toHaveCount(0);
  });
});

test('at 200% zoom (a 683 px wide window) every content page reflows without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 683, height: 450 });
  for (const { path } of CONTENT_PAGES) {
    await page.goto(BASE + path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(683);
    await expect(page.getByText('Menu', { exact: true }), path).toBeVisible();
  }
});

test.describe('on a 1366 px desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('a guide puts its contents beside the text, and no card sits alone on its row', async ({ page }) => {
    await page.goto(`${BASE}guides/hro-vs-rpo/`);
    const toc = await page.getByRole('navigation', { name: 'On this page' }).boundingBox();
    const text = await page.locator('.prose').boundingBox();
    if (!toc || !text) throw new Error('contents and text are on screen');
    expect(toc.x).toBeGreaterThanOrEqual(text.x + text.width);

    for (const path of ['', 'guides/']) {
      await page.goto(BASE + path);
      for (const grid of await page.locator('.card-grid').all()) {
        const boxes = await grid.locator(':scope > li').evaluateAll((items) =>
          items.map((li) => {
            const r = li.getBoundingClientRect();
            return { top: Math.round(r.top), width: Math.round(r.width) };
          }),
        );
        const rows = new Map<number, number>();
        for (const b of boxes) rows.set(b.top, (rows.get(b.top) ?? 0) + 1);
        if (boxes.length > 1) expect([...rows.values()], `${path}: cards per row`).not.toContain(1);
      }
    }
  });
});
