import { expect, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/load-content.ts';
import type { Answers } from '../../src/domain/answers/answers.ts';
import { decodeLink } from '../../src/domain/share/link-codec.ts';
import { fragmentOf } from '../../src/domain/share/share-url.ts';

export const content = loadContent();
export const PROGRESS_KEY = 'outsourcing-advisor:progress';

function questionOf(id: string) {
  const question = content.questions.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
}

/** The form group (fieldset) of a question, found by its prompt. */
export function group(page: Page, id: string) {
  return page.getByRole('group', { name: questionOf(id).prompt });
}

/** The label of an option of a question, from content. */
function labelOf(id: string, value: string | number): string {
  const question = questionOf(id);
  if (question.kind === 'scale') return question.labels[Number(value) - question.min] ?? '';
  if (question.kind === 'number') throw new Error(`${id} has no options`);
  const option = question.options.find((o) => o.value === value);
  if (!option) throw new Error(`no option ${value} for ${id}`);
  return option.label;
}

export function radio(page: Page, id: string, value: string | number) {
  return group(page, id).getByRole('radio', { name: labelOf(id, value), exact: true });
}

export function checkbox(page: Page, id: string, value: string) {
  return group(page, id).getByRole('checkbox', { name: labelOf(id, value), exact: true });
}

export function numberField(page: Page, id: string) {
  return page.getByRole('textbox', { name: questionOf(id).prompt });
}

export function stepHeading(page: Page, title: string) {
  return page.getByRole('heading', { level: 2, name: title });
}

export async function openWizard(page: Page): Promise<void> {
  await page.goto('/wizard/');
  await expect(page.getByRole('navigation', { name: 'Questionnaire steps' })).toBeVisible();
}

export async function next(page: Page, expectedTitle: string): Promise<void> {
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(stepHeading(page, expectedTitle)).toBeFocused();
}

/** Answers given through the page, the same as the answer contract (answers-v1, then the optional steps of answers-v2). */
export const WALK: Answers = {
  company_size: '250_999',
  industry: 'retail_ecommerce',
  countries: 'two_to_five',
  growth_outlook: 'rapid',
  annual_hires: 1200,
  hiring_pattern: 'seasonal',
  role_mix: 'high_volume',
  recruiting_capacity: 'stretched',
  recruiting_pains: ['time_to_fill', 'cost_per_hire'],
  hr_functions: ['payroll', 'benefits'],
  hr_admin_burden: 4,
  compliance_complexity: 'high',
  business_processes: [],
  control_preference: 'shared',
  data_sensitivity: 'moderate',
  primary_goal: 'hire_better_faster',
  budget: 'moderate',
  engagement_length: 'multi_year',
  single_provider: 'yes',
  // The optional steps (answers-v2).
  recruiting_stages: ['sourcing', 'screening', 'offers', 'onboarding'],
  delivery_location: 'nearshore',
  data_residency: 'region',
  works_council: 'no',
  public_procurement: 'no',
  employees: 640,
  currency: 'eur',
  hr_staff_fte: 6,
  recruiters_fte: 3,
  avg_salary: 52000,
  agency_spend: 180000,
  cost_per_hire: 4500,
  time_to_fill: 45,
};

/** Answers every question of the step on screen that WALK answers (knowledge_needs stays "not sure"). */
export async function answerSection(page: Page, sectionId: string): Promise<void> {
  const section = content.sections.find((s) => s.id === sectionId);
  for (const question of section?.questions ?? []) {
    const value = WALK[question.id];
    if (value === undefined) continue;
    if (question.kind === 'number') await numberField(page, question.id).fill(value === 1200 ? '1,200' : String(value));
    else if (Array.isArray(value)) {
      if (value.length === 0) await group(page, question.id).getByRole('checkbox', { name: 'None of these' }).check();
      for (const v of value) await checkbox(page, question.id, v).check();
    } else await radio(page, question.id, value as string | number).check();
  }
}

/** The answers a results link carries. */
export function answersOfLink(url: string): Answers {
  const decoded = decodeLink(content, fragmentOf(url));
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.value.answers;
}
