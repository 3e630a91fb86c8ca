import { expect, test } from './fixtures.ts';
import { BRAND } from './site-pages.ts';

test('the built home page loads in Chromium and says what the tool does', async ({ page, errors }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(BRAND.name);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('outsource');
  await expect(page.getByText(/scores HRO, RPO, BPO and KPO from 0 to 100/)).toBeVisible();
  expect(errors).toEqual([]);
});
