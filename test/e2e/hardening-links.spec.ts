import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { headlineOf } from '../../src/domain/report/confidence-words.ts';
import { decodeLink } from '../../src/domain/share/link-codec.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import { fragmentArbitrary } from '../unit/helpers/fragments.ts';
import { watchPage } from './hardening-helpers.ts';
import { BASE } from './site-pages.ts';
import { content } from './wizard-helpers.ts';

// A fixed seed: the same 150 fragments every run, so a failure can be replayed.
const FRAGMENTS = fc.sample(fragmentArbitrary(content), { numRuns: 150, seed: 20_260_302 });

test('150 fuzzed links typed into the address bar of /results/: each gets its result or a clear message, never an error', async ({
  page,
}) => {
  const watch = await watchPage(page);
  await page.goto(`${BASE}results/`);
  await expect(page.getByRole('heading', { level: 2, name: 'No answers to show yet' })).toBeVisible();
  const outcomes = new Set<string>();
  for (const fragment of FRAGMENTS) {
    // The browser percent-encodes what it must; the page reads the fragment as the browser keeps it.
    const hash = await page.evaluate((text) => {
      location.hash = text;
      return location.hash;
    }, fragment);
    const read = hash.replace(/^#/, '');
    const where = `fragment ${JSON.stringify(fragment)} (address bar: ${JSON.stringify(hash)})`;
    if (read.trim() === '') {
      await expect(page.getByRole('heading', { level: 2, name: 'No answers to show yet' }), where).toBeVisible();
      outcomes.add('none');
      continue;
    }
    const decoded = decodeLink(content, read);
    if (decoded.ok) {
      await expect(
        page.getByRole('heading', { level: 2, name: headlineOf(recommend(content, decoded.value.answers)) }),
        where,
      ).toBeVisible();
      await expect(page.getByRole('list', { name: 'Scores' }), where).toBeVisible();
      // The address bar then holds the link of exactly what is on screen.
      await expect.poll(() => page.evaluate(() => location.hash), where).toBe(`#${encodeLink(decoded.value)}`);
      outcomes.add('result');
    } else {
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 2, name: decoded.error.title, exact: true }), where).toBeVisible();
      await expect(main.getByText(decoded.error.message, { exact: true }), where).toBeVisible();
      await expect(main.getByRole('link', { name: 'Start the questionnaire' }), where).toBeVisible();
      await expect(page.getByRole('list', { name: 'Scores' }), where).toHaveCount(0);
      outcomes.add(decoded.error.code);
    }
  }
  expect(await watch.take()).toEqual([]);
  // The sample covers valid links and the main kinds of refusal.
  expect([...outcomes]).toEqual(expect.arrayContaining(['result', 'damaged', 'truncated', 'invalid-value', 'invalid-meta']));
});
