import type { Meta } from '../answers/answers.ts';
import type { Recommendation } from '../engine/recommendation.ts';
import { MODEL_IDS } from '../model-ids.ts';
import { escapeMarkdown, VERDICT_WORDS } from './markdown.ts';

/** One row of a summary: a recommendation worked out, or the problem that kept a file from being read. */
export type SummaryRow =
  | { readonly source: string; readonly label: string; readonly meta: Meta; readonly result: Recommendation }
  | { readonly source: string; readonly label: string; readonly meta: Meta; readonly problem: string };

/** The columns of the summary, in order. */
const SUMMARY_COLUMNS = ['file', 'client', 'label', 'verdict', 'set', 'HRO', 'RPO', 'BPO', 'KPO', 'confidence', 'problem'] as const;

function cells(row: SummaryRow, score: (result: Recommendation, model: (typeof MODEL_IDS)[number]) => string): string[] {
  const head = [row.source, row.meta.client ?? '', row.label];
  if ('problem' in row) return [...head, '', '', '', '', '', '', '', row.problem];
  const { result } = row;
  return [
    ...head,
    VERDICT_WORDS[result.recommendation.verdict],
    result.recommendation.label,
    ...MODEL_IDS.map((model) => score(result, model)),
    result.recommendation.confidence,
    '',
  ];
}

// Control characters (a file name may hold a line break) would break a row: they become spaces.
const CONTROL = /\p{Cc}/gu;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * A cell that starts with =, +, - or @ would run as a formula in a spreadsheet (a client called
 * "=HYPERLINK(...)"), so it is written after an apostrophe, which spreadsheets show as text.
 */
function csvCell(text: string): string {
  const plain = text.replace(CONTROL, ' ');
  const safe = /^[=+\-@]/.test(plain) ? `'${plain}` : plain;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The summary as CSV: a header row, then one row per file, lines ended by CRLF. */
export function summaryToCsv(rows: readonly SummaryRow[]): string {
  const lines = [
    SUMMARY_COLUMNS.join(','),
    ...rows.map((row) =>
      cells(row, (r, m) => String(r.scores[m]))
        .map(csvCell)
        .join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

// Names, labels, file names and problems are shown exactly as typed; the engine's own words only need their "|" kept out of the table.
function markdownCell(cell: string, column: number): string {
  const text = cell.replace(CONTROL, ' ');
  const typed = ['file', 'client', 'label', 'problem'].includes(SUMMARY_COLUMNS[column] ?? '');
  return typed ? escapeMarkdown(text) : text.replace(/\|/g, '\\|');
}

/** The summary as a Markdown table; a score shows the range it could still reach while questions are open. */
export function summaryToMarkdown(rows: readonly SummaryRow[]): string {
  const score = (r: Recommendation, m: (typeof MODEL_IDS)[number]): string => {
    const { low, high } = r.ranges[m];
    return low === high ? String(r.scores[m]) : `${r.scores[m]} (${low} to ${high})`;
  };
  const lines = [
    `| ${SUMMARY_COLUMNS.join(' | ')} |`,
    `|${SUMMARY_COLUMNS.map((c) => (MODEL_IDS.includes(c as (typeof MODEL_IDS)[number]) ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${cells(row, score).map(markdownCell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
