import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import { parseAnswerFile } from '../../src/domain/answers/parse-answers.ts';
import { compareScenarios } from '../../src/domain/compare/compare.ts';
import { withChange } from '../../src/domain/engine/with-change.ts';
import { readSavedListText, type ListEntry } from '../../src/domain/saved/saved-list.ts';
import { encodeCompareLink } from '../../src/domain/share/compare-encode.ts';
import { COMPARE_COPY } from '../../src/islands/compare/copy.ts';
import { RESULTS_COPY } from '../../src/islands/results/copy.ts';
import { DETAIL_COPY } from '../../src/islands/results/detail-copy.ts';
import { KEEP_COPY } from '../../src/islands/results/keep-copy.ts';
import { SAVED_COPY } from '../../src/islands/saved/copy.ts';
import { expect, test } from './fixtures.ts';
import { content, openAllParts, recommendationOf, resultsUrl } from './results-helpers.ts';

const LIST_KEY = 'outsourcing-advisor:saved';

function scenario(name: string): AnswerFile {
  const parsed = parseAnswerFile(content, JSON.parse(readFileSync(join('test', 'fixtures', 'scenarios', `${name}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const today = scenario('total-talent');
const hostile = '=HYPERLINK("https://evil.example") <img src=x onerror=alert(1)>';
const afterAcquisition: AnswerFile = {
  answers: { ...today.answers, annual_hires: 40, recruiting_capacity: 'strong' },
  meta: { client: hostile, preparedBy: today.meta.preparedBy ?? '' },
};

/** Keeps the recommendation on screen in the list, under a label, from the results page. */
async function keep(page: Page, file: AnswerFile, label: string): Promise<void> {
  await page.goto(resultsUrl(file));
  await page.getByRole('button', { name: RESULTS_COPY.keep.button }).click();
  const dialog = page.getByRole('dialog', { name: KEEP_COPY.title });
  await dialog.getByLabel(KEEP_COPY.label).fill(label);
  await dialog.getByRole('button', { name: KEEP_COPY.keep }).click();
  await expect(dialog.getByRole('status')).toHaveText(KEEP_COPY.kept);
  await expect(dialog.getByRole('link', { name: KEEP_COPY.list })).toBeFocused();
}

function listOf(text: string): ListEntry[] {
  const list = readSavedListText(content, text, 'the file');
  if (!list.ok) throw new Error(list.error.message);
  return list.value;
}

test('a consultant keeps recommendations, renames, duplicates and deletes them, and moves the list to a fresh browser through export and import', async ({
  page,
  browser,
  errors,
  axe,
}) => {
  await keep(page, today, 'today');
  await keep(page, afterAcquisition, 'after the acquisition');
  await page.getByRole('link', { name: KEEP_COPY.list }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'My recommendations' })).toBeVisible();
  await expect(page.getByText(SAVED_COPY.privacy.text)).toBeVisible();
  const items = page.locator('.sv-item');
  // Newest first, each with its verdict; the hostile name shows as text.
  await expect(items).toHaveCount(2);
  await expect(items.nth(0).getByRole('heading', { level: 2 })).toHaveText(`${hostile}after the acquisition`);
  await expect(items.nth(1)).toContainText(`Outsource: ${recommendationOf(today).recommendation.label}`);
  // The site's own images only (the header logo and the print letterhead's); the hostile name made none.
  await expect(page.locator('img:not(header img):not(.letterhead img)')).toHaveCount(0);
  await axe('the list');

  await items
    .nth(1)
    .getByRole('button', { name: /^Rename/ })
    .click();
  await items.nth(1).getByLabel(SAVED_COPY.label).fill('x'.repeat(61));
  await items.nth(1).getByRole('button', { name: SAVED_COPY.save }).click();
  await expect(items.nth(1).getByRole('alert')).toHaveText('The label is 61 characters long; the limit is 60.');
  await items.nth(1).getByLabel(SAVED_COPY.label).fill('before the acquisition');
  await items.nth(1).getByRole('button', { name: SAVED_COPY.save }).click();
  await items
    .nth(1)
    .getByRole('button', { name: /^Duplicate/ })
    .click();
  await expect(items).toHaveCount(3);
  await expect(items.nth(2).locator('.sv-label')).toHaveText('before the acquisition (copy)');
  await items
    .nth(2)
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(items).toHaveCount(2);
  await page.getByRole('button', { name: SAVED_COPY.undo }).click();
  await expect(items).toHaveCount(3);
  await items
    .nth(2)
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(items).toHaveCount(2);

  // Reloaded, the list is as it was left.
  await page.reload();
  await expect(items.locator('.sv-label')).toHaveText(['after the acquisition', 'before the acquisition']);
  const stored = listOf((await page.evaluate((key) => localStorage.getItem(key), LIST_KEY)) ?? '');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: SAVED_COPY.export }).click()]);
  expect(download.suggestedFilename()).toMatch(/^my-recommendations-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(mkdtempSync(join(tmpdir(), 'saved-list-')), download.suggestedFilename());
  await download.saveAs(path);
  expect(listOf(readFileSync(path, 'utf8'))).toEqual(stored);

  // Another computer: an empty browser imports the file and gets the same list; importing again adds nothing.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(new URL('/saved/', page.url()).href);
  await expect(other.getByRole('heading', { level: 2, name: SAVED_COPY.empty.title })).toBeVisible();
  await other.locator('input[type=file]').setInputFiles(path);
  await expect(other.getByRole('status')).toHaveText(`Added 2 from ${download.suggestedFilename()}.`);
  expect(listOf((await other.evaluate((key) => localStorage.getItem(key), LIST_KEY)) ?? '')).toEqual(stored);
  await other.locator('input[type=file]').setInputFiles(path);
  await expect(other.getByRole('status')).toContainText('2 already in your list, not added again.');
  await expect(other.locator('.sv-item')).toHaveCount(2);
  await fresh.close();
  expect(errors).toEqual([]);
});

test('when the browser will not store the list, the page says so and the list still works in the tab', async ({ page, seed, errors }) => {
  await seed({ [LIST_KEY]: '{"format":"outsourcing-advisor/saved-recommendations","version":1,"entries":[]}' });
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(resultsUrl(today));
  await page.getByRole('button', { name: RESULTS_COPY.keep.button }).click();
  await page.getByRole('button', { name: KEEP_COPY.keep }).click();
  await expect(page.getByRole('alert')).toContainText("It could not be kept. This browser's storage for the site is full.");

  await page.goto('/saved/');
  await page.locator('input[type=file]').setInputFiles({
    name: 'list.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'outsourcing-advisor/saved-recommendations',
        version: 1,
        entries: [{ savedAt: '2026-03-02T10:15:00Z', ...today }],
      }),
    ),
  });
  await expect(page.locator('.sv-item')).toHaveCount(1);
  await expect(page.locator('.sv-notice')).toContainText('Your latest change is not kept.');
  expect(errors).toEqual([]);
});

/** The page printed to PDF: its page count and text. */
async function printed(page: Page, format: 'A4' | 'Letter'): Promise<{ pages: number; text: string }> {
  const path = join(mkdtempSync(join(tmpdir(), 'compare-')), 'compare.pdf');
  writeFileSync(path, await page.pdf({ format }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? NaN);
  return { pages, text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ') };
}

test('two kept recommendations compared side by side: only what differs, highlighted; the link reopens it in a fresh browser; it prints on one landscape page', async ({
  page,
  browser,
  errors,
  axe,
}) => {
  await keep(page, today, 'today');
  await keep(page, afterAcquisition, 'after the acquisition');
  await page.goto('/saved/');
  await page.getByRole('checkbox', { name: /today$/ }).check();
  await page.getByRole('checkbox', { name: /after the acquisition$/ }).check();
  await page.getByRole('button', { name: new RegExp(`^${SAVED_COPY.compare}`) }).click();

  await expect(page).toHaveURL(/\/compare\/#c1~/);
  const expected = compareScenarios(content, [
    { label: 'today', file: today },
    { label: 'after the acquisition', file: afterAcquisition },
  ]);
  const table = page.getByRole('table', { name: COMPARE_COPY.table });
  await expect(table.locator('thead th')).toContainText(['today', 'after the acquisition']);
  // Only the two answers that differ, each second cell marked as different.
  for (const a of expected.answers) {
    const row = table.getByRole('row', { name: new RegExp(`^${a.short}`, 'i') });
    await expect(row.getByRole('cell')).toHaveText([a.values[0] ?? '', `${a.values[1]}${COMPARE_COPY.differs}`]);
  }
  expect(expected.answers.map((a) => a.question)).toEqual(['annual_hires', 'recruiting_capacity']);
  await expect(table.locator('.cp-diff')).toHaveCount(await table.locator('td', { hasText: COMPARE_COPY.differs }).count());
  const costRows = expected.costs.length > 0 ? 1 + expected.costs.length : 0;
  await expect(table.getByRole('row')).toHaveCount(1 + 2 + 1 + 4 + 1 + expected.answers.length + 1 + expected.reasons.length + costRows);
  await axe('the comparison');

  // A fresh browser with nothing stored opens the same comparison from the link alone.
  const url = page.url();
  const shown = await table.innerText();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.getByRole('table', { name: COMPARE_COPY.table })).toHaveText(shown.replace(/\s+/g, ' ').trim(), {
    useInnerText: true,
  });
  await fresh.close();

  for (const format of ['A4', 'Letter'] as const) {
    const { pages, text } = await printed(page, format);
    expect(pages, `${format}: one landscape page`).toBe(1);
    for (const present of [
      'today',
      'after the acquisition',
      hostile,
      expected.results[1]?.recommendation.label ?? '',
      COMPARE_COPY.answers,
    ])
      expect(text).toContain(present);
    for (const absent of [COMPARE_COPY.print, COMPARE_COPY.copyLink, COMPARE_COPY.open, 'Skip to content', 'Glossary'])
      expect(text, `"${absent}" is not printed`).not.toContain(absent);
  }
  expect(errors).toEqual([]);
});

test('a what-if opens as a comparison; a damaged scenario is named; on a phone the comparison scrolls inside its box', async ({
  page,
  errors,
}) => {
  await page.goto(resultsUrl(today));
  await openAllParts(page);
  const change = recommendationOf(today).changes[0];
  if (!change) throw new Error('the scenario has a change that would change it');
  await page
    .getByRole('button', { name: `${DETAIL_COPY.whatIf.preview}${DETAIL_COPY.whatIf.previewFor}` })
    .first()
    .click();
  await page.getByRole('link', { name: DETAIL_COPY.whatIf.compare }).click();
  const table = page.getByRole('table', { name: COMPARE_COPY.table });
  const label = [...`${change.short}: ${change.to}`].slice(0, 60).join('');
  await expect(table.locator('thead th')).toContainText([DETAIL_COPY.whatIf.asAnswered, label]);
  const expected = compareScenarios(content, [
    { label: '', file: today },
    { label: '', file: { answers: withChange(today.answers, change), meta: today.meta } },
  ]);
  await expect(table.locator('.cp-set')).toHaveText(expected.results.map((r) => r.recommendation.label));

  const parts = encodeCompareLink([
    { label: 'today', file: today },
    { label: 'after growth', file: afterAcquisition },
  ]).split('~');
  parts[4] = `${(parts[4] ?? '').slice(0, -3)}`;
  await page.goto(`/compare/#${parts.join('~')}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Scenario 2 of this comparison cannot be opened' })).toBeVisible();
  await expect(page.getByText(/^Scenario 2 \("after growth"\): /)).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(
    `/compare/#${encodeCompareLink([
      { label: 'a', file: today },
      { label: 'b', file: afterAcquisition },
      { label: 'c', file: scenario('rpo-bpo') },
    ])}`,
  );
  await expect(page.getByRole('table', { name: COMPARE_COPY.table })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(errors).toEqual([]);
});
