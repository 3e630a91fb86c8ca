import { expect, test, type Page } from '@playwright/test';
import { encodeCompareLink } from '../../src/domain/share/compare-encode.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import { inlineAttributes, parseCsp, tagsOf, watchPage } from './hardening-helpers.ts';
import { download, field } from './rfp-helpers.ts';
import { BASE, CONTENT_PAGES } from './site-pages.ts';
import { openWizard, radio, WALK } from './wizard-helpers.ts';

const LINK = encodeLink({ answers: WALK, meta: { client: 'Acme GmbH', preparedBy: 'J. Rivera' } });
const NOT_FOUND = `${BASE}no-such-page/`;

interface Visit {
  readonly name: string;
  readonly path: string;
  /** Waits until the page shows what a visitor came for (an island has rendered), and uses it a little. */
  readonly use: (page: Page) => Promise<void>;
}

const loaded = async (page: Page): Promise<void> => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
};

/** The content pages and the 404: static HTML, no JavaScript. */
const STATIC_VISITS: readonly Visit[] = [
  ...CONTENT_PAGES.map((p) => ({ name: p.path || 'home', path: BASE + p.path, use: loaded })),
  {
    name: '404',
    path: NOT_FOUND,
    use: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    },
  },
];

/** Each island page in its usual states, used a little. The wizard saves progress, so it comes last. */
const ISLAND_VISITS: readonly Visit[] = [
  {
    name: 'results, no link',
    path: `${BASE}results/`,
    use: async (page) => {
      await expect(page.getByRole('heading', { level: 2, name: 'No answers to show yet' })).toBeVisible();
    },
  },
  {
    name: 'results, a valid link',
    path: `${BASE}results/#${LINK}`,
    use: async (page) => {
      await expect(page.getByRole('list', { name: 'Scores' })).toBeVisible();
      await page.getByRole('textbox', { name: /Prepared for/ }).fill('Beta AG');
      await expect(page).toHaveURL(/\/results\/#2.+\..+/);
    },
  },
  {
    name: 'results, a damaged link',
    path: `${BASE}results/#${LINK.slice(0, 9)}`,
    use: async (page) => {
      await expect(page.getByRole('heading', { level: 2, name: 'This link is incomplete' })).toBeVisible();
    },
  },
  {
    name: 'RFP, a valid link',
    path: `${BASE}rfp/#${LINK}`,
    use: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: /^Request for proposal: / })).toBeVisible();
      await field(page, 'Contact name').fill('Jordan Lee');
      await expect(field(page, 'Contact name')).toHaveValue('Jordan Lee');
      // The exporters load on demand: the Word writer too must run under the policy.
      await download(page, 'Download as Markdown');
      await download(page, 'Download as Word');
    },
  },
  {
    name: 'RFP, a damaged link',
    path: `${BASE}rfp/#${LINK.slice(0, 9)}`,
    use: async (page) => {
      await expect(page.getByRole('heading', { level: 2, name: 'This link is incomplete' })).toBeVisible();
    },
  },
  {
    name: 'RFP, no link',
    path: `${BASE}rfp/`,
    use: async (page) => {
      await expect(page.getByRole('heading', { level: 2, name: 'There are no answers to draft from yet' })).toBeVisible();
    },
  },
  {
    name: 'my recommendations, empty',
    path: `${BASE}saved/`,
    use: async (page) => {
      await expect(page.getByRole('heading', { level: 2, name: 'Nothing kept yet' })).toBeVisible();
    },
  },
  {
    name: 'compare, a valid link',
    path: `${BASE}compare/#${encodeCompareLink([
      { label: 'today', file: { answers: WALK, meta: {} } },
      { label: 'after growth', file: { answers: { ...WALK, annual_hires: 40 }, meta: { client: 'Acme GmbH' } } },
    ])}`,
    use: async (page) => {
      await expect(page.getByRole('table', { name: 'The scenarios side by side' })).toBeVisible();
    },
  },
  {
    name: 'wizard',
    path: `${BASE}wizard/`,
    use: async (page) => {
      await openWizard(page);
      await radio(page, 'company_size', '250_999').check();
      await page.getByRole('button', { name: /^Next/ }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Hiring' })).toBeFocused();
    },
  },
];

const VISITS = [...STATIC_VISITS, ...ISLAND_VISITS];

/** The console reports the 404 status of the document itself; nothing else is expected. */
function expected404(text: string, url: string): boolean {
  return /status of 404/.test(text) && new URL(url).pathname === NOT_FOUND;
}

