import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import { brandFileFromEnv, DEFAULT_BRAND_FILE, loadBrand } from '../../src/lib/load-brand.ts';
import { watchPage } from './hardening-helpers.ts';
import { docxText, download, pdfText, scenario, TODAY, unzipEntry } from './rfp-helpers.ts';
import { APP_PAGES, BASE, CONTENT_PAGES } from './site-pages.ts';

// Runs in `npm run test:base`, whose build carries the sample brand in test/fixtures/brand/
// (BRAND_FILE): every output must carry it, and none the default brand.

const sample = loadBrand(brandFileFromEnv());
const fallback = loadBrand(DEFAULT_BRAND_FILE);
const { brand } = sample;
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
/** The default brand's name, in any case: "Outsourcing Advisor". */
const DEFAULT_NAME = new RegExp(fallback.brand.name.replace(/\s+/g, '\\s+'), 'i');
const contact = brand.contact ?? '';
/** Text ending with the brand's name, as a pattern. */
const endsWithName = new RegExp(`${brand.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const author = brand.preparedBy ?? '';

test.beforeAll(() => {
  // The checks below prove nothing against the default brand itself.
  expect(brand.name, 'build and test with BRAND_FILE naming a sample brand (npm run test:base)').not.toMatch(DEFAULT_NAME);
  expect(contact, 'the sample brand has a contact line').not.toBe('');
  expect(author, 'the sample brand has a default author').not.toBe('');
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Answers without an author, so the brand's default fills it in. */
const FILE: AnswerFile = { answers: scenario('total-talent').answers, meta: { client: 'Acme GmbH' } };
const LINK = encodeLink(FILE);

async function expectBrandColours(page: Page): Promise<void> {
  const header = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
  const hex = sample.palette.light.header;
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  expect(header).toBe(`rgb(${r}, ${g}, ${b})`);
}

test('no built file says the default brand; every page names the sample brand; the logo is the sample one', () => {
  const files = filesUnder(OUT_DIR);
  const text = files.filter((f) => /\.(html|css|js|svg|xml|txt|json)$/.test(f));
  expect(text.length).toBeGreaterThan(20);
  const traces = text.filter((f) => DEFAULT_NAME.test(readFileSync(f, 'utf8'))).map((f) => relative(OUT_DIR, f));
  expect(traces, 'files that still name the default brand').toEqual([]);
  const pages = files.filter((f) => f.endsWith('.html'));
  // Every page that was built, and no other: the content pages, the app's pages and the 404.
  const expected = [...CONTENT_PAGES.map((p) => p.path), ...APP_PAGES].map((p) => `${p}index.html`).concat('404.html');
  expect(pages.map((f) => relative(OUT_DIR, f)).sort()).toEqual(expected.sort());
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/&amp;/g, '&'), relative(OUT_DIR, page)).toMatch(endsWithName);
    expect(html, relative(OUT_DIR, page)).toContain(`src="${BASE}${sample.logo.servedAs}"`);
  }
  const logo = readFileSync(sample.logo.path);
  expect(readFileSync(join(OUT_DIR, sample.logo.servedAs)).equals(logo)).toBe(true);
  const defaultLogo = readFileSync(fallback.logo.path);
  expect(files.filter((f) => readFileSync(f).equals(defaultLogo)).map((f) => relative(OUT_DIR, f))).toEqual([]);
});

test('the header, colours, footer and favicon carry the brand; the short name on a phone; no CSP violation', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto(BASE);
  await expect(page).toHaveTitle(brand.name);
  await expect(page.getByRole('banner').getByRole('link', { name: brand.name })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText(contact);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', `${BASE}${sample.logo.servedAs}`);
  const icon = await page.request.get(`${BASE}${sample.logo.servedAs}`);
  expect((await icon.body()).equals(readFileSync(sample.logo.path))).toBe(true);
  await expectBrandColours(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('banner').getByRole('link', { name: brand.shortName ?? brand.name, exact: true })).toBeVisible();
  expect(await watch.take()).toEqual([]);
});

test('the results page fills in the default author, titles the tab with the brand, and prints the brand', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto(`${BASE}results/#${LINK}`);
  await expect(page.getByRole('list', { name: 'Scores' })).toBeVisible();
  await expect(page).toHaveTitle(/ for Acme GmbH · /);
  await expect(page).toHaveTitle(endsWithName);
  await expect(page.getByRole('textbox', { name: /Prepared by/ })).toHaveValue(author);
  await expectBrandColours(page);
  const { text } = await pdfText(page, 'A4');
  for (const expected of [brand.name, contact, `Prepared by: ${author}`]) expect(text).toContain(expected);
  expect(text).not.toMatch(DEFAULT_NAME);
  expect(await watch.take()).toEqual([]);
});

test('the RFP carries the brand on its cover and footer, in print, in Word and in Markdown', async ({ page }) => {
  const watch = await watchPage(page);
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00`));
  await page.goto(`${BASE}rfp/#${LINK}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Request for proposal: / })).toBeVisible();
  await expect(page).toHaveTitle(/^Request for proposal: /);
  await expect(page).toHaveTitle(endsWithName);
  await expect(page.getByRole('main').getByLabel('Name and organisation of the author', { exact: true })).toHaveValue(author);

  const { text, pages } = await pdfText(page, 'A4');
  // The letterhead on the cover, the author, and the name at the foot of every page.
  expect(text.startsWith(`${brand.name} ${contact}`)).toBe(true);
  expect(text).toContain(`Prepared by: ${author}`);
  expect(text.split(brand.name).length - 1).toBeGreaterThanOrEqual(pages + 1);
  expect(text).not.toMatch(DEFAULT_NAME);

  const markdown = (await download(page, 'Download as Markdown')).bytes.toString('utf8');
  const plain = markdown.replace(/\\(.)/g, '$1');
  expect(plain.split('\n')[0]).toBe(`**${brand.name}** · ${contact}`);
  expect(plain).toContain(`**Prepared by:** ${author}`);
  expect(markdown).not.toMatch(DEFAULT_NAME);

  const word = (await download(page, 'Download as Word')).bytes;
  const body = docxText(unzipEntry(word, 'word/document.xml')).replace(/&amp;/g, '&');
  expect(body.startsWith(`${brand.name}  ·  ${contact}`)).toBe(true);
  expect(body).toContain(`Prepared by: ${author}`);
  expect(docxText(unzipEntry(word, 'word/footer1.xml')).replace(/&amp;/g, '&')).toContain(`${brand.name} · Page `);
  expect(unzipEntry(word, 'docProps/core.xml').replace(/&amp;/g, '&')).toContain(`<dc:creator>${brand.name}</dc:creator>`);
  for (const part of ['word/document.xml', 'word/footer1.xml', 'docProps/core.xml', 'docProps/app.xml'])
    expect(unzipEntry(word, part), part).not.toMatch(DEFAULT_NAME);
  expect(await watch.take()).toEqual([]);
});
