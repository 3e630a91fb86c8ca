import { expect, test, type Page } from '@playwright/test';
import { seedStorage } from './fixtures.ts';
import { resolve } from 'node:path';
import { encodeProgress } from '../../src/domain/progress/progress-codec.ts';
import { emptyProgress } from '../../src/domain/progress/progress.ts';
import { measurePage, ON_DEMAND_BUDGET } from '../../src/integrations/js-size.ts';
import { decodeLink } from '../../src/domain/share/link-codec.ts';
import { BASE, BRAND } from './site-pages.ts';
import {
  collectErrors,
  content,
  expectedDoc,
  expectNoAxeViolations,
  exportButton,
  field,
  fragmentFor,
  openDraft,
  rfpPath,
  scenario,
  TODAY,
} from './rfp-helpers.ts';

const PROGRESS_KEY = 'outsourcing-advisor:progress';

/** Runs before the page's scripts on every load: replaces localStorage's methods to fail as a browser would. */
async function breakStorage(page: Page, how: 'blocked' | 'full'): Promise<void> {
  await page.addInitScript((mode) => {
    const fail = (): never => {
      throw new DOMException(
        mode === 'full' ? 'The quota has been exceeded.' : 'Access is denied',
        mode === 'full' ? 'QuotaExceededError' : 'SecurityError',
      );
    };
    if (mode === 'blocked') Object.defineProperty(window, 'localStorage', { get: fail });
    else Storage.prototype.setItem = fail;
  }, how);
}

test('the link the results page gives opens the draft, with a way back to the same recommendation', async ({ page }) => {
  const errors = collectErrors(page);
  const fragment = fragmentFor('total-talent');
  const doc = expectedDoc(scenario('total-talent'));
  await openDraft(page, fragment, doc.title);
  await expect(page).toHaveTitle(`${doc.title} · ${BRAND.name}`);
  await expect(page.getByRole('link', { name: 'Back to the recommendation' })).toHaveAttribute('href', `${BASE}results/#${fragment}`);
  const headings = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(headings).toHaveText(doc.sections.map((s) => `${s.number}. ${s.title}`));
  await expect(page.getByRole('table', { name: 'Timeline of this request' }).getByRole('columnheader')).toHaveText(['Milestone', 'Date']);
  await expect(page.getByRole('table', { name: 'Timeline of this request' }).getByRole('rowheader').first()).toHaveText(
    'Request for proposal issued',
  );
  await expect(field(page, 'Issue date')).toHaveAttribute('type', 'date');
  await expect(field(page, 'Issue date')).toHaveValue(TODAY);
  await expect(field(page, 'Contact name')).toHaveAttribute('placeholder', '[Contact name]');
  await expectNoAxeViolations(page, 'the RFP draft');
  expect(errors).toEqual([]);
});

test('a damaged link says what is wrong and how to start, with no page error', async ({ page }) => {
  const errors = collectErrors(page);
  const fragment = fragmentFor('total-talent');
  // One character changed, as a mistyped or mangled link would be.
  const damaged = `${fragment.slice(0, 12)}${fragment.charAt(12) === 'A' ? 'B' : 'A'}${fragment.slice(13)}`;
  const decoded = decodeLink(content, damaged);
  if (decoded.ok) throw new Error('the damaged link still decodes');
  await page.goto(rfpPath(damaged));
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Request for proposal draft' })).toBeVisible();
  await expect(main.getByRole('heading', { level: 2, name: decoded.error.title })).toBeVisible();
  await expect(main.getByText(decoded.error.message)).toBeVisible();
  await expect(main.getByText(decoded.error.hint)).toBeVisible();
  await expect(main.getByRole('link', { name: 'Start the questionnaire' })).toHaveAttribute('href', `${BASE}wizard/`);
  await expect(exportButton(page, 'Print / Save as PDF')).toHaveCount(0);
  await expectNoAxeViolations(page, 'a damaged link');
  expect(errors).toEqual([]);
});

test('with no link and nothing saved, the page says so and links to the questionnaire', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(rfpPath(''));
  await expect(page.getByRole('heading', { level: 2, name: 'There are no answers to draft from yet' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Start the questionnaire' })).toHaveAttribute('href', `${BASE}wizard/`);
  expect(errors).toEqual([]);
});

test('with no link, the answers saved by the questionnaire are drafted, and the address gets their link', async ({ page }) => {
  const file = scenario('rpo-volume-hiring');
  const progress = { ...emptyProgress(content), answers: file.answers, meta: file.meta, done: content.sections.map((s) => s.id) };
  await seedStorage(page, { [PROGRESS_KEY]: encodeProgress(progress) });
  await openDraft(page, '', expectedDoc(file).title);
  expect(new URL(page.url()).hash).toBe(`#${fragmentFor('rpo-volume-hiring')}`);
});

test('keep it in-house: the short note, and a tender drafted anyway for the services ticked, kept across a reload', async ({ page }) => {
  const file = scenario('in-house-tight-control');
  await openDraft(page, fragmentFor('in-house-tight-control'), 'Outsourcing: nothing to tender yet');
  const headings = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(headings).toHaveText(['1. About this document', '2. Nothing to tender yet']);
  const choice = page.getByRole('group', { name: 'Draft a tender anyway' });
  await expect(choice.getByRole('checkbox')).toHaveCount(4);
  await expectNoAxeViolations(page, 'nothing to tender');

  await choice.getByRole('checkbox', { name: /^HR outsourcing \(HRO\)/ }).check();
  const hro = expectedDoc(file, { models: ['HRO'] });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hro.title);
  await expect(headings).toHaveCount(15);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hro.title);
  await expect(choice.getByRole('checkbox', { name: /^HR outsourcing \(HRO\)/ })).toBeChecked();

  await choice.getByRole('checkbox', { name: /^Recruitment process outsourcing \(RPO\)/ }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expectedDoc(file, { models: ['HRO', 'RPO'] }).title);
  await expectNoAxeViolations(page, 'a tender drafted anyway');
  await choice.getByRole('checkbox', { name: /^HR outsourcing \(HRO\)/ }).uncheck();
  await choice.getByRole('checkbox', { name: /^Recruitment process outsourcing \(RPO\)/ }).uncheck();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outsourcing: nothing to tender yet');
});

