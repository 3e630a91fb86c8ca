import { expect, test } from '@playwright/test';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { collectErrors } from './fixtures.ts';
import {
  answerSection,
  answersOfLink,
  checkbox,
  content,
  group,
  next,
  numberField,
  openWizard,
  PROGRESS_KEY,
  radio,
  stepHeading,
  WALK,
} from './wizard-helpers.ts';

test.describe('the questionnaire wizard', () => {
  test('the home page leads to it', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('main')
      .getByRole('link', { name: /start the questionnaire/i })
      .first()
      .click();
    await expect(page).toHaveURL(/\/wizard\/$/);
    await expect(stepHeading(page, 'Your organisation')).toBeVisible();
    await expect(page.getByText('The questionnaire needs JavaScript')).toBeHidden();
  });

  test('a full walk through every section ends at the results, with every answer in the link and nothing sent anywhere', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await openWizard(page);
    // The questionnaire fetches its own code as it goes (the review step, "why we ask"): nothing else.
    const requests: string[] = [];
    page.on('request', (request) => {
      const { origin, pathname, search } = new URL(request.url());
      const ownCode =
        request.method() === 'GET' && origin === new URL(page.url()).origin && /\/_astro\/[\w.-]+\.js$/.test(pathname) && !search;
      if (!ownCode) requests.push(`${request.method()} ${request.url()}`);
    });

    const steps = content.sections;
    for (const [i, section] of steps.entries()) {
      await expect(page.getByText(`Step ${i + 1} of ${steps.length + 1}`)).toBeVisible();
      await expect(stepHeading(page, section.title)).toBeVisible();
      await answerSection(page, section.id);
      await next(page, steps[i + 1]?.title ?? 'Check your answers');
      // The section just left is marked done and can be jumped back to.
      await expect(
        page.getByRole('navigation', { name: 'Questionnaire steps' }).getByRole('button', { name: section.title }),
      ).toBeVisible();
    }

    await expect(page.getByText(`Step ${steps.length + 1} of ${steps.length + 1}`)).toBeVisible();
    const review = page.getByRole('main');
    await expect(review.getByText('250 to 999 employees', { exact: true })).toBeVisible();
    await expect(review.getByText('1,200', { exact: true })).toBeVisible();
    await expect(review.getByText('Roles take too long to fill and each hire costs too much', { exact: true })).toBeVisible();
    await expect(review.getByText('4 of 5', { exact: true })).toBeVisible();
    await expect(review.getByText('None of these', { exact: true })).toBeVisible();
    await expect(review.getByText('Not sure', { exact: true })).toHaveCount(1);
    // Every question has an Edit button but the two the answers hide (no processes, expert work not sure).
    const asked = content.sections.flatMap((s) => s.questions).filter((q) => !['process_fte', 'expert_fte'].includes(q.id));
    await expect(review.getByRole('button', { name: /^Edit/ })).toHaveCount(asked.length);
    expect(requests).toEqual([]);

    await page.getByRole('link', { name: 'See my recommendation' }).click();
    await page.waitForURL(/\/results\/#2/);
    expect(answersOfLink(page.url())).toEqual(WALK);
    expect(errors).toEqual([]);
  });

  test('reloading mid-way keeps every answer and the step', async ({ page }) => {
    await openWizard(page);
    await answerSection(page, 'organisation');
    await next(page, 'Hiring');
    await numberField(page, 'annual_hires').fill('1,200');
    await radio(page, 'role_mix', 'specialist').check();
    await checkbox(page, 'recruiting_pains', 'candidate_quality').check();

    await page.reload();
    await expect(stepHeading(page, 'Hiring')).toBeVisible();
    await expect(numberField(page, 'annual_hires')).toHaveValue('1,200');
    await expect(radio(page, 'role_mix', 'specialist')).toBeChecked();
    await expect(checkbox(page, 'recruiting_pains', 'candidate_quality')).toBeChecked();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(radio(page, 'company_size', '250_999')).toBeChecked();
    await expect(radio(page, 'growth_outlook', 'rapid')).toBeChecked();
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PROGRESS_KEY);
    expect(saved).toMatchObject({ v: 1, answers: { company_size: '250_999', annual_hires: 1200, role_mix: 'specialist' } });
  });

  test('Back and Next never lose what was typed, even text that is not a number yet', async ({ page }) => {
    await openWizard(page);
    await radio(page, 'industry', 'manufacturing').check();
    await next(page, 'Hiring');
    await numberField(page, 'annual_hires').fill('about 40');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(stepHeading(page, 'Your organisation')).toBeFocused();
    await expect(radio(page, 'industry', 'manufacturing')).toBeChecked();
    await next(page, 'Hiring');
    await expect(numberField(page, 'annual_hires')).toHaveValue('about 40');
  });

  test('the number of hires accepts "1,200" and " 1200 ", refuses "1.2k" clearly, and never turns it into 0', async ({ page }) => {
    await openWizard(page);
    await next(page, 'Hiring');
    const hires = numberField(page, 'annual_hires');

    await hires.fill('1.2k');
    await page.getByRole('button', { name: /^Next/ }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'full digits' });
    await expect(alert).toHaveText(/Write the number in full digits rather than with "k", for example 1,200\./);
    await expect(hires).toBeFocused();
    await expect(hires).toHaveAttribute('aria-invalid', 'true');
    await expect(stepHeading(page, 'Hiring')).toBeVisible();
    await expect(page.getByText('Answer a few more questions')).toBeVisible();

    await hires.fill(' 1200 ');
    await expect(alert).toBeHidden();
    await expect(group(page, 'role_mix')).toBeVisible();
    await hires.fill('1,200');
    await next(page, 'HR operations');
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PROGRESS_KEY);
    expect(saved.answers).toEqual({ annual_hires: 1200 });
  });

  test('a hidden question is not shown and not scored, and the page says its answer is kept but not counted', async ({ page }) => {
    await openWizard(page);
    await next(page, 'Hiring');
    await numberField(page, 'annual_hires').fill('400');
    await radio(page, 'recruiting_capacity', 'none').check();
    await radio(page, 'role_mix', 'high_volume').check();
    const withHiring = recommend(content, { annual_hires: 400, recruiting_capacity: 'none', role_mix: 'high_volume' });
    const panel = page.getByRole('complementary', { name: 'Your result so far' });
    await expect(panel.getByRole('status')).toContainText(`${withHiring.recommendation.label}`);

    await numberField(page, 'annual_hires').fill('0');
    await expect(group(page, 'recruiting_capacity')).toHaveCount(0);
    await expect(group(page, 'role_mix')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'depend on your answers above' })).toContainText(
      'Your earlier answers about role mix and recruiting team capacity are kept but not counted',
    );
    // With no hiring and nothing else answered there is not enough to go on: no verdict yet.
    const noHiring = recommend(content, { annual_hires: 0 });
    expect(noHiring.recommendation.verdict).toBe('undetermined');
    await expect(panel.getByRole('status')).toContainText('Answer a few more questions');
    await expect(panel.getByRole('status')).not.toContainText('in-house');

    for (const section of ['hr-operations', 'processes-expertise', 'priorities', 'scope-constraints', 'figures'])
      await next(page, content.sections.find((s) => s.id === section)?.title ?? '');
    await next(page, 'Check your answers');
    await expect(
      page.getByText('Not asked, so not counted (your earlier answer, many similar roles (high volume), is kept).', { exact: true }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'See my recommendation' }).click();
    await page.waitForURL(/\/results\/#2/);
    const answers = answersOfLink(page.url());
    expect(answers).toEqual({ annual_hires: 0, role_mix: 'high_volume', recruiting_capacity: 'none' });
    expect(recommend(content, answers).scores).toEqual(noHiring.scores);
  });

  test('the review lets you edit any answer and goes straight to it', async ({ page }) => {
    await openWizard(page);
    await radio(page, 'countries', 'one').check();
    for (const section of content.sections.slice(1)) await next(page, section.title);
    await next(page, 'Check your answers');
    await page.getByRole('button', { name: 'Edit your answer about number of countries' }).click();
    await expect(radio(page, 'countries', 'one')).toBeFocused();
    await radio(page, 'countries', 'six_plus').check();
    await page.getByRole('navigation', { name: 'Questionnaire steps' }).getByRole('button', { name: 'Check your answers' }).click();
    await expect(page.getByText('Six or more countries', { exact: true })).toBeVisible();
  });

  test('"Start over" asks first, and clears everything only when confirmed', async ({ page }) => {
    await openWizard(page);
    await radio(page, 'company_size', 'under_50').check();
    await next(page, 'Hiring');

    await page.getByRole('button', { name: 'Start over' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start over?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep my answers' }).click();
    await expect(dialog).toBeHidden();
    await expect(stepHeading(page, 'Hiring')).toBeVisible();

    await page.getByRole('button', { name: 'Start over' }).click();
    await dialog.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(stepHeading(page, 'Your organisation')).toBeFocused();
    await expect(group(page, 'company_size').getByRole('radio', { name: 'Not sure' })).toBeChecked();
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
  });
});
