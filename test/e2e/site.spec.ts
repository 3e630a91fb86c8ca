import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/load-content.ts';
import { axeViolations, expect, test } from './fixtures.ts';
import { BASE, BRAND, CONTENT_PAGES, GUIDES_ON_DISK } from './site-pages.ts';

/** Every page the built sitemap lists, as a path under the base: axe checks each, not a hand-kept list. */
const SITEMAP_PAGES: readonly string[] = [
  ...readFileSync(join(process.env.OUT_DIR || 'dist', 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
].map((m) => new URL(m[1] ?? '').pathname.slice(BASE.length));

test('the sitemap names every content page', () => {
  expect(SITEMAP_PAGES).toEqual(expect.arrayContaining(CONTENT_PAGES.map((p) => p.path)));
});

// One visit per page: axe and errors for every page the sitemap lists, and for content pages
// their title, h1 and description too.
for (const path of SITEMAP_PAGES) {
  const known = CONTENT_PAGES.find((p) => p.path === path);
  test(`${BASE}${path} (in the sitemap): one h1, axe finds nothing, no script or console error${known ? ', title and description' : ''}`, async ({
    page,
    axe,
    errors,
  }) => {
    const response = await page.goto(BASE + path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    if (known) {
      await expect(page).toHaveTitle(known.title);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(known.h1);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questionnaire' })).toHaveAttribute(
        'href',
        `${BASE}wizard/`,
      );
    }
    await axe(`${BASE}${path}`);
    expect(errors).toEqual([]);
  });
}

test('content pages ship no JavaScript and no inline styles', async ({ request }) => {
  for (const { path } of CONTENT_PAGES) {
    const response = await request.get(BASE + path);
    expect(response.ok(), path).toBe(true);
    const html = await response.text();
    expect(html, path).not.toMatch(/<script/i);
    expect(html, path).not.toMatch(/<astro-island/i);
    expect(html, path).not.toMatch(/<[^>]*\sstyle\s*=/i);
    expect(html, path).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  }
});

test('the dark theme passes axe too (colour contrast of both palettes)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['', 'guides/hro-vs-rpo/', 'methodology/', 'glossary/']) {
    await page.goto(BASE + path);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, path).toBe('rgb(15, 20, 25)');
    expect(await axeViolations(page), path).toEqual([]);
  }
});

test('content pages reflow to 320 CSS pixels without sideways scrolling (WCAG 1.4.10)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const { path } of CONTENT_PAGES) {
    await page.goto(BASE + path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});

test('the header marks where you are and every nav link stays under the base path', async ({ page }) => {
  await page.goto(`${BASE}guides/rpo/`);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(['Home', 'Questionnaire', 'Guides', 'Methodology', 'Glossary']);
  await expect(nav.getByRole('link', { name: 'Guides' })).toHaveAttribute('aria-current', 'true');
  await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  for (const href of await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href.startsWith(BASE)).toBe(true);
  }
  await page.goto(`${BASE}methodology/`);
  await expect(nav.getByRole('link', { name: 'Methodology' })).toHaveAttribute('aria-current', 'page');
});

