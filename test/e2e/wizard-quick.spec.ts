import type { Answers } from '../../src/domain/answers/answers.ts';
import { chooseQuickCheck, QUICK_CHECK_MAX_QUESTIONS } from '../../src/domain/progress/quick-check.ts';
import { loadCasebook } from '../../src/lib/load-content.ts';
import { expect, test } from './fixtures.ts';
import { recommendationOf } from './results-helpers.ts';
import { answersOfLink, checkbox, content, group, numberField, PROGRESS_KEY, radio, stepHeading } from './wizard-helpers.ts';

// The selection the site was built with, and a clear case of the casebook: a scale-up whose stretched recruiters need RPO.
const casebook = loadCasebook(content);
const quick = chooseQuickCheck(
  content,
  casebook.map((c) => c.answers),
);
const client = casebook.find((c) => c.id === '02-saas-scale-up-stretched-recruiters');
const quickAnswers: Answers = Object.fromEntries(
  quick.questions.flatMap((id) => (client?.answers[id] === undefined ? [] : [[id, client.answers[id]]])),
);

test('the quick check reaches a verdict in at most 8 questions, and refining fills them in the questionnaire', async ({
  page,
  axe,
  errors,
}) => {
  expect(quick.questions.length).toBeLessThanOrEqual(QUICK_CHECK_MAX_QUESTIONS);
  expect(client?.data.expect).toMatchObject({ verdict: 'outsource', models: ['RPO'] });

  await page.goto('/');
  await page.getByRole('link', { name: /^Quick check, about \d+ minutes$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quick check' })).toBeVisible();
  await expect(stepHeading(page, 'The questions that decide most')).toBeVisible();
  await axe('the quick check');

  let asked = 0;
  for (const id of quick.questions) {
    const question = content.questions.find((q) => q.id === id);
    const value = quickAnswers[id];
    if (!question || value === undefined) continue;
    asked += 1;
    if (question.kind === 'number') await numberField(page, id).fill(String(value));
    else if (Array.isArray(value)) {
      if (value.length === 0) await group(page, id).getByRole('checkbox', { name: 'None of these' }).check();
      for (const v of value) await checkbox(page, id, v).check();
    } else await radio(page, id, value as string | number).check();
  }
  expect(asked).toBeGreaterThanOrEqual(6);
  expect(asked).toBeLessThanOrEqual(8);
  // Only the chosen questions are on the page: nothing from the rest of the questionnaire.
  await expect(group(page, 'company_size')).toHaveCount(0);
  await axe('the quick check, answered');

  await page.getByRole('link', { name: 'See my result' }).click();
  await page.waitForURL(/\/results\/#/);
  expect(answersOfLink(page.url())).toEqual(quickAnswers);
  const rec = recommendationOf({ answers: quickAnswers, meta: {} });
  expect(rec.recommendation).toMatchObject({ verdict: 'outsource', models: ['RPO'] });
  await expect(page.locator('.rs-verdict')).toContainText('Outsource');
  await expect(page.getByRole('heading', { level: 2, name: /RPO|recruit/i }).first()).toBeVisible();

  // Editing from the results goes on where the quick check left off: the step of the first question still open.
  await page.getByRole('button', { name: 'Edit these answers' }).click();
  await page.waitForURL(/\/wizard\/$/);
  await expect(stepHeading(page, 'Your organisation')).toBeVisible();

  // Back on the quick check, its answers are there, and refining focuses the first open question.
  await page.goto('/wizard/quick/');
  await expect(numberField(page, 'annual_hires')).toHaveValue(String(quickAnswers['annual_hires']));
  await page.getByRole('button', { name: 'Refine with the remaining questions' }).click();
  await page.waitForURL(/\/wizard\/#q-company_size$/);
  await expect(stepHeading(page, 'Your organisation')).toBeVisible();
  await expect(group(page, 'company_size').getByRole('radio').first()).toBeFocused();
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(stepHeading(page, 'Hiring')).toBeFocused();
  await expect(numberField(page, 'annual_hires')).toHaveValue(String(quickAnswers['annual_hires']));
  for (const pain of (quickAnswers['recruiting_pains'] as readonly string[] | undefined) ?? [])
    await expect(checkbox(page, 'recruiting_pains', pain)).toBeChecked();
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null') as { answers: Answers };
  expect(saved.answers).toEqual(quickAnswers);
  expect(errors).toEqual([]);
});
