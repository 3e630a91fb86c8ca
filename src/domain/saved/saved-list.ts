import type { AnswerFile } from '../answers/answers.ts';
import { isPlainObject, parseAnswerFile } from '../answers/parse-answers.ts';
import { describe, plainTextIssue } from '../answers/parse-meta.ts';
import type { ScoringContent } from '../content.ts';
import { fail, ok, type FriendlyError, type Result } from '../errors.ts';
import { parseJsonText } from '../json-text.ts';
import { parseLabel } from './label.ts';

/**
 * "My recommendations", the list file (format version 1): what the browser keeps, what its Export
 * button writes and Import reads, and what the command line reads with --list and writes with
 * --save-list.
 *
 *   { "format": "outsourcing-advisor/saved-recommendations", "version": 1,
 *     "entries": [ { "label": "after growth", "savedAt": "2026-03-02T10:15:00.000Z",
 *                    "answers": { ... }, "meta": { "client": "...", "preparedBy": "..." } } ] }
 *
 * Each entry is an answer file of the answer contract (answers-v1: "answers" and the optional
 * "meta") with two fields of its own: the optional "label" and "savedAt", when it was kept.
 */
export const LIST_FORMAT = 'outsourcing-advisor/saved-recommendations';
const LIST_VERSION = 1;
/** Most recommendations one list holds. */
export const MAX_ENTRIES = 500;

/** A recommendation kept in the list: its answers and names, a label, and when it was kept. */
export interface SavedEntry {
  readonly kind: 'saved';
  /** Such as "after growth"; empty when there is none. */
  readonly label: string;
  /** When it was kept, as an ISO 8601 date and time. */
  readonly savedAt: string;
  readonly file: AnswerFile;
}

/**
 * An entry that could not be read (edited by hand, or from another version): kept exactly as it
 * was, so nothing is lost by reading and saving the list again, and shown with what is wrong.
 */
export interface UnreadableEntry {
  readonly kind: 'unreadable';
  readonly raw: unknown;
  readonly problem: FriendlyError;
}

export type ListEntry = SavedEntry | UnreadableEntry;

const ENTRY_FIELDS = ['label', 'savedAt', 'answers', 'meta'];
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const FILE_HINT = 'Export a list from "My recommendations" to see the format, or see the README.';

function notAList(message: string, hint = FILE_HINT): { ok: false; error: FriendlyError } {
  return fail({ code: 'invalid-list', title: 'This is not a list of recommendations', message, hint });
}

function entryProblem(message: string, field?: string): { ok: false; error: FriendlyError } {
  return fail({
    code: 'invalid-entry',
    title: 'A recommendation in the list is not valid',
    message,
    hint: 'Fix or delete that entry; the others are not affected.',
    ...(field ? { field } : {}),
  });
}

