import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AnswerFile } from '../domain/answers/answers.ts';
import { parseAnswerFile } from '../domain/answers/parse-answers.ts';
import type { AdvisorContent } from '../domain/content.ts';
import { recommend } from '../domain/engine/recommend.ts';
import type { Recommendation } from '../domain/engine/recommendation.ts';
import { parseJsonText } from '../domain/json-text.ts';
import { costForRecommendation } from '../domain/cost/cost-report.ts';
import { fullReportMarkdown } from '../domain/report/full-report.ts';
import type { DocumentBrand } from '../domain/schemas/brand.ts';
import { summaryToCsv, summaryToMarkdown, type SummaryRow } from '../domain/report/summary-table.ts';
import { slug } from '../domain/rfp/file-name.ts';
import { LABEL_MAX_LENGTH } from '../domain/saved/label.ts';
import { entryName, newEntry, readSavedListText, serialiseSavedList, type ListEntry } from '../domain/saved/saved-list.ts';
import { explain, readInput, refuse, whyNot, type CliOutcome } from './cli-io.ts';

/** One recommendation to run: from a file of a folder, an entry of a list, or a single answer file. */
export interface Item {
  /** Where it came from, as the summary's "file" column shows it: "acme.json", "list.json #3". */
  readonly source: string;
  readonly label: string;
  /** The answers and names, or why they could not be read. */
  readonly file: AnswerFile | { readonly problem: string };
  /** The list entry it was read from, kept as it was when the list is written again. */
  readonly entry?: ListEntry;
}

/** The exit code of a run in which some file or entry could not be read (the table still lists every one). */
const SOME_UNREADABLE = 3;