test('storage turned off: the page says entries are not kept, and editing and downloading still work', async ({ page }) => {
  const errors = collectErrors(page);
  await breakStorage(page, 'blocked');
  await openDraft(page, fragmentFor('total-talent'));
  await expect(page.getByRole('status').filter({ hasText: 'Your entries are not being kept.' })).toBeVisible();
  await field(page, 'Contact name').fill('Jordan Lee');
  await expect(page.getByRole('main').getByLabel('Contact name', { exact: true }).last()).toHaveValue('Jordan Lee');
  const [file] = await Promise.all([page.waitForEvent('download'), exportButton(page, 'Download as Markdown').click()]);
  expect(file.suggestedFilename()).toBe('rfp-total-talent-ltd.md');
  expect(errors).toEqual([]);
});

test('storage full: the page says the latest entries are not kept, and the entry stays on screen', async ({ page }) => {
  const errors = collectErrors(page);
  await breakStorage(page, 'full');
  await openDraft(page, fragmentFor('total-talent'));
  await expect(page.getByRole('status').filter({ hasText: 'not kept' })).toHaveCount(0);
  await field(page, 'Contact name').fill('Jordan Lee');
  await expect(page.getByRole('status').filter({ hasText: 'Your latest entries are not kept.' })).toBeVisible();
  await expect(field(page, 'Contact name')).toHaveValue('Jordan Lee');
  expect(errors).toEqual([]);
});

test('damaged entries kept for a link are set aside with a notice, and the draft starts afresh', async ({ page }) => {
  const errors = collectErrors(page);
  await openDraft(page, fragmentFor('total-talent'));
  await field(page, 'Contact name').fill('Jordan Lee');
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('outsourcing-advisor:rfp:')) localStorage.setItem(key, '{"v":1,"today":');
  });
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Your earlier entries could not be read.' })).toBeVisible();
  await expect(field(page, 'Contact name')).toHaveValue('');
  expect(errors).toEqual([]);
});

test('the page loads what the build measured: its first look, then the draft, and the exporters only when a button is pressed', async ({
  page,
}) => {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await openDraft(page, fragmentFor('total-talent'));
  await field(page, 'Contact name').fill('Jordan Lee');
  await expect(exportButton(page, 'Download as Word')).toBeVisible();
  const measured = measurePage(resolve(process.env.OUT_DIR ?? 'dist'), 'rfp/index.html', BASE);
  const first = measured.files.map((f) => `${BASE}${f.file}`);
  const later = new Map(measured.onDemand.map((f) => [`${BASE}${f.file}`, f.gzip]));
  // Every file of the first load the build counted, and nothing it did not count at all.
  expect([...scripts].filter((path) => first.includes(path)).sort()).toEqual([...first].sort());
  const rest = [...scripts].filter((path) => !first.includes(path));
  for (const path of rest) expect(later.get(path), path).toBeLessThanOrEqual(ON_DEMAND_BUDGET);
  expect(rest.filter((path) => /export/.test(path))).toEqual([]);
  await exportButton(page, 'Download as Word').click();
  await expect.poll(() => [...scripts].filter((path) => /export-docx/.test(path))).toHaveLength(1);
});

test('on a 320 px screen the page never scrolls sideways: each table scrolls in its own named, focusable region', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openDraft(page, fragmentFor('total-talent'));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const region = page.getByRole('region', { name: 'Recruiting history, last 12 months' });
  await expect(region.getByRole('table', { name: 'Recruiting history, last 12 months' })).toBeVisible();
  await expect(region).toHaveAttribute('tabindex', '0');
  await expectNoAxeViolations(page, 'the draft at 320 px');
});

test('axe finds nothing in dark mode either, with fields empty and filled', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openDraft(page, fragmentFor('hro-admin-compliance'));
  await field(page, 'Contact name').fill('Jordan Lee');
  await expectNoAxeViolations(page, 'the RFP draft in dark mode');
});

test('another link pasted into the address bar opens its own draft at once', async ({ page }) => {
  await openDraft(page, fragmentFor('total-talent'));
  await field(page, 'Contact name').fill('Jordan Lee');
  await page.evaluate((hash) => (location.hash = hash), fragmentFor('bpo-back-office'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expectedDoc(scenario('bpo-back-office')).title);
  await expect(field(page, 'Contact name')).toHaveValue('');
});
