import { changeSentence } from '../../src/domain/report/change-words.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { seedStorage } from './fixtures.ts';
import { runCli } from '../../src/cli/recommend.ts';
import { parseAnswerFile } from '../../src/domain/answers/parse-answers.ts';
import { progressFromFile } from '../../src/domain/progress/from-answer-file.ts';
import { encodeProgress } from '../../src/domain/progress/progress-codec.ts';
import { headlineOf } from '../../src/domain/report/confidence-words.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import {
  collectErrors,
  content,
  expectNoAxeViolations,
  expectRecommendation,
  openAllParts,
  recommendationOf,
  resultsUrl,
  scoreRow,
} from './results-helpers.ts';
import { answersOfLink, next, numberField, openWizard, PROGRESS_KEY, radio } from './wizard-helpers.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SCENARIOS = join(FIXTURES, 'scenarios');
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, 'expected-sets.json'), 'utf8')) as Record<string, { expected: string[] }>;

function scenario(name: string) {
  const parsed = parseAnswerFile(content, JSON.parse(readFileSync(join(SCENARIOS, `${name}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

test.describe('the results page', () => {
  test('the wizard leads to it: a few answers, then the headline and scores from the same engine', async ({ page }) => {
    const errors = collectErrors(page);
    await openWizard(page);
    await radio(page, 'company_size', '250_999').check();
    await radio(page, 'growth_outlook', 'rapid').check();
    await next(page, 'Hiring');
    await numberField(page, 'annual_hires').fill('1,200');
    await radio(page, 'hiring_pattern', 'seasonal').check();
    await radio(page, 'recruiting_capacity', 'stretched').check();
    for (const title of content.sections.slice(2).map((s) => s.title)) await next(page, title);
    await next(page, 'Check your answers');
    await page.getByRole('link', { name: 'See my recommendation' }).click();
    await page.waitForURL(/\/results\/#2/);

    const answers = answersOfLink(page.url());
    expect(answers).toMatchObject({ company_size: '250_999', annual_hires: 1200, recruiting_capacity: 'stretched' });
    const rec = recommendationOf({ answers, meta: {} });
    await expectRecommendation(page, rec);
    await expect(
      page.getByText(`${rec.recommendation.confidence.charAt(0).toUpperCase()}${rec.recommendation.confidence.slice(1)} confidence.`),
    ).toBeVisible();
    await expect(page.getByText("From the answers in this page's link.")).toBeVisible();
    await expect(
      page.getByText('The answers are in this page\'s link, after the "#", which browsers never send to a server'),
    ).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('every scenario’s command-line link opens to its expected set, with the same scores and reasons as recommend()', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    for (const [name, { expected }] of Object.entries(EXPECTED)) {
      const outcome = runCli([join(SCENARIOS, `${name}.json`), '--format', 'link'], content);
      if (!outcome.ok) throw new Error(outcome.stderr);
      const link = outcome.stdout.trim();
      expect(link).toMatch(/^\/results\/#2/);
      await page.goto('about:blank');
      await page.goto(link);
      const file = scenario(name);
      const rec = recommendationOf(file);
      expect(rec.recommendation.models, name).toEqual(expected);
      await expectRecommendation(page, rec);
      for (const model of expected) await expect(scoreRow(page, model)).toContainText('Recommended');
      if (file.meta.client) await expect(page.getByText(file.meta.client, { exact: true }).first()).toBeVisible();
      expect(new URL(page.url()).hash, name).toBe(`#${encodeLink(file)}`);
    }
    expect(errors).toEqual([]);
  });

  test('says when there is no clear winner, and why', async ({ page }) => {
    const file = {
      // One back-office process and nothing else: BPO just over the line.
      answers: { business_processes: ['it_support'] },
      meta: {},
    };
    const rec = recommendationOf(file);
    expect(rec.confidence.noClearWinner).toBe(true);
    await page.goto(resultsUrl(file));
    // The summary says it at once; the reasons behind the level are one click away.
    await expect(page.locator('.rs-badge')).toHaveText('Low confidence');
    await expect(page.getByText('No clear winner.')).toBeVisible();
    await openAllParts(page);
    await expect(page.getByText('Low confidence.')).toBeVisible();
    await expect(page.getByText(/BPO scores within \d+ points of the line/)).toBeVisible();
    await expect(page.getByText(/too close to call/)).toBeVisible();
  });

  test('shows what to watch and what to do next, with links that keep the answers and respect the base path', async ({ page }) => {
    const file = scenario('total-talent');
    const rec = recommendationOf(file);
    await page.goto(resultsUrl(file));
    // Detail waits behind its heading, closed, until asked for.
    await expect(page.getByRole('heading', { level: 2, name: 'What would change it' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: /^HRO: \d+ points$/ })).toBeHidden();
    await openAllParts(page);
    for (const change of rec.changes) {
      const kind = content.questions.find((q) => q.id === change.question)?.kind === 'number' ? 'number' : 'choice';
      await expect(page.getByText(changeSentence(change, rec.recommendation.models, kind))).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 3, name: 'Risks to manage' })).toBeVisible();
    for (const risk of rec.risks) await expect(page.getByText(`${risk.model}: ${risk.title}.`, { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'KPIs for the contract' })).toBeVisible();
    await expect(page.getByText('RPO: Full-cycle RPO versus sourcing only.', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Print or export the RFP draft' })).toHaveAttribute('href', `/rfp/#${encodeLink(file)}`);
    await expect(page.getByRole('link', { name: 'Read the guide to HR outsourcing (HRO)' })).toHaveAttribute('href', '/guides/hro/');
    await expect(page.getByRole('link', { name: 'Read the guide to Recruitment process outsourcing (RPO)' })).toHaveAttribute(
      'href',
      '/guides/rpo/',
    );
    await expect(page.getByRole('button', { name: 'Edit these answers' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Change it (your answer on external hires a year)' }).first()).toHaveAttribute(
      'href',
      '/wizard/#q-annual_hires',
    );
  });

  test('keeping it in-house: no RFP to print, the guides instead', async ({ page }) => {
    const file = scenario('in-house-nothing-to-hand-over');
    await page.goto(resultsUrl(file));
    await expect(page.getByRole('heading', { level: 2, name: headlineOf(recommendationOf(file)) })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Print or export the RFP draft' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Read the guides' })).toHaveAttribute('href', '/guides/');
    await openAllParts(page);
    await expect(page.getByText('no provider risks or contract KPIs to manage yet')).toBeVisible();
  });

  test('without a link it shows the saved answers and puts their link in the address bar', async ({ page }) => {
    const file = scenario('kpo-expert-research');
    await seedStorage(page, { [PROGRESS_KEY]: encodeProgress(progressFromFile(content, file)) });
    await page.goto('/results/');
    await expectRecommendation(page, recommendationOf(file));
    await expect(page.getByText('From the answers saved in this browser.')).toBeVisible();
    await expect(page).toHaveURL(`/results/#${encodeLink(file)}`);
  });

  test('with no link and nothing saved, it invites the visitor to start the questionnaire', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/results/');
    await expect(page.getByRole('heading', { level: 2, name: 'No answers to show yet' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Start the questionnaire' })).toHaveAttribute('href', '/wizard/');
    await expectNoAxeViolations(page, 'no answers');
    expect(errors).toEqual([]);
  });

  test('axe reports nothing on a result', async ({ page }) => {
    await page.goto(resultsUrl(scenario('rpo-bpo')));
    await expect(page.getByRole('list', { name: 'Scores' })).toBeVisible();
    await expectNoAxeViolations(page, 'a result');
  });

  test('without JavaScript it says plainly that it needs it', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(resultsUrl(scenario('total-talent')));
    await expect(page.getByText('This page needs JavaScript, which is turned off or blocked in this browser.')).toBeVisible();
    await expect(page.getByText('Working out the recommendation')).toBeHidden();
    await context.close();
  });
});