test.describe('strict CSP on every page', () => {
  test('the recorder catches a violation and an error (the check can fail)', async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`${BASE}glossary/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ran = true';
      document.body.append(script);
      const styled = document.createElement('p');
      styled.setAttribute('style', 'color: red');
      document.body.append(styled);
    });
    const problems: string[] = [];
    await expect.poll(async () => problems.push(...(await watch.take())) && problems.filter((p) => p.startsWith('CSP: ')).length).toBe(2);
    expect(problems.some((p) => p.startsWith('CSP: script-src'))).toBe(true);
    expect(problems.some((p) => p.startsWith('CSP: style-src'))).toBe(true);
    expect(problems.some((p) => /Content Security Policy/.test(p))).toBe(true);
    expect(await page.evaluate(() => 'ran' in window)).toBe(false);
  });

  test('the markup checks find inline styles and handlers (the check can fail)', () => {
    const html = '<p style="x">a</p><img src=x onerror=alert(1)><a ONCLICK="y">b</a><script>if (a<b && c>d) x.onload = 1</script>';
    expect(inlineAttributes(html)).toEqual(['<p style>', '<img onerror>', '<a onclick>']);
    expect(inlineAttributes('<astro-island props="{&quot;style&quot;:1}" uid="on"><p class="on" title=\'style="x"\'>')).toEqual([]);
  });

  for (const [kind, visits] of [
    // Two halves of the static pages, so that both workers share them.
    ['content pages and the 404, first half', STATIC_VISITS.filter((_, i) => i % 2 === 0)],
    ['content pages and the 404, second half', STATIC_VISITS.filter((_, i) => i % 2 === 1)],
    ['the questionnaire, results, RFP, list and compare pages, in use', ISLAND_VISITS],
  ] as const) {
    test(`${kind}: no CSP violation, console error or page error`, async ({ page }) => {
      const watch = await watchPage(page);
      const problems: string[] = [];
      for (const visit of visits) {
        await page.goto(visit.path);
        await visit.use(page);
        problems.push(...(await watch.take(expected404)).map((p) => `${visit.name}: ${p}`));
      }
      expect(problems).toEqual([]);
    });
  }

  test('every page carries the policy in a meta tag before every script and style, with no inline markup', async ({ request }) => {
    for (const visit of VISITS) {
      const response = await request.get(visit.path.split('#')[0] ?? visit.path);
      expect(response.status(), visit.name).toBe(visit.path === NOT_FOUND ? 404 : 200);
      const html = await response.text();
      const tags = tagsOf(html);
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
      expect(metas, visit.name).toHaveLength(1);
      const csp = parseCsp(metas[0]?.[1] ?? '');
      expect(csp.get('default-src'), visit.name).toEqual(["'self'"]);
      expect(csp.get('object-src'), visit.name).toEqual(["'none'"]);
      expect(csp.get('base-uri'), visit.name).toEqual(["'none'"]);
      expect(csp.get('form-action'), visit.name).toEqual(["'none'"]);
      for (const directive of ['script-src', 'style-src']) {
        const sources = csp.get(directive) ?? [];
        expect(sources[0], `${visit.name} ${directive}`).toBe("'self'");
        // Only the site itself and hashes of Astro's own inline code: nothing inline, no eval, no other host.
        expect(
          sources.slice(1).filter((s) => !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s)),
          `${visit.name} ${directive}`,
        ).toEqual([]);
      }
      expect(metas[0]?.[1], visit.name).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
      // A policy in a meta tag covers only what comes after it: every script and style must follow
      // it, and the few links Astro places before it (icon, sitemap, print stylesheet) are the site's own.
      const metaAt = tags.findIndex((t) => t.tag === 'meta' && t.attributes.includes('http-equiv'));
      const code = tags.findIndex((t) => ['script', 'style', 'img', 'iframe', 'object', 'embed'].includes(t.tag));
      expect(metaAt, visit.name).toBeGreaterThanOrEqual(0);
      expect(metaAt, visit.name).toBeLessThan(code < 0 ? tags.length : code);
      const before = html.slice(0, html.search(/<meta http-equiv="content-security-policy"/i));
      for (const [, href] of before.matchAll(/<link\b[^>]*\shref="([^"]*)"/gi))
        expect(href, visit.name).toMatch(new RegExp(`^${BASE}[^/]`));
      expect(inlineAttributes(html), visit.name).toEqual([]);
      expect(html, visit.name).not.toMatch(/\sstyle="/);
    }
  });
});