/** Every answer file (*.json, not hidden) directly in a folder, by name, each read on its own: one bad file never stops the rest. */
export function readFolder(content: AdvisorContent, folder: string): Item[] | string {
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter(
        (d) => !d.name.startsWith('.') && /\.json$/i.test(d.name) && (d.isFile() || (d.isSymbolicLink() && isFile(join(folder, d.name)))),
      )
      .map((d) => d.name)
      .sort();
  } catch (error) {
    return `Cannot read the folder "${folder}": ${whyNot(error)}.`;
  }
  if (names.length === 0) return `No answer files (*.json) in the folder "${folder}".`;
  return names.map((name): Item => {
    const label = '';
    const text = readInput(join(folder, name), () => '');
    if (!text.ok) return { source: name, label, file: { problem: text.error } };
    const json = parseJsonText(text.value, `"${name}"`);
    if (!json.ok) return { source: name, label, file: { problem: json.error } };
    const parsed = parseAnswerFile(content, json.value);
    return { source: name, label, file: parsed.ok ? parsed.value : { problem: explain(parsed.error).replace('\n', ' ') } };
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A file name as a label: control characters out, at most 60 characters. */
function clip(text: string): string {
  return [...text.replace(/\p{Cc}/gu, ' ').trim()].slice(0, LABEL_MAX_LENGTH).join('');
}

/** Every entry of a list file; an entry that cannot be read is a row naming its problem. Refused as a whole only when it is not a list. */
export function readList(content: AdvisorContent, path: string, stdin: () => string): Item[] | string {
  const text = readInput(path, stdin);
  if (!text.ok) return text.error;
  const list = readSavedListText(content, text.value, path === '-' ? 'Standard input' : `"${path}"`);
  if (!list.ok) return explain(list.error);
  if (list.value.length === 0) return `The list "${path}" holds no recommendations.`;
  const name = path === '-' ? 'list' : basename(path);
  return list.value.map((entry, i): Item => {
    const source = `${name} #${i + 1}`;
    if (entry.kind === 'saved') return { source, label: entry.label, file: entry.file, entry };
    const who = entryName(entry);
    return { source, label: '', file: { problem: `${who ? `(${who}) ` : ''}${explain(entry.problem).replace('\n', ' ')}` }, entry };
  });
}

export interface BatchOptions {
  readonly format: 'csv' | 'md';
  /** A folder to write one Markdown report per recommendation into. */
  readonly reports?: string | undefined;
  /** A file to write the recommendations into, as a list file. */
  readonly saveList?: string | undefined;
  /** The brand that heads each report. */
  readonly brand?: DocumentBrand | undefined;
}

/** Checks where a run will write before anything runs, so a refusal never leaves half the files written. */
export function checkTargets(options: Pick<BatchOptions, 'reports' | 'saveList'>): string | null {
  if (options.saveList !== undefined && existsSync(options.saveList))
    return `"${options.saveList}" already exists: give --save-list a new file name, or move that file first.`;
  if (options.reports !== undefined && existsSync(options.reports) && !statSync(options.reports).isDirectory())
    return `--reports needs a folder, and "${options.reports}" is a file.`;
  return null;
}

/** A report file name per recommendation, from its client and label (or where it came from), never the same twice. */
function reportNames(items: readonly Item[]): string[] {
  const taken = new Set<string>();
  return items.map((item) => {
    const meta = 'answers' in item.file ? item.file.meta : {};
    const stem = slug(`${meta.client ?? ''} ${item.label}`) || slug(item.source.replace(/\.json$/i, '')) || 'recommendation';
    let name = `${stem}.md`;
    for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.md`;
    taken.add(name);
    return name;
  });
}

/**
 * Works out every readable item and prints the summary table (one row per item, a bad one naming
 * its problem). On request, writes one Markdown report per recommendation and a list file of them.
 */
export function runBatch(content: AdvisorContent, items: readonly Item[], options: BatchOptions, now: Date): CliOutcome {
  const rows: SummaryRow[] = [];
  const reports: { item: Item; file: AnswerFile; result: Recommendation }[] = [];
  for (const item of items) {
    const { source, label, file } = item;
    if (!('answers' in file)) {
      rows.push({ source, label, meta: {}, problem: file.problem });
      continue;
    }
    const result = recommend(content, file.answers);
    rows.push({ source, label, meta: file.meta, result });
    reports.push({ item, file, result });
  }
  const notes: string[] = [];
  try {
    if (options.reports !== undefined) {
      const folder = options.reports;
      mkdirSync(folder, { recursive: true });
      const names = reportNames(reports.map((r) => r.item));
      reports.forEach(({ file, result }, i) =>
        writeFileSync(
          join(folder, names[i] ?? `recommendation-${i + 1}.md`),
          fullReportMarkdown(content, result, file, costForRecommendation(content, file.answers, result), options.brand),
        ),
      );
      notes.push(`Wrote ${reports.length} report${reports.length === 1 ? '' : 's'} to "${folder}".`);
    }
    if (options.saveList !== undefined) {
      const savedAt = now.toISOString();
      const entries = items.flatMap((item): ListEntry[] => {
        if (item.entry) return [item.entry];
        if (!('answers' in item.file)) return [];
        // A file of a folder has no label of its own: in the list, its name stands for one.
        const made = newEntry(item.file, item.label || clip(item.source.replace(/\.json$/i, '')), savedAt);
        return made.ok ? [made.value] : [];
      });
      // "wx": never over a file that appeared since the check.
      writeFileSync(options.saveList, serialiseSavedList(entries), { flag: 'wx' });
      notes.push(`Saved ${entries.length} recommendation${entries.length === 1 ? '' : 's'} to the list "${options.saveList}".`);
    }
  } catch (error) {
    const path = (error as { path?: string }).path ?? options.saveList ?? options.reports;
    return refuse(`Cannot write "${path}": ${whyNot(error, 'it cannot be written')}.`, 1);
  }
  const unreadable = rows.length - reports.length;
  if (unreadable > 0) notes.push(`${unreadable} of ${rows.length} could not be read: see the "problem" column.`);
  return {
    ok: true,
    stdout: options.format === 'csv' ? summaryToCsv(rows) : summaryToMarkdown(rows),
    ...(notes.length > 0 ? { note: notes.join('\n') } : {}),
    ...(unreadable > 0 ? { code: SOME_UNREADABLE } : {}),
  };
}