test('the home page leads to the questionnaire, explains the steps and the privacy promise, and links the guides', async ({ page }) => {
  await page.goto(BASE);
  await page.getByRole('link', { name: 'Start the questionnaire' }).first().click();
  await expect(page).toHaveURL(`${BASE}wizard/`);
  await page.goto(BASE);
  await expect(page.getByRole('heading', { name: 'How it works' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'How it works' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('heading', { name: 'Your answers never leave your browser' })).toBeVisible();
  for (const model of ['HRO', 'RPO', 'BPO', 'KPO']) {
    await expect(page.getByRole('link', { name: new RegExp(`\\(${model}\\)`) })).toHaveAttribute(
      'href',
      `${BASE}guides/${model.toLowerCase()}/`,
    );
  }
  await page.getByRole('link', { name: 'HRO versus RPO' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('HRO versus RPO');
});

test('the guide index lists every guide, and a guide links its neighbours relatively', async ({ page }) => {
  await page.goto(`${BASE}guides/`);
  for (const guide of GUIDES_ON_DISK) {
    await expect(page.getByRole('link', { name: guide.title, exact: true })).toHaveAttribute('href', `${BASE}guides/${guide.slug}/`);
  }
  await page.goto(`${BASE}guides/hro-vs-rpo/`);
  await page.getByRole('main').getByRole('link', { name: 'RPO', exact: true }).first().click();
  await expect(page).toHaveURL(`${BASE}guides/rpo/`);
});

test('comparison tables are real tables with column and row headers', async ({ page }) => {
  const comparisons = [
    { slug: 'hro-vs-rpo', models: ['HRO', 'RPO'] },
    { slug: 'rpo-vs-bpo', models: ['RPO', 'BPO'] },
    { slug: 'bpo-vs-kpo', models: ['BPO', 'KPO'] },
  ];
  const aspects = [
    'Scope',
    'Goal',
    'Expertise',
    'Metrics',
    'Contract length',
    'Technology',
    'Best fit',
    'Cost profile',
    'Internal involvement',
  ];
  for (const { slug, models } of comparisons) {
    await page.goto(`${BASE}guides/${slug}/`);
    const table = page.getByRole('table').first();
    await expect(table.getByRole('columnheader')).toHaveText(['Aspect', ...models]);
    await expect(table.getByRole('rowheader')).toHaveText(aspects);
    await expect(table.locator('th[scope="row"]')).toHaveCount(aspects.length);
  }
});

test('a guide prints without navigation or footer, with its tables', async ({ page }) => {
  await page.goto(`${BASE}guides/hro-vs-rpo/`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  const color = await page.evaluate(() => getComputedStyle(document.body).color);
  expect(color).toBe('rgb(0, 0, 0)');
});

test('the methodology page lists every rule in content/, with its points, and every question', async ({ page }) => {
  const content = loadContent();
  await page.goto(`${BASE}methodology/`);
  for (const rule of content.rules) {
    const item = page.locator(`[id="rule-${rule.id}"]`);
    await expect(item.getByRole('heading', { level: 4 }), rule.id).toHaveText(rule.title);
    await expect(item.locator('code').first(), rule.id).toHaveText(rule.id);
    for (const effect of rule.effects) {
      if (effect.kind !== 'points') continue;
      const sign = effect.points > 0 ? `+${effect.points}` : `\u2212${Math.abs(effect.points)}`;
      await expect(item.getByRole('listitem').filter({ hasText: `${effect.model} ${sign}` }), rule.id).toHaveCount(1);
    }
  }
  await expect(page.locator('[id^="rule-"]')).toHaveCount(content.rules.length);
  for (const question of content.sections.flatMap((s) => s.questions)) {
    await expect(page.locator(`[id="question-${question.id}"]`).getByRole('heading', { level: 4 })).toHaveText(question.prompt);
  }
  // The cost view's assumptions are listed with their published figure and source.
  for (const assumption of content.costs)
    await expect(page.locator('#costs ~ table').getByRole('rowheader', { name: assumption.label, exact: true })).toHaveCount(1);
  const { recommendAt, clearMargin, closeMargin } = content.settings;
  await expect(page.getByText(`A model is recommended when it scores ${recommendAt} or more.`)).toBeVisible();
  await expect(page.getByRole('cell', { name: new RegExp(`fewer than ${closeMargin} points from the line`) })).toBeVisible();
  await expect(page.getByRole('cell', { name: new RegExp(`at least ${clearMargin} points from the line`) })).toBeVisible();
  await expect(page.getByText('Decision support, not legal or procurement advice.').first()).toBeVisible();
  await page.locator('[id="rule-rpo-rapid-growth"]').getByRole('link', { name: 'external hires a year' }).click();
  await expect(page).toHaveURL(/#question-annual_hires$/);
});

test('the glossary defines the terms people meet, each with an anchor', async ({ page }) => {
  await page.goto(`${BASE}glossary/`);
  for (const term of ['ATS', 'HRIS', 'SLA', 'PEO', 'Full-cycle RPO']) {
    await expect(page.getByRole('term').filter({ hasText: term }).first()).toBeVisible();
  }
  await page.getByRole('navigation', { name: 'Terms by first letter' }).getByRole('link', { name: 'P', exact: true }).click();
  await expect(page).toHaveURL(/#[a-z0-9-]+$/);
  await expect(page.locator('dt:target')).toContainText(/^P/);
});

test('an unknown address gets the 404 page, with links back under the base path', async ({ page }) => {
  // The console reports the 404 status of the document itself, so only script errors count here.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(`${BASE}no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle(`Page not found · ${BRAND.name}`);
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', BASE);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the sitemap lists the home page, the questionnaire and every guide under the base path', async ({ request }) => {
  const response = await request.get(`${BASE}sitemap.xml`);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(locs).toEqual(expect.arrayContaining([BASE, `${BASE}wizard/`, `${BASE}methodology/`, `${BASE}glossary/`]));
  for (const guide of GUIDES_ON_DISK) expect(locs).toContain(`${BASE}guides/${guide.slug}/`);
});
