import { expect, test } from '@playwright/test';
import type { Answers, AnswerValue } from '../../src/domain/answers/answers.ts';
import {
  answerSection,
  answersOfLink,
  content,
  group,
  next,
  numberField,
  openWizard,
  PROGRESS_KEY,
  stepHeading,
} from './wizard-helpers.ts';
import { expectNoAxeViolations } from './fixtures.ts';

const titles = [...content.sections.map((s) => s.title), 'Check your answers'];

test.describe('accessibility', () => {
  test('axe reports nothing on any step, with an error shown, with the start-over dialog open, or with a notice', async ({ page }) => {
    // Nine axe runs in one test: allow for a slow 2-core machine.
    test.setTimeout(120_000);
    await openWizard(page);
    for (const [i, section] of content.sections.entries()) {
      await answerSection(page, section.id);
      await expectNoAxeViolations(page, section.title);
      if (section.id === 'hiring') {
        await numberField(page, 'annual_hires').fill('12abc');
        await page.getByRole('button', { name: /^Next/ }).click();
        await expect(page.getByRole('alert').filter({ hasText: 'Use digits only' })).toBeVisible();
        await expectNoAxeViolations(page, 'Hiring with an error');
        await numberField(page, 'annual_hires').fill('1,200');
      }
      await next(page, titles[i + 1] ?? '');
    }
    await expectNoAxeViolations(page, 'Check your answers');

    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, 'the start-over dialog');
    await page.getByRole('button', { name: 'Keep my answers' }).click();

    await page.evaluate((key) => localStorage.setItem(key, '{broken'), PROGRESS_KEY);
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('could not be read');
    await expectNoAxeViolations(page, 'a notice about damaged progress');
  });

  test('axe reports nothing in dark mode with reduced motion', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await openWizard(page);
    await answerSection(page, 'organisation');
    await expectNoAxeViolations(page, 'dark mode, first step');
    await next(page, 'Hiring');
    await numberField(page, 'annual_hires').fill('1.5');
    await page.getByRole('button', { name: /^Next/ }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'without decimals' })).toBeVisible();
    await expectNoAxeViolations(page, 'dark mode, an error');
  });

  test('the whole questionnaire can be completed with the keyboard alone', async ({ page }) => {
    await openWizard(page);
    const expected: Record<string, AnswerValue> = {};
    const handled = new Set<string>();

    for (const title of titles.slice(0, -1)) {
      for (let presses = 0; ; presses++) {
        expect(presses, `reached Next on "${title}" with Tab`).toBeLessThan(120);
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return { tag: el?.tagName ?? '', type: el?.type ?? '', id: el?.id ?? '', text: el?.textContent?.trim() ?? '' };
        });
        const question = content.questions.find((q) => focused.id.startsWith(`q-${q.id}`));
        if (question && !handled.has(question.id)) {
          handled.add(question.id);
          if (question.kind === 'number') {
            await page.keyboard.type('250');
            expected[question.id] = 250;
            // The questions this answer shows appear before the user tabs on to them.
            if (question.id === 'annual_hires') await expect(group(page, 'hiring_pattern')).toBeVisible();
          } else if (question.kind === 'multi') {
            await page.keyboard.press('Space');
            expected[question.id] = [question.options[0]?.value ?? ''];
          } else {
            // Focus lands on the checked radio, "Not sure" (last); ArrowUp picks the option above it.
            await page.keyboard.press('ArrowUp');
            expected[question.id] = question.kind === 'scale' ? question.max : (question.options.at(-1)?.value ?? '');
          }
        }
        if (focused.tag === 'BUTTON' && focused.text.startsWith('Next')) break;
      }
      await page.keyboard.press('Enter');
      const following = titles[titles.indexOf(title) + 1] ?? '';
      await expect(stepHeading(page, following)).toBeFocused();
    }

    for (let presses = 0; ; presses++) {
      expect(presses, 'reached "See my recommendation" with Tab').toBeLessThan(120);
      await page.keyboard.press('Tab');
      if (await page.getByRole('link', { name: 'See my recommendation' }).evaluate((el) => el === document.activeElement)) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/results\/#2/);
    expect(answersOfLink(page.url())).toEqual(expected satisfies Answers);
    expect(Object.keys(expected)).toHaveLength(content.sections.flatMap((s) => s.questions).length);
  });

  test('focus is visible on every control of the questionnaire', async ({ page }) => {
    await openWizard(page);
    await page.getByRole('heading', { level: 1 }).click();
    const seen: string[] = [];
    const inQuestionnaire = (): Promise<boolean> => page.evaluate(() => Boolean(document.activeElement?.closest('.wz')));
    // The intro's links (the quick check's among them) come first: tab past them to the questionnaire.
    for (let links = 0; links < 5 && !(await inQuestionnaire()); links++) await page.keyboard.press('Tab');
    for (let first = true; ; first = false) {
      if (!first) await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el?.closest('.wz')) return null;
        return { name: `${el.tagName} ${el.id || el.textContent?.trim()}`, outline: getComputedStyle(el).outlineStyle };
      });
      if (!focused) break;
      seen.push(focused.name);
      expect(focused.outline, focused.name).not.toBe('none');
    }
    expect(seen.length).toBeGreaterThan(content.sections[0]?.questions.length ?? 0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says plainly that the questionnaire needs JavaScript and links to the guides', async ({ page }) => {
    await page.goto('/wizard/');
    await expect(page.getByText('The questionnaire needs JavaScript, which is turned off or blocked in this browser.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'guides', exact: true })).toHaveAttribute('href', '/guides/');
    await expect(page.getByText('Loading the questionnaire')).toBeHidden();
  });
});
