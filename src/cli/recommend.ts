import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnswerFile } from '../domain/answers/answers.ts';
import { parseAnswerFile } from '../domain/answers/parse-answers.ts';
import type { AdvisorContent } from '../domain/content.ts';
import { recommend } from '../domain/engine/recommend.ts';
import { bidTotals, type BidTotal } from '../domain/cost/bids.ts';
import { costForRecommendation, costToJson } from '../domain/cost/cost-report.ts';
import { readBidFile } from '../domain/cost/bid-file.ts';
import { parseJsonText } from '../domain/json-text.ts';
import { fullReportMarkdown } from '../domain/report/full-report.ts';
import { buildRfp } from '../domain/rfp/build-rfp.ts';
import { rfpToMarkdown } from '../domain/rfp/markdown.ts';
import type { DocumentBrand } from '../domain/schemas/brand.ts';
import { decodeLink, encodeLink } from '../domain/share/link-codec.ts';
import { buildShareUrl, fragmentOf } from '../domain/share/share-url.ts';
import { BrandError, brandFileFromEnv, loadBrand } from '../lib/load-brand.ts';
import { ContentError, loadContent } from '../lib/load-content.ts';
import { checkTargets, readFolder, readList, runBatch } from './batch.ts';
import { explain, readInput, refuse, type CliOutcome } from './cli-io.ts';

const USAGE = `Usage:
  npm run -s recommend -- FILE|- [--format json|md|link|rfp] [--base URL] [--runner-up] [--bids FILE] [--save-list LIST]
  npm run -s recommend -- --link URL [--format json|md|link|rfp] [--base URL]
  npm run -s recommend -- FOLDER [--format csv|md] [--reports DIR] [--save-list LIST]
  npm run -s recommend -- --list LIST [--format csv|md] [--reports DIR]

Reads an answer file (answers-v1 JSON; "-" reads standard input) or a share link, and prints
the recommendation as JSON (default), as Markdown, or as the share link; "rfp" prints the
request-for-proposal draft for the recommended models as Markdown, dated today. The Markdown
carries the brand in content/brand/brand.json, or in the file BRAND_FILE names. --runner-up adds
the best model not recommended to the cost view; --bids FILE totals the bids in FILE on its figures.

A folder runs every answer file (*.json) in it, and --list every recommendation of a list file
(exported from "My recommendations" in the browser); both print a summary table, one row per
file or entry (Markdown by default, or CSV), and exit with 3 when some could not be read.
--reports DIR writes one Markdown report per recommendation into DIR; --save-list LIST writes
the recommendations read into a new list file, to import in the browser.`;

