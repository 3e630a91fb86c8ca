import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import { parseAnswerFile } from '../../src/domain/answers/parse-answers.ts';
import { MODEL_IDS } from '../../src/domain/model-ids.ts';
import { changeSentence } from '../../src/domain/report/change-words.ts';
import { headlineOf } from '../../src/domain/report/confidence-words.ts';
import { RESULTS_COPY } from '../../src/islands/results/copy.ts';
import { DETAIL_COPY } from '../../src/islands/results/detail-copy.ts';
import { expect, test } from './fixtures.ts';
import { content, openAllParts, recommendationOf, resultsUrl, scoreRow } from './results-helpers.ts';
import { BRAND } from './site-pages.ts';
import { SHARE_COPY } from '../../src/islands/results/share-copy.ts';

function scenario(name: string, meta: AnswerFile['meta'] = {}): AnswerFile {
  const parsed = parseAnswerFile(content, JSON.parse(readFileSync(join('test', 'fixtures', 'scenarios', `${name}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { answers: parsed.value.answers, meta: { ...parsed.value.meta, ...meta } };
}

/** Three results a board might see: a combination, a single model with an alternative in reach, and keeping it in-house. */
const SCENARIOS = ['total-talent', 'bpo-kpo', 'in-house-nothing-to-hand-over'].map((name) =>
  scenario(name, { client: 'Acme GmbH', preparedBy: 'J. Rivera, Northwind Advisory' }),
);

/** The bottom edge of an element, in CSS pixels from the top of the page. */
async function bottomOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return box.y + box.height;
}

test.describe('the results summary', () => {
  test('at 1366x900 the first screen holds the verdict, its confidence, all four scores with their ranges and what decided it', async ({
    page,
    errors,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    for (const file of SCENARIOS) {
      const rec = recommendationOf(file);
      await page.goto(resultsUrl(file));
      await expect(page.getByRole('heading', { level: 2, name: headlineOf(rec) })).toBeVisible();
      await expect(page.locator('.rs-verdict')).toContainText(RESULTS_COPY.verdict[rec.recommendation.verdict]);
      for (const model of MODEL_IDS) {
        const { low, high } = rec.ranges[model];
        await expect(scoreRow(page, model)).toContainText(low === high ? 'settled' : `could still be ${low} to ${high}`);
      }
      const firstScreen = [
        '.rs-verdict',
        '.rs-badge',
        '#rs-headline',
        ...MODEL_IDS.map((_, i) => `.rs-scores > li:nth-child(${i + 1})`),
        '.rs-actions__bar',
        rec.deciding.length > 0 ? '.rs-decided > li' : '.rs-standing > li',
      ];
      for (const selector of firstScreen) expect(await bottomOf(page, selector), selector).toBeLessThanOrEqual(900);
      // The tab carries the verdict and the client.
      await expect(page).toHaveTitle(`${rec.recommendation.label} for Acme GmbH · ${BRAND.name}`);
    }
    expect(errors).toEqual([]);
  });

  test('on a 390x844 phone the verdict and confidence are on the first screen and the whole summary within two', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const file of SCENARIOS) {
      await page.goto(resultsUrl(file));
      await expect(page.locator('.rs-badge')).toBeVisible();
      expect(await bottomOf(page, '.rs-verdict')).toBeLessThanOrEqual(844);
      expect(await bottomOf(page, '.rs-badge')).toBeLessThanOrEqual(844);
      expect(await bottomOf(page, '.rs-scores')).toBeLessThanOrEqual(2 * 844);
      expect(await bottomOf(page, '.rs-standing')).toBeLessThanOrEqual(2 * 844);
    }
  });

  test('the reasons, what would change it, the costs, what to watch and the method are closed until opened', async ({ page, axe }) => {
    const file = SCENARIOS[0] ?? scenario('total-talent');
    await page.goto(resultsUrl(file));
    const parts = page.locator('details.rs-more');
    await expect(parts).toHaveCount(5);
    await expect(page.locator('details.rs-more[open]')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 3, name: /^HRO: \d+ points$/ })).toBeHidden();
    await page.getByText(RESULTS_COPY.more.why).click();
    await expect(page.getByRole('heading', { level: 3, name: /^HRO: \d+ points$/ })).toBeVisible();
    await axe('results with the reasons open');
  });
});

test.describe('what if', () => {
  test('a change is previewed beside the current result, leaves the link and saved answers alone, and one action returns', async ({
    page,
    axe,
    errors,
  }) => {
    const file = SCENARIOS[0] ?? scenario('total-talent');
    const rec = recommendationOf(file);
    const change = rec.changes[0];
    if (!change) throw new Error('the scenario has no change to preview');
    await page.goto(resultsUrl(file));
    const url = page.url();
    const storage = await page.evaluate(() => JSON.stringify(localStorage));
    await page.getByText(RESULTS_COPY.more.whatIf).click();
    const kind = content.questions.find((q) => q.id === change.question)?.kind === 'number' ? 'number' : 'choice';
    const sentence = changeSentence(change, rec.recommendation.models, kind);
    const item = page.getByRole('listitem').filter({ hasText: sentence });
    await item.getByRole('button', { name: /^Preview/ }).click();

    const panel = page.getByRole('region', { name: DETAIL_COPY.whatIf.title });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 4, name: DETAIL_COPY.whatIf.now })).toBeVisible();
    await expect(panel.getByRole('heading', { level: 4, name: DETAIL_COPY.whatIf.then })).toBeVisible();
    await expect(panel).toContainText(change.label);
    await expect(panel).toContainText(rec.recommendation.label);
    await expect(panel.getByRole('heading', { level: 3, name: DETAIL_COPY.whatIf.title })).toBeFocused();
    await axe('results with a what-if preview');
    // The summary still shows the result of the link, and nothing was written.
    await expect(page.getByRole('heading', { level: 2, name: headlineOf(rec) })).toBeVisible();
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(storage);

    await panel.getByRole('button', { name: DETAIL_COPY.whatIf.back }).click();
    await expect(panel).toHaveCount(0);
    expect(page.url()).toBe(url);
    expect(errors).toEqual([]);
  });
});

/** The page printed to PDF in Chromium on a paper size: the number of pages and the text. */
async function printed(page: Page, format: 'A4' | 'Letter'): Promise<{ pages: number; text: string }> {
  const path = join(mkdtempSync(join(tmpdir(), 'results-summary-')), 'results.pdf');
  writeFileSync(path, await page.pdf({ format }));
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
  return { pages, text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ') };
}

for (const format of ['A4', 'Letter'] as const) {
  test.describe(`printing on ${format}`, () => {
    for (const file of SCENARIOS) {
      const rec = recommendationOf(file);
      test(`${rec.recommendation.label}: Ctrl+P gives a one-page summary, "Print the full report" every part with page numbers`, async ({
        page,
      }) => {
        await page.goto(resultsUrl(file));
        await expect(page.getByRole('heading', { level: 2, name: headlineOf(rec) })).toBeVisible();

        const summary = await printed(page, format);
        expect(summary.pages).toBe(1);
        for (const present of [
          RESULTS_COPY.verdict[rec.recommendation.verdict].toUpperCase(),
          rec.recommendation.label,
          'Acme GmbH',
          'J. Rivera, Northwind Advisory',
          'confidence',
          'Printed ',
          'This recommendation online:',
          ...rec.summary.map((line) => line.text.slice(0, 30)),
          ...rec.deciding.map((d) => d.text.slice(0, 30)),
        ])
          expect(summary.text, `"${present}" is printed`).toContain(present);
        for (const absent of [DETAIL_COPY.change, SHARE_COPY.copy, RESULTS_COPY.actions.printFull, 'Questionnaire', 'Glossary'])
          expect(summary.text, `"${absent}" is not printed`).not.toContain(absent);

        // What "Print the full report" prints: every part open, the page numbered.
        await openAllParts(page);
        await page.evaluate(() => document.documentElement.classList.add('rs-print-full'));
        const full = await printed(page, format);
        expect(full.pages).toBeGreaterThan(1);
        expect(full.text).toContain(`Page 1 of ${full.pages}`);
        for (const model of MODEL_IDS)
          for (const reason of rec.reasons[model].slice(0, 2)) expect(full.text).toContain(reason.text.slice(0, 40));
        for (const risk of rec.risks) expect(full.text).toContain(risk.title);
        expect(full.text).not.toContain(DETAIL_COPY.change);
      });
    }
  });
}
