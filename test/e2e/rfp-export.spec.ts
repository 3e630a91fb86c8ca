import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rfpToMarkdown } from '../../src/domain/rfp/markdown.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import {
  collectErrors,
  docxText,
  draftDrawn,
  download,
  expectedDoc,
  field,
  fragmentFor,
  openDraft,
  pdfText,
  scenario,
  unzipEntry,
} from './rfp-helpers.ts';

const SNAPSHOTS = join(import.meta.dirname, '..', 'fixtures', 'rfp');

test('the Markdown download is the same document as the command line prints, for an untouched draft', async ({ page }) => {
  await openDraft(page, fragmentFor('rpo-volume-hiring'));
  const { file, bytes } = await download(page, 'Download as Markdown');
  expect(file.suggestedFilename()).toBe('rfp-rpo-volume-hiring-ltd.md');
  expect(bytes.toString('utf8')).toBe(readFileSync(join(SNAPSHOTS, 'rpo-volume-hiring.md'), 'utf8'));
  await expect(page.getByRole('status')).toHaveText('Downloaded rfp-rpo-volume-hiring-ltd.md.');
});

test('an entry is kept for the link across a reload and goes into the printout, the Markdown and the Word file', async ({ page }) => {
  const errors = collectErrors(page);
  const file = scenario('total-talent');
  const fragment = fragmentFor('total-talent');
  await openDraft(page, fragment);

  await field(page, 'Contact name').fill('Jordan Lee');
  await field(page, 'Contact email').fill('rfp@total-talent.example');
  await field(page, 'Target, Payroll accuracy (priority)').fill('99.5%');
  await field(page, 'Proposal deadline').fill('2026-04-15');
  // Every place the same field appears shows the entry.
  const places = JSON.stringify(expectedDoc(file).sections).split('"id":"contact-email"').length - 1;
  expect(places).toBeGreaterThan(1);
  await expect(page.getByRole('main').getByLabel('Contact email', { exact: true })).toHaveCount(places);
  for (const input of await page.getByRole('main').getByLabel('Contact email', { exact: true }).all())
    await expect(input).toHaveValue('rfp@total-talent.example');

  await page.reload();
  await expect(field(page, 'Contact name')).toHaveValue('Jordan Lee');
  await draftDrawn(page);
  await expect(field(page, 'Proposal deadline')).toHaveValue('2026-04-15');

  const edits = {
    'contact-name': 'Jordan Lee',
    'contact-email': 'rfp@total-talent.example',
    'kpi-target-HRO-payroll-accuracy': '99.5%',
    'date-proposals-due': '2026-04-15',
  };
  const doc = expectedDoc(file, { edits });

  const { text } = await pdfText(page, 'A4');
  expect(text).toContain('Contact for this request: Jordan Lee, rfp@total-talent.example');
  expect(text).toContain('99.5%');
  expect(text).toContain('Deadline for proposals 2026-04-15');
  expect(text).not.toContain('[Contact name]');

  const markdown = await download(page, 'Download as Markdown');
  expect(markdown.bytes.toString('utf8')).toBe(rfpToMarkdown(doc));

  const word = await download(page, 'Download as Word');
  expect(word.file.suggestedFilename()).toBe('rfp-total-talent-ltd.docx');
  const xml = unzipEntry(word.bytes, 'word/document.xml');
  const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>/g)];
  expect(headings).toHaveLength(15);
  const body = docxText(xml);
  for (const section of doc.sections) expect(body).toContain(`${section.number}. ${section.title}`);
  expect(body).toContain('Total Talent Ltd');
  expect(body).toContain('Jordan Lee');
  expect(body).toContain('99.5%');
  expect(body).toContain('2026-04-15');
  expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
  expect(xml).toContain('<w:tblHeader/>');
  expect(xml).toContain('<w:cantSplit/>');
  expect(errors).toEqual([]);
});

test('a field cleared and left gets its suggestion back', async ({ page }) => {
  await openDraft(page, fragmentFor('total-talent'));
  const version = field(page, 'Version');
  await expect(version).toHaveValue('Draft 1');
  await version.fill('');
  await expect(version).toHaveValue('');
  await version.blur();
  await expect(version).toHaveValue('Draft 1');
  await version.fill('Final for approval');
  await page.reload();
  await expect(field(page, 'Version')).toHaveValue('Final for approval');
});

test('the Word writer loads only when its button is pressed', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openDraft(page, fragmentFor('total-talent'));
  await download(page, 'Download as Markdown');
  expect(scripts.filter((s) => /export-docx/.test(s))).toEqual([]);
  await download(page, 'Download as Word');
  expect(scripts.filter((s) => /export-docx/.test(s))).toHaveLength(1);
});

test.describe('a hostile client name stays text everywhere', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const file = { ...scenario('total-talent'), meta: { client: hostile, preparedBy: '"><script>alert(2)</script>' } };

  test('on the page, in the Markdown and in the Word file nothing runs and nothing is injected', async ({ page }) => {
    const errors = collectErrors(page);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openDraft(page, encodeLink(file));
    const main = page.getByRole('main');
    await expect(main.getByRole('definition').first()).toHaveText(hostile);
    // The island renders no element of its own from the names: no image, no script (Astro's loader scripts sit outside it).
    await expect(main.locator('img')).toHaveCount(0);
    await expect(main.locator('astro-island script, astro-island img')).toHaveCount(0);
    await expect(main).toContainText(hostile);
    await expect(main).toContainText('"><script>alert(2)</script>');

    const markdown = (await download(page, 'Download as Markdown')).bytes.toString('utf8');
    expect(markdown).toBe(rfpToMarkdown(expectedDoc(file)));
    expect(markdown).not.toMatch(/(?<!\\)<img/);

    const word = await download(page, 'Download as Word');
    expect(word.file.suggestedFilename()).toBe('rfp-img-src-x-onerror-alert-1.docx');
    const xml = unzipEntry(word.bytes, 'word/document.xml');
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<script');
    expect(docxText(xml)).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
