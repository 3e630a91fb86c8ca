import { expect, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { loadContent } from '../../src/lib/load-content.ts';
import { runCli } from '../../src/cli/recommend.ts';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import { parseAnswerFile } from '../../src/domain/answers/parse-answers.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import type { ModelId } from '../../src/domain/model-ids.ts';
import { buildRfp } from '../../src/domain/rfp/build-rfp.ts';
import type { RfpDocument } from '../../src/domain/rfp/document.ts';
import { fragmentOf } from '../../src/domain/share/share-url.ts';
import { BASE, BRAND } from './site-pages.ts';

export { collectErrors, expectNoAxeViolations } from './fixtures.ts';

export const content = loadContent();

/** The day the browser's clock is set to, as the RFP snapshots in test/fixtures/rfp are dated. */
export const TODAY = '2026-03-02';

const SCENARIOS = join(import.meta.dirname, '..', 'fixtures', 'scenarios');

export function scenario(name: string): AnswerFile {
  const parsed = parseAnswerFile(content, JSON.parse(readFileSync(join(SCENARIOS, `${name}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
  return parsed.value;
}

/** The link fragment the command line gives for a scenario (`--format link`): what the results page links to. */
export function fragmentFor(name: string): string {
  const out = runCli([join(SCENARIOS, `${name}.json`), '--format', 'link'], content);
  if (!out.ok) throw new Error(out.stderr);
  return fragmentOf(out.stdout.trim());
}

export function rfpPath(fragment: string): string {
  return `${BASE}rfp/${fragment ? `#${fragment}` : ''}`;
}

/** The document the page should show, built in Node the way the page builds it. */
export function expectedDoc(file: AnswerFile, options: { edits?: Record<string, string>; models?: ModelId[] } = {}): RfpDocument {
  return buildRfp(
    content,
    { recommendation: recommend(content, file.answers), answers: file.answers, meta: file.meta },
    { today: TODAY, brand: BRAND, ...options },
  );
}

/** Opens the draft for a fragment with the clock at TODAY, and waits for its title, then for every section (they load and are drawn just after). */
export async function openDraft(page: Page, fragment: string, title: string | RegExp = /^Request for proposal: /): Promise<void> {
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00`));
  await page.goto(rfpPath(fragment));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^1\. / })).toBeVisible();
  await draftDrawn(page);
}

/** Waits until every section of the draft is drawn (the draft is busy until then), as a visitor waits before printing. */
export async function draftDrawn(page: Page): Promise<void> {
  await expect(page.getByRole('main').locator('[aria-busy="true"]')).toHaveCount(0);
}

/** One field to fill in, by its label (the first place it appears). */
export function field(page: Page, label: string) {
  return page.getByRole('main').getByLabel(label, { exact: true }).first();
}

export function exportButton(page: Page, name: 'Print / Save as PDF' | 'Download as Word' | 'Download as Markdown') {
  return page.getByRole('button', { name });
}

/** The page printed to PDF (print media, as Save as PDF does), as plain text with every run of white space made one space. */
export async function pdfText(page: Page, format: 'A4' | 'Letter'): Promise<{ text: string; pages: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'rfp-pdf-'));
  const path = join(dir, `draft-${format}.pdf`);
  writeFileSync(path, await page.pdf({ format }));
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? 0);
  return { text: text.replace(/\s+/g, ' '), pages };
}

/** Presses an export button and returns the file the browser was offered. */
export async function download(page: Page, name: 'Download as Word' | 'Download as Markdown'): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), exportButton(page, name).click()]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

/** One file of a zip archive (a .docx), read with the central directory and inflateRawSync. */
export function unzipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`no ${name} in the zip file`);
}

/** The text of a Word document's body: every <w:t> run, joined. */
export function docxText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}
