import { expect, test, type Page } from '@playwright/test';
import type { Meta } from '../../src/domain/answers/answers.ts';
import { decodeLink } from '../../src/domain/share/link-codec.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { RESULT_TITLE, resultTitle } from '../../src/stores/results.ts';
import { HOSTILE_NAMES } from '../unit/helpers/fragments.ts';
import type { RfpDocument } from '../../src/domain/rfp/document.ts';
import { allInlines } from '../unit/helpers/rfp.ts';
import { watchPage } from './hardening-helpers.ts';
import { expectedDoc, openDraft, pdfText } from './rfp-helpers.ts';
import { BASE, BRAND } from './site-pages.ts';
import { WALK, content } from './wizard-helpers.ts';

/** Elements a name could smuggle in to run code, load something, restyle or redirect the page. */
const RISKY =
  'img, script, svg, math, iframe, frame, object, embed, style, link, meta, base, form, details, video, audio, source, template';

/**
 * What a name must never change (risky elements, handler attributes, javascript: links, the address,
 * the title), with the names shown ("Prepared for" and "Prepared by" to their text, exactly as in
 * the DOM), the two name fields' values, the fragment, how many text nodes of the page are exactly
 * `name`, and how many RFP fields ask for a name, all read at once.
 */
async function pageState(page: Page, name = '') {
  return page.evaluate(
    ([risky, text]) => {
      const counts: Record<string, number> = {};
      for (const element of document.querySelectorAll(risky)) counts[element.localName] = (counts[element.localName] ?? 0) + 1;
      const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
        element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
      );
      const scriptLinks = [...document.querySelectorAll('[href], [src], [action], [formaction]')].filter((element) =>
        ['href', 'src', 'action', 'formaction'].some((a) => /^\s*(javascript|data|vbscript):/i.test(element.getAttribute(a) ?? '')),
      ).length;
      const names = Object.fromEntries(
        [...document.querySelectorAll('main dl dt')].map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']),
      );
      const fields = Object.fromEntries(
        [...document.querySelectorAll<HTMLLabelElement>('main label')].flatMap((label) => {
          const name = /^Prepared (for|by)/.exec(label.textContent ?? '')?.[0];
          return name && label.control instanceof HTMLInputElement ? [[name, label.control.value]] : [];
        }),
      );
      const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
      let exact = 0;
      while (walker.nextNode()) if (text !== '' && walker.currentNode.nodeValue === text) exact++;
      const toFill = document.querySelectorAll('main input[data-field="client-name"], main input[data-field="prepared-by"]').length;
      const safe = { counts, handlers, scriptLinks, origin: location.origin, path: location.pathname, title: document.title };
      return { safe: { ...safe, baseURI: document.baseURI.split('#')[0] }, names, fields, hash: location.hash, exact, toFill };
    },
    [RISKY, name] as const,
  );
}

/** The state the results page's checks compare in full: what must not change, and the names on screen. */
async function resultsState(page: Page) {
  const { safe, names, fields, hash } = await pageState(page);
  const { title, ...rest } = safe;
  return { safe: rest, names, fields, hash, title };
}

/** The tab's title the results page should show for these names: the verdict and the client, as text. */
function expectedTitle(meta: Meta): string {
  return resultTitle(recommend(content, WALK), { answers: WALK, meta }, RESULT_TITLE, BRAND.name);
}

/** Names for the printout, one of each kind of markup, quoting and script (a PDF per name takes a while). */
const PRINTED = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "' onfocus='alert(1)' autofocus='",
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  'Acme & Sons <Ltd>',
  'Ünïcödé Çømpåñÿ ẞ',
].filter((name) => HOSTILE_NAMES.includes(name));

/**
 * Typed names take the same rendering path as a link's, so every fifth name covers typing, plus the
 * names that typing changes (trimmed spaces, no-break spaces, a blank name).
 */
const TYPED = HOSTILE_NAMES.filter((name, i) => i % 5 === 0 || name.trim() !== name);

/** The names the page lists: a blank name (spaces only, which a link may carry) is no name. */
function expectedNames(meta: Meta): Record<string, string> {
  return {
    ...(meta.client?.trim() ? { 'Prepared for': meta.client } : {}),
    ...(meta.preparedBy?.trim() ? { 'Prepared by': meta.preparedBy } : {}),
  };
}

