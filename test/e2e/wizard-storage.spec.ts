import { expect, test, type Page } from '@playwright/test';
import { collectErrors, seedStorage } from './fixtures.ts';
import { group, next, openWizard, PROGRESS_KEY, radio, stepHeading } from './wizard-helpers.ts';

/** Puts text in the saved-progress slot before the page's own scripts run, on the first load only. */
async function seed(page: Page, text: string): Promise<void> {
  await seedStorage(page, { [PROGRESS_KEY]: text }, { once: true });
}

async function saved(page: Page): Promise<unknown> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PROGRESS_KEY);
}

test.describe('saved progress that cannot be read never breaks the questionnaire', () => {
  test('damaged progress: the user is told, starts afresh, and saving works again', async ({ page }) => {
    const errors = collectErrors(page);
    await seed(page, '{"v":1,"answers":{"company_size":"250_');
    await openWizard(page);
    const alert = page.getByRole('alert').filter({ hasText: 'Your saved answers could not be read' });
    await expect(alert).toContainText('damaged, so the questionnaire starts again from the beginning');
    await expect(stepHeading(page, 'Your organisation')).toBeVisible();

    await radio(page, 'company_size', '50_249').check();
    expect(await saved(page)).toMatchObject({ v: 1, answers: { company_size: '50_249' } });
    await alert.getByRole('button', { name: 'Dismiss this message' }).click();
    await expect(alert).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('one bad answer is dropped and named; every other answer and the step are kept', async ({ page }) => {
    await seed(
      page,
      JSON.stringify({ v: 1, answers: { company_size: 'huge', industry: 'manufacturing' }, step: 'hiring', done: ['organisation'] }),
    );
    await openWizard(page);
    await expect(page.getByRole('alert')).toContainText('Your saved answer about company size could not be used');
    await expect(stepHeading(page, 'Hiring')).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(radio(page, 'industry', 'manufacturing')).toBeChecked();
    await expect(group(page, 'company_size').getByRole('radio', { name: 'Not sure' })).toBeChecked();
  });

  test('progress saved by the first version (bare answers, numbers as text) is migrated', async ({ page }) => {
    await seed(page, JSON.stringify({ company_size: 'under_50', annual_hires: '1,200' }));
    await openWizard(page);
    await expect(stepHeading(page, 'HR operations')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Questionnaire steps' }).getByRole('button', { name: 'Hiring' }).click();
    await expect(page.getByRole('textbox', { name: /external hires/ })).toHaveValue('1,200');
  });

  test('storage turned off: the page says answers are not saved, and the questionnaire still works to the end', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const errors = collectErrors(page);
    await openWizard(page);
    await expect(page.getByRole('alert')).toContainText('Your answers are not being saved');
    await radio(page, 'company_size', '5000_plus').check();
    for (const title of [
      'Hiring',
      'HR operations',
      'Processes and expertise',
      'Your priorities',
      'Scope and constraints (optional)',
      'Your figures (optional)',
      'Check your answers',
    ])
      await next(page, title);
    await expect(page.getByText('5,000 employees or more', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'See my recommendation' }).click();
    await page.waitForURL(/\/results\/#2/);
    expect(errors).toEqual([]);
  });

  test('a full storage quota: the page says the latest answers are not saved, keeps them, and carries on', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openWizard(page);
    await radio(page, 'countries', 'one').check();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Your latest answers are not saved');
    await expect(alert).toContainText("This browser's storage for the site is full.");
    await next(page, 'Hiring');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(radio(page, 'countries', 'one')).toBeChecked();
  });
});

test('two tabs stay consistent: an answer or a fresh start in one shows in the other', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openWizard(first);
  await openWizard(second);

  await radio(first, 'company_size', '1000_4999').check();
  await expect(radio(second, 'company_size', '1000_4999')).toBeChecked();

  await radio(second, 'industry', 'public_sector').check();
  await expect(radio(first, 'industry', 'public_sector')).toBeChecked();
  await expect(radio(first, 'company_size', '1000_4999')).toBeChecked();

  // Each tab keeps its own step.
  await next(second, 'Hiring');
  await expect(stepHeading(first, 'Your organisation')).toBeVisible();

  await first.getByRole('button', { name: 'Start over' }).click();
  await first.getByRole('dialog').getByRole('button', { name: 'Clear my answers' }).click();
  await expect(stepHeading(second, 'Your organisation')).toBeVisible();
  await expect(group(second, 'industry').getByRole('radio', { name: 'Not sure' })).toBeChecked();
});
