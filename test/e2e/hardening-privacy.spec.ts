import { expect, test } from '@playwright/test';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { fragmentOf } from '../../src/domain/share/share-url.ts';
import { watchPage } from './hardening-helpers.ts';
import { download, field } from './rfp-helpers.ts';
import { BASE } from './site-pages.ts';
import { answersOfLink, content, next, numberField, openWizard, radio } from './wizard-helpers.ts';

/** Values no server may ever see: typed answers, names and an entry, each distinctive enough to search for. */
const CLIENT = 'Zebra Canary Ltd';
const AUTHOR = 'Quokka Marsh Advisory';
const CONTACT = 'Xylophone Vega';
const HIRES = 4321;

interface Recorded {
  readonly url: string;
  readonly method: string;
  readonly body: string | null;
  readonly headers: Record<string, string>;
}

test('a full walk from the questionnaire to the RFP downloads sends nothing anywhere: every request is to the site, with no answer, name or entry in it', async ({
  browser,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const pending: Promise<Recorded>[] = [];
  context.on('request', (request) =>
    pending.push(
      request.allHeaders().then((headers) => ({ url: request.url(), method: request.method(), body: request.postData(), headers })),
    ),
  );
  const page = await context.newPage();
  const watch = await watchPage(page);

  // The questionnaire: a few answers, one of them a distinctive number.
  await openWizard(page);
  await radio(page, 'company_size', '1000_4999').check();
  await radio(page, 'industry', 'manufacturing').check();
  await next(page, 'Hiring');
  await numberField(page, 'annual_hires').fill(String(HIRES));
  await radio(page, 'hiring_pattern', 'seasonal').check();
  await radio(page, 'role_mix', 'high_volume').check();
  await radio(page, 'recruiting_capacity', 'stretched').check();
  for (const title of [...content.sections.slice(2).map((s) => s.title), 'Check your answers']) await next(page, title);
  await page.getByRole('link', { name: 'See my recommendation' }).click();
  await page.waitForURL(/\/results\/#2/);
  const answers = answersOfLink(page.url());
  expect(answers).toMatchObject({ annual_hires: HIRES, industry: 'manufacturing', hiring_pattern: 'seasonal' });
  expect(recommend(content, answers).recommendation.models.length).toBeGreaterThan(0);

  // Results: the names, then the link copied.
  await page.getByRole('textbox', { name: /Prepared for/ }).fill(CLIENT);
  await page.getByRole('textbox', { name: /Prepared by/ }).fill(AUTHOR);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());

  // The RFP: an entry, then both downloads.
  await page.getByRole('link', { name: 'Print or export the RFP draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Request for proposal: / })).toBeVisible();
  await field(page, 'Contact name').fill(CONTACT);
  const markdown = (await download(page, 'Download as Markdown')).bytes.toString('utf8');
  expect(markdown).toContain(CONTACT);
  expect(markdown).toContain(CLIENT);
  await download(page, 'Download as Word');
  expect(await watch.take()).toEqual([]);

  const requests = await Promise.all(pending);
  // Pages, scripts, styles and the export code on demand: all of it from the site itself.
  expect(requests.length).toBeGreaterThan(5);
  const offSite = requests.filter(({ url }) => new URL(url.replace(/^blob:/, '')).origin !== origin);
  expect(offSite.map((r) => r.url)).toEqual([]);
  // A static site: nothing but reads, and no request carries a body.
  expect(requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url}`)).toEqual([]);
  expect(requests.filter((r) => r.body !== null).map((r) => r.url)).toEqual([]);

  // Neither the link's fragment nor any value typed appears in any address, header or body.
  const fragment = fragmentOf(link);
  const secrets = [fragment, CLIENT, AUTHOR, CONTACT, String(HIRES), '4,321', 'Zebra', 'Quokka', 'Xylophone', 'manufacturing', 'seasonal'];
  const leaks = requests.flatMap((r) => {
    const seen = [r.url, safeDecode(r.url), r.body ?? '', ...Object.values(r.headers)].join('\n');
    return secrets.filter((secret) => seen.includes(secret)).map((secret) => `${secret} in ${r.method} ${r.url}`);
  });
  expect(leaks).toEqual([]);
  expect(requests.filter((r) => r.url.includes('#')).map((r) => r.url)).toEqual([]);

  // And nothing is kept on the way: no cookie, for the site or any other.
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  await context.close();
});

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

test('the check sees a leak (it can fail): a value sent in a request body is found', async ({ page, baseURL }) => {
  const bodies: (string | null)[] = [];
  page.on('request', (request) => bodies.push(request.postData()));
  await page.goto(`${BASE}glossary/`);
  // connect-src 'self' allows a request to the site itself; the static server ignores its body.
  await page.evaluate((secret) => fetch('/glossary/', { method: 'POST', body: secret }).catch(() => null), CLIENT);
  expect(bodies).toContain(CLIENT);
  expect(new URL(baseURL ?? '').origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});
