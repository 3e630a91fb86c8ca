import { expect, test } from '@playwright/test';
import { axeViolations } from './fixtures.ts';
import { answerSection, answersOfLink, content, next, openWizard, WALK } from './wizard-helpers.ts';

test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

test('on a 320 px phone: every step fits the width, the result strip opens and closes, and the walk reaches the results', async ({
  page,
}) => {
  await openWizard(page);
  const strip = page.getByRole('complementary', { name: 'Your result so far' });
  const toggle = strip.getByRole('button', { name: 'Show scores' });
  // Before any answer there is nothing to go on: the strip says so, and names no verdict.
  await expect(strip.getByRole('status')).toContainText('Answer a few more questions');
  await expect(strip.getByText('HRO', { exact: true })).toBeHidden();
  await toggle.click();
  await expect(strip.getByRole('button', { name: 'Hide scores' })).toHaveAttribute('aria-expanded', 'true');
  await expect(strip.getByText('HRO', { exact: true })).toBeVisible();

  const titles = [...content.sections.map((s) => s.title), 'Check your answers'];
  for (const [i, section] of content.sections.entries()) {
    await answerSection(page, section.id);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await next(page, titles[i + 1] ?? '');
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await strip.getByRole('button', { name: 'Hide scores' }).click();
  await expect(strip.getByText('HRO', { exact: true })).toBeHidden();
  await page.getByRole('link', { name: 'See my recommendation' }).click();
  await page.waitForURL(/\/results\/#2/);
  expect(answersOfLink(page.url())).toEqual(WALK);
});
