import { expect, test, type Page } from '@playwright/test';
import type { Meta } from '../../src/domain/answers/answers.ts';
import { decodeLink } from '../../src/domain/share/link-codec.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import { HOSTILE_NAMES } from '../unit/helpers/fragments.ts';
import { watchPage } from './hardening-helpers.ts';
import { BASE } from './site-pages.ts';
import { WALK, content } from './wizard-helpers.ts';

/** Elements a name could smuggle in to run code, load something, restyle or redirect the page. */
const RISKY =
  'img, script, svg, math, iframe, frame, object, embed, style, link, meta, base, form, details, video, audio, source, template';

/**
 * What a name must never change (risky elements, handler attributes, javascript: links, the address,
 * the title), with the names shown ("Prepared for" and "Prepared by" to their text, exactly as in
 * the DOM), the two name fields' values and the fragment, all read at once.
 */
async function pageState(page: Page) {
  return page.evaluate((risky) => {
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
    const safe = { counts, handlers, scriptLinks, origin: location.origin, path: location.pathname, title: document.title };
    return { safe: { ...safe, baseURI: document.baseURI.split('#')[0] }, names, fields, hash: location.hash };
  }, RISKY);
}

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
    const baseline = (await pageState(page)).safe;
    expect(baseline.handlers).toEqual([]);

    for (const name of HOSTILE_NAMES) {
      // As client and as author at once: each name is rendered in both places from one link.
      const link = encodeLink({ answers: WALK, meta: { client: name, preparedBy: name } });
      const decoded = decodeLink(content, link);
      if (!decoded.ok) throw new Error(`the corpus name ${JSON.stringify(name)} should make a valid link`);
      const where = JSON.stringify(name);
      await page.evaluate((hash) => (location.hash = hash), link);
      await expect
        .poll(() => pageState(page), { message: where, intervals: [20] })
        .toEqual({
          safe: baseline,
          names: expectedNames(decoded.value.meta),
          fields: { 'Prepared for': name, 'Prepared by': name },
          hash: `#${link}`,
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
    const baseline = (await pageState(page)).safe;
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
        .poll(() => pageState(page), { message: where, intervals: [20] })
        .toEqual({
          safe: baseline,
          names: expectedNames(meta),
          fields: { 'Prepared for': name, 'Prepared by': name },
          hash: `#${encodeLink({ answers: WALK, meta })}`,
        });
    }
    expect(dialogs).toEqual([]);
    expect(await watch.take()).toEqual([]);
  });
});