const FORMATS = ['json', 'md', 'link', 'rfp', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/** The local calendar date as YYYY-MM-DD: the RFP is dated the day it is printed. */
function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isFolder(path: string): boolean {
  try {
    return path !== '-' && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The whole command as a function of its arguments, for tests; main() adds the process around it.
 * `brand` heads the Markdown report and the RFP, and fills "Prepared by" when the answers name no one.
 */
export function runCli(
  argv: readonly string[],
  content: AdvisorContent,
  stdin: () => string = () => readFileSync(0, 'utf8'),
  now: () => Date = () => new Date(),
  brand?: DocumentBrand,
): CliOutcome {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        base: { type: 'string' },
        link: { type: 'string' },
        'runner-up': { type: 'boolean' },
        bids: { type: 'string' },
        list: { type: 'string' },
        reports: { type: 'string' },
        'save-list': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return refuse(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, stdout: `${USAGE}\n` };
  if (values.format !== undefined && !FORMATS.includes(values.format as Format))
    return refuse(
      `Unknown --format "${values.format}": use json, md or link, or rfp for the RFP draft (csv or md for a folder or a list).`,
    );
  if (values.base !== undefined && !/^https?:\/\/[^\s#?]+$|^\/[^\s#?]*$/.test(values.base)) {
    return refuse(`--base must be an http(s) URL or a path starting with "/", without "?" or "#"; got "${values.base}".`);
  }
  const sources = positionals.length + (values.link === undefined ? 0 : 1) + (values.list === undefined ? 0 : 1);
  if (sources > 1 && positionals.length <= 1) return refuse('Give one of an answer file or folder, --link or --list, not several.');
  if (sources !== 1) return refuse(`Give exactly one answer file or folder (or "-" for standard input).\n\n${USAGE}`);
  const targets = checkTargets({ reports: values.reports, saveList: values['save-list'] });
  if (targets) return refuse(targets);

  const path = positionals[0];
  if (values.list !== undefined || (path !== undefined && isFolder(path))) {
    const format = values.format ?? 'md';
    if (format !== 'csv' && format !== 'md')
      return refuse(
        `A ${values.list === undefined ? 'folder' : 'list'} gives a summary table: use --format csv or md (and --reports DIR for a report on each).`,
      );
    const items = values.list === undefined ? readFolder(content, path ?? '.') : readList(content, values.list, stdin);
    if (typeof items === 'string') return refuse(items);
    return runBatch(content, items, { format, reports: values.reports, saveList: values['save-list'], brand }, now());
  }
  if (values.reports !== undefined) return refuse('--reports is for a folder or a list (--list); for one answer file, use --format md.');
  const format = (values.format ?? 'json') as Format;
  if (format === 'csv') return refuse('--format csv is for a folder or a list (--list): it prints their summary table.');

  let file: AnswerFile;
  let source = '';
  if (values.link !== undefined) {
    const decoded = decodeLink(content, fragmentOf(values.link));
    if (!decoded.ok) return refuse(explain(decoded.error));
    file = decoded.value;
  } else {
    const name = path ?? '-';
    const text = readInput(name, stdin);
    if (!text.ok) return refuse(text.error);
    const json = parseJsonText(text.value, name === '-' ? 'Standard input' : `"${name}"`);
    if (!json.ok) return refuse(json.error);
    const answerFile = parseAnswerFile(content, json.value);
    if (!answerFile.ok) return refuse(explain(answerFile.error));
    file = answerFile.value;
    source = name === '-' ? '' : basename(name);
  }

  const outcome = printOne(content, file, format, {
    base: values.base,
    now,
    stdin,
    ...(brand ? { brand } : {}),
    runnerUp: values['runner-up'] === true,
    ...(values.bids !== undefined ? { bids: values.bids } : {}),
  });
  if (values['save-list'] === undefined || !outcome.ok) return outcome;
  const saved = runBatch(content, [{ source, label: '', file }], { format: 'md', saveList: values['save-list'] }, now());
  if (!saved.ok) return saved;
  return { ...outcome, ...(saved.note ? { note: saved.note } : {}) };
}

interface PrintOptions {
  readonly base: string | undefined;
  readonly now: () => Date;
  readonly stdin: () => string;
  readonly brand?: DocumentBrand;
  readonly runnerUp: boolean;
  /** A bid file to total on the cost view's figures. */
  readonly bids?: string;
}

function printOne(content: AdvisorContent, file: AnswerFile, format: Format, options: PrintOptions): CliOutcome {
  const { base, now, stdin, brand } = options;
  if (format === 'link') return { ok: true, stdout: `${buildShareUrl(encodeLink(file), base ?? '/')}\n` };
  const rec = recommend(content, file.answers);
  const cost = costForRecommendation(content, file.answers, rec, options.runnerUp);
  let bids: BidTotal[] = [];
  if (options.bids !== undefined) {
    const text = readInput(options.bids, stdin);
    if (!text.ok) return refuse(text.error);
    const json = parseJsonText(text.value, `"${options.bids}"`);
    if (!json.ok) return refuse(json.error);
    const parsed = readBidFile(json.value);
    if (!parsed.ok) return refuse(`The bid file "${options.bids}" is not valid: ${parsed.error}`);
    bids = bidTotals(content, file.answers, parsed.value);
  }
  if (format === 'md') return { ok: true, stdout: fullReportMarkdown(content, rec, file, cost, brand, bids) };
  if (format === 'rfp') {
    const doc = buildRfp(
      content,
      { recommendation: rec, answers: file.answers, meta: file.meta },
      { today: localDate(now()), ...(brand ? { brand } : {}) },
    );
    return { ok: true, stdout: rfpToMarkdown(doc) };
  }
  return {
    ok: true,
    stdout: `${JSON.stringify({ meta: file.meta, ...rec, cost: { ...(costToJson(cost) as object), ...(bids.length > 0 ? { bids } : {}) } }, null, 2)}\n`,
  };
}

function main(): void {
  let outcome: CliOutcome;
  try {
    const { brand } = loadBrand(brandFileFromEnv());
    outcome = runCli(process.argv.slice(2), loadContent(), undefined, undefined, brand);
  } catch (error) {
    outcome = refuse(
      error instanceof ContentError || error instanceof BrandError
        ? error.message
        : `Internal error: ${error instanceof Error ? error.message : String(error)}`,
      1,
    );
  }
  if (outcome.ok) {
    process.stdout.write(outcome.stdout);
    if (outcome.note) process.stderr.write(`${outcome.note}\n`);
    if (outcome.code) process.exitCode = outcome.code;
  } else {
    process.stderr.write(`${outcome.stderr}\n`);
    process.exitCode = outcome.code;
  }
}

if (import.meta.main) main();