/** True when the text is an ISO 8601 date and time that names a real moment. */
function isSavedAt(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** Reads one entry of a list file: an answer file with a label and the time it was kept. */
function parseSavedEntry(content: ScoringContent, raw: unknown): Result<SavedEntry> {
  if (!isPlainObject(raw)) return entryProblem(`An entry must be an object with "answers" and "savedAt"; got ${describe(raw)}.`);
  const unknown = Object.keys(raw).find((key) => !ENTRY_FIELDS.includes(key));
  if (unknown !== undefined)
    return entryProblem(`Unknown field "${unknown}": an entry has only ${ENTRY_FIELDS.map((f) => `"${f}"`).join(', ')}.`, unknown);
  if (!isSavedAt(raw['savedAt']))
    return entryProblem(
      raw['savedAt'] === undefined
        ? 'The entry has no "savedAt" (when it was kept).'
        : `"savedAt" must be a date and time such as "2026-03-02T10:15:00.000Z"; got ${describe(raw['savedAt'])}.`,
      'savedAt',
    );
  if (raw['answers'] === undefined)
    return entryProblem('The entry has no "answers" (an empty object means every question is "not sure").', 'answers');
  const label = parseLabel(raw['label'] ?? '');
  if (!label.ok) return entryProblem(label.error.message, 'label');
  const file = parseAnswerFile(content, { answers: raw['answers'], ...(raw['meta'] === undefined ? {} : { meta: raw['meta'] }) });
  if (!file.ok) return fail(file.error);
  return ok({ kind: 'saved', label: label.value, savedAt: raw['savedAt'], file: file.value });
}

/**
 * Reads a list file's JSON. The list itself must be a list file of version 1 (or the whole file is
 * refused, with the reason); inside it, an entry that cannot be read is kept as an UnreadableEntry
 * with its reason, so one bad entry never costs the others.
 */
export function readSavedList(content: ScoringContent, raw: unknown): Result<ListEntry[]> {
  if (!isPlainObject(raw)) return notAList(`A list file is a JSON object with "format", "version" and "entries"; got ${describe(raw)}.`);
  if (raw['format'] !== LIST_FORMAT) {
    if ('answers' in raw && !('entries' in raw))
      return notAList(
        'This is an answer file (one recommendation), not a list.',
        'Open it with the command line, or open its recommendation in the browser and keep it in your list there.',
      );
    return notAList(`A list file starts with "format": "${LIST_FORMAT}".`);
  }
  const version = raw['version'];
  if (version !== LIST_VERSION) {
    if (typeof version === 'number' && Number.isInteger(version) && version > LIST_VERSION)
      return fail({
        code: 'future-list',
        title: 'This list is from a newer version',
        message: `The list uses format version ${version}; this copy reads version ${LIST_VERSION}.`,
        hint: 'Open it with the newer version it was made with.',
      });
    return notAList(`"version" must be ${LIST_VERSION}; got ${describe(version)}.`);
  }
  const entries = raw['entries'];
  if (!Array.isArray(entries)) return notAList(`"entries" must be a list of recommendations; got ${describe(entries)}.`);
  return ok(
    entries.map((item: unknown): ListEntry => {
      const parsed = parseSavedEntry(content, item);
      return parsed.ok ? parsed.value : { kind: 'unreadable', raw: item, problem: parsed.error };
    }),
  );
}

/** Reads a list file's text (a byte order mark is allowed); `source` names it in the message when it is not JSON. */
export function readSavedListText(content: ScoringContent, text: string, source: string): Result<ListEntry[]> {
  if (text.trim() === '') return notAList(`${source} is empty.`);
  const json = parseJsonText(text, source);
  if (!json.ok) return notAList(json.error);
  return readSavedList(content, json.value);
}

/** One entry as it is written in the list file; an unreadable entry exactly as it was read. */
function entryJson(entry: ListEntry): unknown {
  if (entry.kind === 'unreadable') return entry.raw;
  const { file } = entry;
  const hasMeta = file.meta.client !== undefined || file.meta.preparedBy !== undefined;
  return {
    ...(entry.label ? { label: entry.label } : {}),
    savedAt: entry.savedAt,
    answers: file.answers,
    ...(hasMeta ? { meta: file.meta } : {}),
  };
}

/** The list as a list file's text: indented for a file to read, compact for the browser's storage. */
export function serialiseSavedList(entries: readonly ListEntry[], indent: 0 | 2 = 2): string {
  const text = JSON.stringify({ format: LIST_FORMAT, version: LIST_VERSION, entries: entries.map(entryJson) }, null, indent || undefined);
  return indent ? `${text}\n` : text;
}

/** A new entry for the list, kept at `savedAt`; refused when the label is not plain text of at most 60 characters. */
export function newEntry(file: AnswerFile, label: string, savedAt: string): Result<SavedEntry> {
  const parsed = parseLabel(label);
  if (!parsed.ok) return parsed;
  return ok({ kind: 'saved', label: parsed.value, savedAt, file });
}

/** True when two entries hold the same answers, names and label (when they were kept aside). */
export function sameRecommendation(a: SavedEntry, b: SavedEntry): boolean {
  const same = (x: SavedEntry): string => JSON.stringify([x.label, x.file.answers, x.file.meta.client ?? '', x.file.meta.preparedBy ?? '']);
  return same(a) === same(b);
}

/** What merging an imported list did. */
export interface MergeReport {
  readonly entries: readonly ListEntry[];
  /** How many imported recommendations were added. */
  readonly added: number;
  /** How many were already in the list (same answers, names and label) and were not added again. */
  readonly already: number;
  /** Imported entries that could not be read, with their position in the imported file (from 1). */
  readonly unreadable: readonly { readonly position: number; readonly entry: UnreadableEntry }[];
  /** How many were left out because the list holds at most MAX_ENTRIES. */
  readonly overLimit: number;
}

/**
 * Adds the readable entries of an imported list after those of `list`, skipping any already there.
 * Nothing in `list` changes or goes; imported entries that cannot be read are reported, not added.
 */
export function mergeLists(list: readonly ListEntry[], incoming: readonly ListEntry[]): MergeReport {
  const entries = [...list];
  let added = 0;
  let already = 0;
  let overLimit = 0;
  const unreadable: { position: number; entry: UnreadableEntry }[] = [];
  incoming.forEach((entry, i) => {
    if (entry.kind === 'unreadable') unreadable.push({ position: i + 1, entry });
    else if (entries.some((e) => e.kind === 'saved' && sameRecommendation(e, entry))) already++;
    else if (entries.length >= MAX_ENTRIES) overLimit++;
    else {
      entries.push(entry);
      added++;
    }
  });
  return { entries, added, already, unreadable, overLimit };
}

/**
 * Who an entry is for, in a few words for messages and rows: the client and the label when they
 * can be read as plain text (even from an unreadable entry), else "".
 */
export function entryName(entry: ListEntry): string {
  const source = entry.kind === 'saved' ? { label: entry.label, meta: entry.file.meta } : entry.raw;
  if (!isPlainObject(source)) return '';
  const meta = source['meta'];
  const parts = [isPlainObject(meta) ? meta['client'] : undefined, source['label']];
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '' && plainTextIssue(p, 120) === null)
    .map((p) => p.trim())
    .join(', ');
}
