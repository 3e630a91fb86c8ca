import { expect, test, type Page } from '@playwright/test';
import { seedStorage } from './fixtures.ts';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { decodeProgress } from '../../src/domain/progress/progress-codec.ts';
import { headlineOf } from '../../src/domain/report/confidence-words.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import { draftKey } from '../../src/stores/rfp-draft.ts';
import { watchPage } from './hardening-helpers.ts';
import { expectNoAxeViolations } from './results-helpers.ts';
import { expectedDoc, field, openDraft, rfpPath, TODAY } from './rfp-helpers.ts';
import { BASE } from './site-pages.ts';
import { content, PROGRESS_KEY, WALK } from './wizard-helpers.ts';

const LINK = encodeLink({ answers: WALK, meta: { client: 'Acme GmbH' } });

/** Saved progress as the questionnaire would have left it, with damage of each kind. */
const SAVED = {
  corrupt: '{"v":1,"answers":{"company_size":"250_',
  wrongTypes: JSON.stringify({
    v: 1,
    answers: { company_size: 'huge', industry: 'manufacturing', countries: 'one', annual_hires: 'many', hr_functions: 'payroll' },
    step: 'hiring',
    done: ['organisation'],
    meta: { client: 42, preparedBy: 'J. Rivera' },
  }),
  // The first format: bare answers, numbers as typed.
  firstVersion: JSON.stringify({ company_size: 'under_50', annual_hires: '1,200' }),
  newerVersion: JSON.stringify({ v: 2, answers: { industry: 'technology', company_size: '250_999' }, future: { x: 1 } }),
} as const;

/** What the page can keep of saved progress: the same codec the page uses, run here. */
function kept(raw: string): { file: AnswerFile; messages: string[] } {
  const { progress, notices } = decodeProgress(content, raw);
  return { file: { answers: progress.answers, meta: progress.meta }, messages: notices.map((n) => n.message) };
}

/** Puts a value in localStorage before the page's scripts run, on every load of this page. */
async function store(page: Page, key: string, value: string): Promise<void> {
  await seedStorage(page, { [key]: value });
}

/** Runs before the page's scripts on every load: storage full (setItem throws) or turned off (localStorage throws). */
async function breakStorage(page: Page, how: 'full' | 'off'): Promise<void> {
  await page.addInitScript((mode) => {
    if (mode === 'full')
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    else
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
  }, how);
}

function notice(page: Page, text: string | RegExp) {
  return page.getByRole('status').filter({ hasText: text });
}

test.describe('results page: saved progress that cannot be read or written', () => {
  test('damaged progress: the page says so, invites a fresh start, and a link still opens', async ({ page }) => {
    const watch = await watchPage(page);
    await store(page, PROGRESS_KEY, SAVED.corrupt);
    await page.goto(`${BASE}results/`);
    await expect(notice(page, 'Your saved answers could not be read')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Start the questionnaire' })).toBeVisible();
    await expectNoAxeViolations(page, 'results with damaged progress');
    await page.evaluate((hash) => (location.hash = hash), LINK);
    await expect(page.getByRole('heading', { level: 2, name: headlineOf(recommend(content, WALK)) })).toBeVisible();
    await expect(notice(page, 'Your saved answers could not be read')).toHaveCount(0);
    // Reading never writes: the damaged progress is left for the questionnaire to explain.
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(SAVED.corrupt);
    expect(await watch.take()).toEqual([]);
  });

  test('answers of the wrong type: the rest are shown, and the page names what was dropped', async ({ page }) => {
    const watch = await watchPage(page);
    const { file, messages } = kept(SAVED.wrongTypes);
    expect(file).toEqual({ answers: { industry: 'manufacturing', countries: 'one' }, meta: { preparedBy: 'J. Rivera' } });
    expect(messages.length).toBe(4);
    await store(page, PROGRESS_KEY, SAVED.wrongTypes);
    await page.goto(`${BASE}results/`);
    await expect(page.getByRole('heading', { level: 2, name: headlineOf(recommend(content, file.answers)) })).toBeVisible();
    await expect(page).toHaveURL(`${BASE}results/#${encodeLink(file)}`);
    for (const message of messages) await expect(notice(page, message)).toBeVisible();
    await expectNoAxeViolations(page, 'results with answers dropped');
    expect(await watch.take()).toEqual([]);
  });

  test('progress from the first version is read in full, with nothing to report', async ({ page }) => {
    const { file, messages } = kept(SAVED.firstVersion);
    expect([file.answers, messages]).toEqual([{ company_size: 'under_50', annual_hires: 1200 }, []]);
    await store(page, PROGRESS_KEY, SAVED.firstVersion);
    await page.goto(`${BASE}results/`);
    await expect(page).toHaveURL(`${BASE}results/#${encodeLink(file)}`);
    await expect(page.getByText('From the answers saved in this browser.')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'saved' })).toHaveCount(0);
  });

  test('progress from a newer version: what can be read is shown, and the page says so', async ({ page }) => {
    const { file } = kept(SAVED.newerVersion);
    expect(file.answers).toEqual({ company_size: '250_999', industry: 'technology' });
    await store(page, PROGRESS_KEY, SAVED.newerVersion);
    await page.goto(`${BASE}results/`);
    await expect(page).toHaveURL(`${BASE}results/#${encodeLink(file)}`);
    await expect(notice(page, 'Your answers were saved by a newer version')).toBeVisible();
  });

  test('storage full: the result, the names and the link all work; editing in the questionnaire says why it cannot', async ({ page }) => {
    const watch = await watchPage(page);
    await breakStorage(page, 'full');
    await page.goto(`${BASE}results/#${LINK}`);
    await expect(page.getByRole('heading', { level: 2, name: headlineOf(recommend(content, WALK)) })).toBeVisible();
    await page.getByRole('textbox', { name: /Prepared by/ }).fill('J. Rivera');
    await expect(page).toHaveURL(
      `${BASE}results/#${encodeLink({ answers: WALK, meta: { client: 'Acme GmbH', preparedBy: 'J. Rivera' } })}`,
    );
    await page.getByRole('button', { name: 'Edit these answers' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'These answers cannot be opened in the questionnaire here' })).toBeVisible();
    await expect(page).toHaveURL(/\/results\/#/);
    await expect(page.getByRole('list', { name: 'Scores' })).toBeVisible();
    expect(await watch.take()).toEqual([]);
  });

  test('storage turned off: a link works in full; without one the page says the saved answers cannot be read', async ({ page }) => {
    const watch = await watchPage(page);
    await breakStorage(page, 'off');
    await page.goto(`${BASE}results/#${LINK}`);
    await expect(page.getByRole('list', { name: 'Scores' })).toBeVisible();
    await page.getByRole('textbox', { name: /Prepared for/ }).fill('Beta AG');
    await expect(page).toHaveURL(`${BASE}results/#${encodeLink({ answers: WALK, meta: { client: 'Beta AG' } })}`);
    await page.getByRole('button', { name: 'Edit these answers' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'These answers cannot be opened in the questionnaire here' })).toBeVisible();

    await page.goto(`${BASE}results/`);
    await expect(notice(page, 'This browser blocks storage for the site')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Start the questionnaire' })).toBeVisible();
    expect(await watch.take()).toEqual([]);
  });
});

