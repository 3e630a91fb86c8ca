import { expect, test } from '@playwright/test';
import { measureQuestionnaire } from '../../src/domain/progress/questionnaire-length.ts';
import { HELP_WORDS } from '../../src/domain/schemas/question.ts';
import { content, group, next, numberField, openWizard } from './wizard-helpers.ts';

const length = measureQuestionnaire(content.sections);

test.describe('the questionnaire surface', () => {
  test('the intro says how long it takes and how many steps, and the progress counts the same steps', async ({ page }) => {
    await openWizard(page);
    const intro = page.getByRole('main').getByText(/^About \d+ minutes:/);
    await expect(intro).toContainText(
      `About ${length.minutes} minutes: ${length.questions} questions, then ${length.optionalQuestions} optional ones (about ${length.optionalMinutes} minutes more)`,
    );
    await expect(intro).toContainText(`${length.steps} steps in all`);
    await expect(page.getByText(`Step 1 of ${length.steps}`)).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('main')).toContainText(`about ${length.minutes} minutes`);
    await expect(page.getByRole('main')).toContainText('Five short steps');
    await expect(page.getByRole('main')).toContainText('Two optional steps');
  });

  test('on a desktop every question shows one line of help; "why we ask" stays closed until opened', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await openWizard(page);
    // Questions that depend on hiring are shown once there are hires.
    await next(page, 'Hiring');
    await numberField(page, 'annual_hires').fill('120');
    await page.getByRole('button', { name: 'Back' }).click();
    const titles = [...content.sections.map((s) => s.title), 'Check your answers'];
    for (const [i, section] of content.sections.entries()) {
      // The size of the processes and expert work is asked once there are some to hand over.
      if (section.id === 'processes-expertise')
        for (const id of ['business_processes', 'knowledge_needs']) await group(page, id).getByRole('checkbox').first().check();
      for (const question of section.questions) {
        expect(question.help.split(/\s+/).length, question.id).toBeLessThanOrEqual(HELP_WORDS);
        const box = question.kind === 'number' ? page.locator(`#q-${question.id}`).locator('..').locator('..') : group(page, question.id);
        await expect(box).toContainText(question.help);
        const lines = await box.locator('.wz-q__help').evaluate((el) => {
          const { lineHeight } = getComputedStyle(el);
          return Math.round(el.getBoundingClientRect().height / Number.parseFloat(lineHeight));
        });
        expect(lines, `${question.id}: help fits one line`).toBe(1);
        if (!question.why) continue;
        const why = box.getByText(question.why);
        await expect(why).toBeHidden();
        const summary = box.locator('summary');
        await summary.click();
        await expect(why).toBeVisible();
        await summary.click();
        await expect(why).toBeHidden();
      }
      await next(page, titles[i + 1] ?? '');
    }
    // The disclosure is a native control: keyboard users open it with Enter.
    await page
      .getByRole('navigation', { name: 'Questionnaire steps' })
      .getByRole('button', { name: content.sections[0]?.title ?? '' })
      .click();
    const first = content.sections[0]?.questions[0];
    if (!first?.why) throw new Error('the first question has a why');
    await group(page, first.id).locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(group(page, first.id).getByText(first.why)).toBeVisible();
  });

  test('a number is checked as it is typed: the message appears without pressing Next and clears once the number reads', async ({
    page,
  }) => {
    await openWizard(page);
    await next(page, 'Hiring');
    const hires = numberField(page, 'annual_hires');
    await hires.pressSequentially('1.2k');
    const alert = page.getByRole('alert').filter({ hasText: 'full digits' });
    await expect(alert).toHaveText(/Write the number in full digits rather than with "k", for example 1,200\./);
    await expect(hires).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await hires.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await alert.getAttribute('id'));
    await expect(hires).toBeFocused();

    await hires.fill('');
    await hires.pressSequentially('1,200');
    await expect(alert).toBeHidden();
    await expect(hires).not.toHaveAttribute('aria-invalid');
    await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  });
});

test.describe('wide screens', () => {
  test.use({ viewport: { width: 1100, height: 800 } });

  test('at 1100 px the result so far sits beside the questions', async ({ page }) => {
    await openWizard(page);
    const panel = await page.getByRole('complementary', { name: 'Your result so far' }).boundingBox();
    const question = await group(page, 'company_size').boundingBox();
    if (!panel || !question) throw new Error('panel and question are on screen');
    expect(panel.x).toBeGreaterThanOrEqual(question.x + question.width);
    expect(panel.y).toBeLessThan(question.y + question.height);
  });
});
