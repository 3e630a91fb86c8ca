/**
 * Lighthouse (mobile) over the built site in Debian's Chromium, through Lighthouse CI: home,
 * questionnaire, results, RFP and a guide, three runs each, the median run asserted against the
 * target scores (TARGETS: 100 in every category). Serves dist/ with scripts/serve.ts (gzipped, as
 * the budgets count), runs `lhci collect` then `lhci assert`, and prints the median run's scores
 * and every audit under 100 in it, so the README can say which and why. Run by `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runCli } from '../src/cli/recommend.ts';
import { loadContent } from '../src/lib/load-content.ts';
import { serveSite } from './serve.ts';

const root = join(import.meta.dirname, '..');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const require = createRequire(import.meta.url);
const LHCI = require.resolve('@lhci/cli/src/cli.js');
const RESULTS = join(root, '.lighthouseci');

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** The lowest score each page's median run may get (0 to 1): full marks everywhere. */
export const TARGETS: readonly { readonly name: string; readonly path: string; readonly performance: number }[] = [
  { name: 'Home', path: '', performance: 1 },
  { name: 'Questionnaire', path: 'wizard/', performance: 1 },
  { name: 'Results (a share link)', path: 'results/', performance: 1 },
  { name: 'RFP draft (a share link)', path: 'rfp/', performance: 1 },
  { name: 'Guide (RPO)', path: 'guides/rpo/', performance: 1 },
];

/** Runs per page: the median one counts, so one run slowed by a busy machine neither passes nor fails a page alone. */
const RUNS = 3;

export interface PageScores {
  readonly name: string;
  readonly scores: Record<Category, number>;
  readonly belowFull: readonly string[];
}

export interface LighthouseOutcome {
  readonly pages: readonly PageScores[];
  /** True when every page reached its targets (`lhci assert` passed). */
  readonly passed: boolean;
  /** What `lhci assert` printed. */
  readonly report: string;
}

function scenarioFragment(): string {
  const outcome = runCli([join(root, 'test', 'fixtures', 'scenarios', 'total-talent.json'), '--format', 'link'], loadContent());
  if (!outcome.ok) throw new Error(outcome.stderr);
  return outcome.stdout.trim().replace(/^\/results\//, '');
}

interface Lhr {
  readonly requestedUrl: string;
  readonly categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  readonly audits: Record<string, { id: string; score: number | null; displayValue?: string }>;
}

function scoresOf(name: string, lhr: Lhr): PageScores {
  const score = (id: Category): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
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
  return {
    name,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    belowFull,
  };
}

export async function runLighthouse(port = Number(process.env['LIGHTHOUSE_PORT'] ?? 4399)): Promise<LighthouseOutcome> {
  const fragment = scenarioFragment();
  const server = await serveSite(join(root, 'dist'), port);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const urlOf = (path: string): string => `${origin}${path}${path === 'results/' || path === 'rfp/' ? fragment : ''}`;
  const categoryTargets = (performance: number): Record<string, [string, { minScore: number; aggregationMethod: 'median' }]> => ({
    'categories:performance': ['error', { minScore: performance, aggregationMethod: 'median' }],
    'categories:accessibility': ['error', { minScore: 1, aggregationMethod: 'median' }],
    'categories:best-practices': ['error', { minScore: 1, aggregationMethod: 'median' }],
    'categories:seo': ['error', { minScore: 1, aggregationMethod: 'median' }],
  });
  const config = {
    ci: {
      collect: {
        url: TARGETS.map((t) => urlOf(t.path)),
        numberOfRuns: RUNS,
        chromePath: CHROMIUM,
        settings: {
          onlyCategories: [...CATEGORIES],
          chromeFlags:
            '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
        },
      },
      assert: {
        assertMatrix: TARGETS.map((t) => ({
          // The pattern is a regular expression: the page's URL, whatever fragment follows.
          matchingUrlPattern: `^${(origin + t.path).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:#.*)?$`,
          assertions: categoryTargets(t.performance),
        })),
      },
    },
  };
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const configFile = join(RESULTS, 'lighthouserc.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  // Asynchronous, never spawnSync: this process serves the pages Lighthouse loads.
  const lhci = (command: string): Promise<{ status: number | null; output: string }> =>
    new Promise((done) => {
      const child = spawn(process.execPath, [LHCI, command, `--config=${configFile}`], { cwd: root });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('close', (status) => done({ status, output }));
    });
  try {
    const collected = await lhci('collect');
    if (collected.status !== 0) throw new Error(`lhci collect failed:\n${collected.output}`);
    const asserted = await lhci('assert');
    const lhrs = readdirSync(RESULTS)
      .filter((f) => /^lhr-.*\.json$/.test(f))
      .map((f) => JSON.parse(readFileSync(join(RESULTS, f), 'utf8')) as Lhr);
    const pages = TARGETS.map((t) => {
      const runs = lhrs
        .filter((l) => l.requestedUrl === urlOf(t.path))
        .sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
      const median = runs[Math.floor(runs.length / 2)];
      if (!median) throw new Error(`Lighthouse CI left no result for ${t.name}`);
      return scoresOf(t.name, median);
    });
    return { pages, passed: asserted.status === 0, report: asserted.output.trim() };
  } finally {
    server.close();
    server.closeAllConnections();
  }
}

export function formatLighthouse({ pages, passed, report }: LighthouseOutcome): string {
  const lines = [
    `Median of ${RUNS} runs per page:`,
    '',
    '| Page | Performance | Accessibility | Best Practices | SEO |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const { name, scores } of pages) {
    lines.push(`| ${name} | ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} |`);
  }
  const notes = pages.flatMap((r) => r.belowFull.map((b) => `- ${r.name}: ${b}`));
  return [
    ...lines,
    '',
    notes.length ? 'Audits below 100:' : 'Every weighted audit scored 100.',
    ...notes,
    '',
    passed ? 'Every page reached its targets (lhci assert).' : `A page is under its target (lhci assert):\n${report}`,
  ].join('\n');
}

if (import.meta.main) {
  const outcome = await runLighthouse();
  console.log(formatLighthouse(outcome));
  if (!outcome.passed) process.exitCode = 1;
}
