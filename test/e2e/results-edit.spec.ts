import { expect, test, type Page } from '@playwright/test';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import { progressFromFile } from '../../src/domain/progress/from-answer-file.ts';
import { encodeProgress } from '../../src/domain/progress/progress-codec.ts';
import { emptyProgress } from '../../src/domain/progress/progress.ts';
import { seedStorage } from './fixtures.ts';
import { content, expectNoAxeViolations, openAllParts, resultsUrl } from './results-helpers.ts';
import { numberField, PROGRESS_KEY, stepHeading, WALK } from './wizard-helpers.ts';

const LINKED: AnswerFile = { answers: WALK, meta: { client: 'Acme GmbH' } };
const OWN = encodeProgress({ ...emptyProgress(content), answers: { company_size: 'under_50', budget: 'tight' }, step: 'priorities' });

/** Saved progress, put in place before the first load only (later loads see what the page saved). */
async function seed(page: Page, text: string): Promise<void> {
  await seedStorage(page, { [PROGRESS_KEY]: text }, { once: true });
}

async function saved(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
}

test.describe('"Edit these answers"', () => {
  test('asks before replacing different saved answers; keeping them leaves them untouched', async ({ page }) => {
    await seed(page, OWN);
    await page.goto(resultsUrl(LINKED));
    await page.getByRole('button', { name: 'Edit these answers' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace your saved answers?' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'the replace dialog');
    await dialog.getByRole('button', { name: 'Keep my saved answers' }).click();
    await expect(dialog).toHaveCount(0);
    expect(await saved(page)).toBe(OWN);
    await expect(page.getByRole('button', { name: 'Edit these answers' })).toBeFocused();

    await page.getByRole('button', { name: 'Edit these answers' }).click();
    // The dialog's code loads on the first click: press Escape on the dialog the user sees.
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await saved(page)).toBe(OWN);
    await expect(page).toHaveURL(/\/results\/#/);
  });

  test('replacing them opens the link’s answers in the questionnaire, on the review', async ({ page }) => {
    await seed(page, OWN);
    await page.goto(resultsUrl(LINKED));
    await page.getByRole('button', { name: 'Edit these answers' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Replace them and edit these' }).click();
    await page.waitForURL(/\/wizard\/$/);
    await expect(stepHeading(page, 'Check your answers')).toBeVisible();
    await expect(page.getByRole('main').getByText('1,200', { exact: true })).toBeVisible();
    const progress = JSON.parse((await saved(page)) ?? 'null') as { answers: unknown; meta: unknown };
    expect(progress.answers).toEqual(WALK);
    expect(progress.meta).toEqual({ client: 'Acme GmbH' });
  });

  test('"Open my own saved answers instead" goes to the questionnaire and keeps them', async ({ page }) => {
    await seed(page, OWN);
    await page.goto(resultsUrl(LINKED));
    await page.getByRole('button', { name: 'Edit these answers' }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'Open my own saved answers instead' }).click();
    await expect(stepHeading(page, 'Your priorities')).toBeVisible();
    expect(JSON.parse((await saved(page)) ?? 'null')).toMatchObject({ answers: { company_size: 'under_50', budget: 'tight' } });
  });

  test('with nothing saved, or the same answers saved, it goes straight to the questionnaire', async ({ page }) => {
    await page.goto(resultsUrl(LINKED));
    await page.getByRole('button', { name: 'Edit these answers' }).click();
    await expect(stepHeading(page, 'Check your answers')).toBeVisible();

    await page.goto(resultsUrl({ answers: WALK, meta: { client: 'Other name' } }));
    await page.getByRole('button', { name: 'Edit these answers' }).click();
    await expect(stepHeading(page, 'Check your answers')).toBeVisible();
    expect(JSON.parse((await saved(page)) ?? 'null')).toMatchObject({ answers: WALK, meta: { client: 'Other name' } });
  });

  test('"Change it" opens the question behind a reason, focused, with the link’s answer', async ({ page }) => {
    await seed(page, encodeProgress(progressFromFile(content, LINKED)));
    await page.goto(resultsUrl(LINKED));
    await openAllParts(page);
    await page
      .getByRole('region', { name: /^RPO: \d+ points$/ })
      .getByRole('link', { name: /your answer on external hires a year/ })
      .first()
      .click();
    await page.waitForURL(/\/wizard\/#q-annual_hires$/);
    await expect(stepHeading(page, 'Hiring')).toBeVisible();
    await expect(numberField(page, 'annual_hires')).toBeFocused();
    await expect(numberField(page, 'annual_hires')).toHaveValue('1,200');
  });

  test('"Change it" asks first too when other answers are saved', async ({ page }) => {
    await seed(page, OWN);
    await page.goto(resultsUrl(LINKED));
    await openAllParts(page);
    await page
      .getByRole('link', { name: /your answer on external hires a year/ })
      .first()
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Replace them and edit these' }).click();
    await page.waitForURL(/\/wizard\/#q-annual_hires$/);
    await expect(numberField(page, 'annual_hires')).toBeFocused();
  });
});
