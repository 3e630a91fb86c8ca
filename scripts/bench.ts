/**
 * npm run bench: speed and size figures, measured, never asserted in tests.
 * Prints recommend() throughput (with the what-would-change analysis), median microseconds per
 * call, user CPU time per call (steadier than the clock on a shared machine), and the share-link
 * length of a fully answered questionnaire; then, when the site is built, what each page loads
 * (gzipped) against its budget, and Lighthouse's scores.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContent } from '../src/lib/load-content.ts';
import type { Answers, AnswerValue } from '../src/domain/answers/answers.ts';
import { parseAnswerFile } from '../src/domain/answers/parse-answers.ts';
import { recommend } from '../src/domain/engine/recommend.ts';
import { encodeLink } from '../src/domain/share/link-codec.ts';
import { formatCssTable, measurePageCss } from '../src/integrations/css-size.ts';
import { formatTable, measureFirstLoads, measureSite } from '../src/integrations/js-size.ts';
import { formatLighthouse, runLighthouse } from './lighthouse.ts';

const content = loadContent();
const root = join(import.meta.dirname, '..');

function scenarioAnswers(): Answers[] {
  const dir = join(root, 'test', 'fixtures', 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = parseAnswerFile(content, JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.ok) throw new Error(`${f}: ${parsed.error.message}`);
      return parsed.value.answers;
    });
}

/** A deterministic pseudo-random fully answered questionnaire. */
function fullAnswers(seed: number): Answers {
  let state = seed >>> 0 || 1;
  const next = (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const answers: Record<string, AnswerValue> = {};
  for (const q of content.questions) {
    if (q.kind === 'single') answers[q.id] = q.options[next(q.options.length)]?.value ?? '';
    else if (q.kind === 'multi') answers[q.id] = q.options.filter(() => next(2) === 1).map((o) => o.value);
    else if (q.kind === 'scale') answers[q.id] = q.min + next(q.max - q.min + 1);
    else answers[q.id] = next(2000);
  }
  return answers;
}

/** The casebook's answers: real, often partly answered questionnaires, where ranges cost the most. */
function casebookAnswers(): Answers[] {
  const dir = join(root, 'content', 'casebook');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = parseAnswerFile(content, {
        answers: (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { answers: unknown }).answers,
      });
      if (!parsed.ok) throw new Error(`${f}: ${parsed.error.message}`);
      return parsed.value.answers;
    });
}

const inputs = [...scenarioAnswers(), ...casebookAnswers(), ...Array.from({ length: 40 }, (_, i) => fullAnswers(i + 1))];
for (let i = 0; i < 5000; i++) recommend(content, inputs[i % inputs.length] ?? {});

const samples: number[] = [];
// CPU time as well as wall time: on a shared machine other processes stretch the second, not the first.
const cpuStarted = process.cpuUsage();
const started = performance.now();
let calls = 0;
while (performance.now() - started < 3000) {
  const batchStart = performance.now();
  for (let i = 0; i < 100; i++) recommend(content, inputs[(calls + i) % inputs.length] ?? {});
  samples.push(((performance.now() - batchStart) / 100) * 1000);
  calls += 100;
}
const seconds = (performance.now() - started) / 1000;
const cpuMicros = process.cpuUsage(cpuStarted).user;
samples.sort((a, b) => a - b);
const median = samples[Math.floor(samples.length / 2)] ?? 0;

const longest = Math.max(
  ...Array.from({ length: 200 }, (_, i) => encodeLink({ answers: { ...fullAnswers(i + 7), annual_hires: 1_000_000 }, meta: {} }).length),
);

const rows: [string, string][] = [
  ['recommend() calls per second (with ranges and what-would-change)', Math.round(calls / seconds).toLocaleString('en-US')],
  ['median microseconds per call', median.toFixed(1)],
  ['user CPU microseconds per call (every thread, garbage collection included)', (cpuMicros / calls).toFixed(1)],
  ['inputs', `${inputs.length} (scenario fixtures, casebook cases and fully answered questionnaires)`],
  ['link length, fully answered, no meta (characters)', String(longest)],
  ['node', process.version],
];
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);

// OUT_DIR and BASE_PATH as for the build that made the site.
const outDir = resolve(root, process.env['OUT_DIR'] ?? 'dist');
if (existsSync(outDir)) {
  const base = process.env['BASE_PATH'] || '/';
  const pages = measureSite(outDir, base);
  console.log(`\nWhat each page of ${outDir} loads (the build fails when a page is over its budget):`);
  console.log(formatTable(pages, measureFirstLoads(outDir, pages, base)));
  console.log('\nCSS per page:');
  console.log(formatCssTable(pages.map((p) => measurePageCss(outDir, p.page, base))));
  if (process.argv.includes('--no-lighthouse')) {
    console.log('\nLighthouse skipped (--no-lighthouse).');
  } else if (outDir !== resolve(root, 'dist') || process.env['BASE_PATH']) {
    console.log('\nLighthouse runs only on the default build (dist/, no BASE_PATH).');
  } else {
    console.log('\nLighthouse CI, mobile, in Chromium (about a minute); fails the bench when a page is under its target:');
    const outcome = await runLighthouse();
    console.log(formatLighthouse(outcome));
    if (!outcome.passed) process.exitCode = 1;
  }
} else {
  console.log(`\nNo built site in ${outDir}: run npm run build to see the JavaScript per page and Lighthouse scores.`);
}
