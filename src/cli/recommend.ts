import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { AnswerFile } from '../domain/answers/answers.ts';
import { parseAnswerFile } from '../domain/answers/parse-answers.ts';
import type { AdvisorContent } from '../domain/content.ts';
import { recommend } from '../domain/engine/recommend.ts';
import type { FriendlyError, Result } from '../domain/errors.ts';
import { parseJsonText } from '../domain/json-text.ts';
import { recommendationToMarkdown } from '../domain/report/markdown.ts';
import { buildRfp } from '../domain/rfp/build-rfp.ts';
import { rfpToMarkdown } from '../domain/rfp/markdown.ts';
import { decodeLink, encodeLink } from '../domain/share/link-codec.ts';
import { buildShareUrl, fragmentOf } from '../domain/share/share-url.ts';
import { ContentError, loadContent } from '../lib/load-content.ts';

const USAGE = `Usage:
  npm run -s recommend -- FILE|- [--format json|md|link|rfp] [--base URL]
  npm run -s recommend -- --link URL [--format json|md|link|rfp] [--base URL]

Reads an answer file (answers-v1 JSON; "-" reads standard input) or a share link, and prints
the recommendation as JSON (default), as Markdown, or as the share link; "rfp" prints the
request-for-proposal draft for the recommended models as Markdown, dated today.`;

const FORMATS = ['json', 'md', 'link', 'rfp'] as const;
type Format = (typeof FORMATS)[number];

/** What the command prints, or the one message for stderr and the exit code. */
export type CliOutcome =
  { readonly ok: true; readonly stdout: string } | { readonly ok: false; readonly stderr: string; readonly code: number };

function refuse(message: string, code = 2): CliOutcome {
  return { ok: false, stderr: message, code };
}

function explain(error: FriendlyError): string {
  return `${error.title}: ${error.message}${error.hint ? `\n${error.hint}` : ''}`;
}

function readInput(path: string, stdin: () => string): Result<string, string> {
  try {
    return { ok: true, value: path === '-' ? stdin() : readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : 'it cannot be read';
    return { ok: false, error: `Cannot read "${path}": ${why}.` };
  }
}

/** The local calendar date as YYYY-MM-DD: the RFP is dated the day it is printed. */
function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The whole command as a function of its arguments, for tests; main() adds the process around it. */
export function runCli(
  argv: readonly string[],
  content: AdvisorContent,
  stdin: () => string = () => readFileSync(0, 'utf8'),
  now: () => Date = () => new Date(),
): CliOutcome {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string' }, base: { type: 'string' }, link: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return refuse(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, stdout: `${USAGE}\n` };
  const format = (values.format ?? 'json') as Format;
  if (!FORMATS.includes(format)) return refuse(`Unknown --format "${values.format}": use json, md or link, or rfp for the RFP draft.`);
  if (values.base !== undefined && !/^https?:\/\/[^\s#?]+$|^\/[^\s#?]*$/.test(values.base)) {
    return refuse(`--base must be an http(s) URL or a path starting with "/", without "?" or "#"; got "${values.base}".`);
  }
  if (values.link !== undefined && positionals.length > 0) return refuse('Give either an answer file or --link, not both.');
  if (values.link === undefined && positionals.length !== 1)
    return refuse(`Give exactly one answer file (or "-" for standard input).\n\n${USAGE}`);

  let file: AnswerFile;
  if (values.link !== undefined) {
    const decoded = decodeLink(content, fragmentOf(values.link));
    if (!decoded.ok) return refuse(explain(decoded.error));
    file = decoded.value;
  } else {
    const path = positionals[0] ?? '-';
    const text = readInput(path, stdin);
    if (!text.ok) return refuse(text.error);
    const json = parseJsonText(text.value, path === '-' ? 'Standard input' : `"${path}"`);
    if (!json.ok) return refuse(json.error);
    const answerFile = parseAnswerFile(content, json.value);
    if (!answerFile.ok) return refuse(explain(answerFile.error));
    file = answerFile.value;
  }

  if (format === 'link') return { ok: true, stdout: `${buildShareUrl(encodeLink(file), values.base ?? '/')}\n` };
  const rec = recommend(content, file.answers);
  if (format === 'md') return { ok: true, stdout: recommendationToMarkdown(content, rec, file.meta) };
  if (format === 'rfp') {
    const doc = buildRfp(content, { recommendation: rec, answers: file.answers, meta: file.meta }, { today: localDate(now()) });
    return { ok: true, stdout: rfpToMarkdown(doc) };
  }
  return { ok: true, stdout: `${JSON.stringify({ meta: file.meta, ...rec }, null, 2)}\n` };
}

function main(): void {
  let outcome: CliOutcome;
  try {
    outcome = runCli(process.argv.slice(2), loadContent());
  } catch (error) {
    outcome = refuse(
      error instanceof ContentError ? error.message : `Internal error: ${error instanceof Error ? error.message : String(error)}`,
      1,
    );
  }
  if (outcome.ok) process.stdout.write(outcome.stdout);
  else {
    process.stderr.write(`${outcome.stderr}\n`);
    process.exitCode = outcome.code;
  }
}

if (import.meta.main) main();
