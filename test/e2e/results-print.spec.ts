import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAnswerFile } from '../../src/domain/answers/parse-answers.ts';
import { headlineOf } from '../../src/domain/report/confidence-words.ts';
import { RESULTS_COPY } from '../../src/islands/results/copy.ts';
import { DETAIL_COPY } from '../../src/islands/results/detail-copy.ts';
import { content, openAllParts, recommendationOf, resultsUrl } from './results-helpers.ts';
import { SHARE_COPY } from '../../src/islands/results/share-copy.ts';

const file = (() => {
  const parsed = parseAnswerFile(content, JSON.parse(readFileSync('test/fixtures/scenarios/total-talent.json', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
})();

/** The page printed to PDF (Chromium's print path, print stylesheets applied), read back as text. */
async function printedText(page: Page): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'results-pdf-')), 'results.pdf');
  writeFileSync(path, await page.pdf({ format: 'A4' }));
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('a printed recommendation keeps the verdict and the reasons, and drops the share form, "Change it" links and the site menus', async ({
  page,
}) => {
  const rec = recommendationOf(file);
  expect(rec.changes.length, 'the scenario has answers that would change the result').toBeGreaterThan(0);
  await page.goto(resultsUrl(file));
  await expect(page.getByRole('heading', { level: 2, name: headlineOf(rec) })).toBeVisible();
  await openAllParts(page);
  await expect(page.getByRole('link', { name: /^Change it/ }).first()).toBeVisible();
  // What "Print the full report" prints: every part open.
  await page.evaluate(() => document.documentElement.classList.add('rs-print-full'));

  const text = await printedText(page);

  expect(text).toContain(headlineOf(rec));
  expect(text).toContain(rec.recommendation.label);
  expect(text).toContain(file.meta.client ?? '');
  expect(text).toContain(RESULTS_COPY.more.why);

  const share = SHARE_COPY;
  for (const absent of [
    DETAIL_COPY.change,
    share.title,
    share.link,
    share.copy,
    share.optional,
    share.nameHelp.trim(),
    RESULTS_COPY.next.edit,
    'Skip to content',
    'Questionnaire',
    'Methodology',
    'Glossary',
  ])
    expect(text, `"${absent}" is not printed`).not.toContain(absent);
});