test.describe('hostile names (test/fixtures/hostile-names.json) show as text and run nothing', () => {
  test(`results: each of the ${HOSTILE_NAMES.length} names as client and as author, opened from a link`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const watch = await watchPage(page);
    await page.goto(`${BASE}results/#${encodeLink({ answers: WALK, meta: { client: 'Acme GmbH', preparedBy: 'J. Rivera' } })}`);
    await expect(page.getByRole('list', { name: 'Scores' })).toBeVisible();
    // Sharing loads just after the summary, with its stylesheet: the page is complete once it shows.
    await expect(page.getByRole('textbox', { name: /Prepared for/ })).toBeVisible();
    const baseline = (await resultsState(page)).safe;
    expect(baseline.handlers).toEqual([]);

    for (const name of HOSTILE_NAMES) {
      // As client and as author at once: each name is rendered in both places from one link.
      const link = encodeLink({ answers: WALK, meta: { client: name, preparedBy: name } });
      const decoded = decodeLink(content, link);
      if (!decoded.ok) throw new Error(`the corpus name ${JSON.stringify(name)} should make a valid link`);
      const where = JSON.stringify(name);
      await page.evaluate((hash) => (location.hash = hash), link);
      await expect
        .poll(() => resultsState(page), { message: where, intervals: [20] })
        .toEqual({
          safe: baseline,
          names: expectedNames(decoded.value.meta),
          fields: { 'Prepared for': name, 'Prepared by': name },
          hash: `#${link}`,
          title: expectedTitle(decoded.value.meta),
        });
    }
    expect(dialogs).toEqual([]);
    expect(await watch.take()).toEqual([]);
  });

  test(`results: ${TYPED.length} of the names typed into "Prepared for" and "Prepared by"`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const watch = await watchPage(page);
    await page.goto(`${BASE}results/#${encodeLink({ answers: WALK, meta: {} })}`);
    await expect(page.getByRole('list', { name: 'Scores' })).toBeVisible();
    // Sharing loads just after the summary, with its stylesheet: the page is complete once it shows.
    await expect(page.getByRole('textbox', { name: /Prepared for/ })).toBeVisible();
    const baseline = (await resultsState(page)).safe;
    const client = page.getByRole('textbox', { name: /Prepared for/ });
    const author = page.getByRole('textbox', { name: /Prepared by/ });
    for (const name of TYPED) {
      const where = JSON.stringify(name);
      await client.fill(name);
      await author.fill(name);
      // The page trims what is typed (leading no-break spaces included); a blank name is no name.
      const typed = name.trim();
      const meta = typed === '' ? {} : { client: typed, preparedBy: typed };
      await expect
        .poll(() => resultsState(page), { message: where, intervals: [20] })
        .toEqual({
          safe: baseline,
          names: expectedNames(meta),
          fields: { 'Prepared for': name, 'Prepared by': name },
          hash: `#${encodeLink({ answers: WALK, meta })}`,
          title: expectedTitle(meta),
        });
    }
    expect(dialogs).toEqual([]);
    expect(await watch.take()).toEqual([]);
  });

  test(`RFP screen: each of the ${HOSTILE_NAMES.length} names as client and as author, opened from a link`, async ({ page }) => {
    const dialogs = recordDialogs(page);
    const watch = await watchPage(page);
    await openDraft(page, encodeLink({ answers: WALK, meta: { client: 'Acme Holdings', preparedBy: 'Acme Holdings' } }));
    const baseline = (await pageState(page)).safe;
    expect(baseline.handlers).toEqual([]);

    for (const name of HOSTILE_NAMES) {
      const file = { answers: WALK, meta: { client: name, preparedBy: name } };
      const link = encodeLink(file);
      const where = JSON.stringify(name);
      await page.evaluate((hash) => (location.hash = hash), link);
      // Every place the document puts the name holds it as one whole text node; a blank name is no name.
      const places = name.trim() === '' ? 0 : userTexts(expectedDoc(file)).filter((text) => text === name).length;
      await expect
        .poll(
          async () => {
            // A blank name is not counted: the document has spaces of its own.
            const { safe, exact, toFill, hash } = await pageState(page, name.trim() === '' ? '' : name);
            return { safe, exact, asked: toFill > 0, hash };
          },
          { message: where, intervals: [20] },
        )
        .toEqual({ safe: baseline, exact: places, asked: places === 0, hash: `#${link}` });
      if (places > 0) expect(places, where).toBeGreaterThanOrEqual(3);
    }
    expect(dialogs).toEqual([]);
    expect(await watch.take()).toEqual([]);
  });

  test(`print: ${PRINTED.length} of the names as client and author, in the PDF as text`, async ({ page }) => {
    const dialogs = recordDialogs(page);
    await openDraft(page, encodeLink({ answers: WALK, meta: {} }));
    for (const name of PRINTED) {
      await page.evaluate((hash) => (location.hash = hash), encodeLink({ answers: WALK, meta: { client: name, preparedBy: name } }));
      await expect(page.getByRole('main').getByRole('definition').first()).toHaveText(name);
      const { text } = await pdfText(page, 'A4');
      expect(text, JSON.stringify(name)).toContain(`Prepared for: ${name} Prepared by: ${name}`);
    }
    expect(dialogs).toEqual([]);
  });
});

/** Dialogs the page opens (alert, confirm, prompt), dismissed and recorded: a name that ran code would open one. */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Every piece of text a person typed (names) that the document shows. */
function userTexts(doc: RfpDocument): string[] {
  return allInlines(doc).flatMap((node) => (node.kind === 'text' && node.user ? [node.text] : []));
}
