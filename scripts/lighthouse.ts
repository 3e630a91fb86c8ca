/**
 * Lighthouse (mobile) over the built site in Debian's Chromium: home, wizard, results, RFP and a
 * guide. Prints Performance, Accessibility, Best Practices and SEO, and every audit under 100 so
 * the README and closing notes can say which and why. Run by `npm run bench` after a build.
 */
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { loadContent } from '../src/lib/load-content.ts';
import { runCli } from '../src/cli/recommend.ts';
import { serveSite } from './serve.ts';

const root = join(import.meta.dirname, '..');
const PORT = Number(process.env['LIGHTHOUSE_PORT'] ?? 4399);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface PageScores {
  readonly name: string;
  readonly path: string;
  readonly scores: Record<(typeof CATEGORIES)[number], number>;
  readonly belowFull: readonly string[];
}

function scenarioLink(): string {
  const outcome = runCli([join(root, 'test', 'fixtures', 'scenarios', 'total-talent.json'), '--format', 'link'], loadContent());
  if (!outcome.ok) throw new Error(outcome.stderr);
  return outcome.stdout.trim().replace(/^\/results\//, '');
}

export async function runLighthouse(): Promise<PageScores[]> {
  const fragment = scenarioLink();
  const pages = [
    { name: 'Home', path: '/' },
    { name: 'Wizard', path: '/wizard/' },
    { name: 'Results', path: `/results/${fragment}` },
    { name: 'RFP', path: `/rfp/${fragment}` },
    { name: 'Guide (RPO)', path: '/guides/rpo/' },
  ];
  const server = await serveSite(join(root, 'dist'), PORT);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const results: PageScores[] = [];
    for (const page of pages) {
      const runner = await lighthouse(`http://127.0.0.1:${PORT}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!runner) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { lhr } = runner;
      if (lhr.runtimeError) {
        const failed = { performance: Number.NaN, accessibility: Number.NaN, 'best-practices': Number.NaN, seo: Number.NaN };
        results.push({
          ...page,
          path: page.path.replace(/#.*/, '#…'),
          scores: failed,
          belowFull: [`could not load: ${lhr.runtimeError.message}`],
        });
        continue;
      }
      const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const belowFull = CATEGORIES.flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .flatMap((ref) => {
            const audit = lhr.audits[ref.id];
            return audit && audit.score !== null && audit.score < 1
              ? [`${category}: ${audit.id} (${Math.round(audit.score * 100)}) ${audit.displayValue ?? ''}`.trim()]
              : [];
          }),
      );
      results.push({
        name: page.name,
        path: page.path.replace(/#.*/, '#…'),
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        },
        belowFull,
      });
    }
    return results;
  } finally {
    chrome.kill();
    server.close();
  }
}

export function formatLighthouse(results: readonly PageScores[]): string {
  const lines = ['| Page | Performance | Accessibility | Best Practices | SEO |', '| --- | ---: | ---: | ---: | ---: |'];
  const cell = (n: number): string => (Number.isNaN(n) ? 'n/a' : String(n));
  for (const { name, scores } of results) {
    lines.push(
      `| ${name} | ${cell(scores.performance)} | ${cell(scores.accessibility)} | ${cell(scores['best-practices'])} | ${cell(scores.seo)} |`,
    );
  }
  const notes = results.flatMap((r) => r.belowFull.map((b) => `- ${r.name}: ${b}`));
  return [...lines, '', notes.length ? 'Audits below 100:' : 'Every weighted audit scored 100.', ...notes].join('\n');
}

if (import.meta.main) {
  console.log(formatLighthouse(await runLighthouse()));
}