test.describe('RFP page: saved progress and kept entries that cannot be read or written', () => {
  test('damaged progress, no link: the page says so and invites a fresh start', async ({ page }) => {
    const watch = await watchPage(page);
    await store(page, PROGRESS_KEY, SAVED.corrupt);
    await page.goto(rfpPath(''));
    await expect(notice(page, 'Your saved answers could not be read')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Start the questionnaire' })).toBeVisible();
    await expectNoAxeViolations(page, 'the RFP page with damaged progress');
    expect(await watch.take()).toEqual([]);
  });

  test('answers of the wrong type, no link: the draft is for the rest, and the page names what was dropped', async ({ page }) => {
    const watch = await watchPage(page);
    const { file, messages } = kept(SAVED.wrongTypes);
    await store(page, PROGRESS_KEY, SAVED.wrongTypes);
    await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00`));
    await page.goto(rfpPath(''));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expectedDoc(file).title);
    await expect(page).toHaveURL(rfpPath(encodeLink(file)));
    for (const message of messages) await expect(notice(page, message)).toBeVisible();
    expect(await watch.take()).toEqual([]);
  });

  test('progress from the first version, no link: drafted in full', async ({ page }) => {
    const { file } = kept(SAVED.firstVersion);
    await store(page, PROGRESS_KEY, SAVED.firstVersion);
    await page.goto(rfpPath(''));
    await expect(page).toHaveURL(rfpPath(encodeLink(file)));
  });

  test('kept entries of the wrong type: every good entry is kept, the bad ones dropped', async ({ page }) => {
    const watch = await watchPage(page);
    const fragment = encodeLink({ answers: WALK, meta: { client: 'Acme GmbH' } });
    await store(
      page,
      draftKey(fragment),
      JSON.stringify({
        v: 1,
        today: TODAY,
        edits: { 'contact-name': 'Jordan Lee', 'contact-email': 42, version: ['x'], '<bad id>': 'x', currency: 'EUR' },
        models: ['XYZ', 7],
      }),
    );
    await openDraft(page, fragment);
    await expect(field(page, 'Contact name')).toHaveValue('Jordan Lee');
    await expect(field(page, 'Contact email')).toHaveValue('');
    await expect(field(page, 'Version')).toHaveValue('Draft 1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expectedDoc({ answers: WALK, meta: { client: 'Acme GmbH' } }).title);
    expect(await watch.take()).toEqual([]);
  });

  test('kept entries of another version: the page says they could not be read and starts afresh', async ({ page }) => {
    const watch = await watchPage(page);
    const fragment = encodeLink({ answers: WALK, meta: {} });
    await store(page, draftKey(fragment), JSON.stringify({ v: 2, today: TODAY, edits: { 'contact-name': 'Jordan Lee' } }));
    await openDraft(page, fragment);
    await expect(notice(page, 'Your earlier entries could not be read.')).toBeVisible();
    await expect(field(page, 'Contact name')).toHaveValue('');
    await field(page, 'Contact name').fill('Sam Park');
    await expect(field(page, 'Contact name')).toHaveValue('Sam Park');
    expect(await watch.take()).toEqual([]);
  });

  test('storage turned off, no link: the page says the saved answers cannot be read', async ({ page }) => {
    const watch = await watchPage(page);
    await breakStorage(page, 'off');
    await page.goto(rfpPath(''));
    await expect(notice(page, 'This browser blocks storage for the site')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Start the questionnaire' })).toBeVisible();
    expect(await watch.take()).toEqual([]);
  });
});
