import type { AnswerValue, Meta } from '../answers/answers.ts';
import { parseNumberInput } from '../answers/parse-number-input.ts';
import type { ScoringContent } from '../content.ts';
import type { Question } from '../schemas/question.ts';
import { migrateV0 } from './migrate.ts';
import { droppedAnswerNotice, unreadableNotice, versionNotice, type ProgressNotice } from './notices.ts';
import { emptyProgress, PROGRESS_VERSION, stepIds, type SavedProgress } from './progress.ts';

export interface DecodedProgress {
  /** What could be kept; the empty progress when nothing could. */
  readonly progress: SavedProgress;
  /** What the user should be told: each loss, naming the question; empty when all was kept. */
  readonly notices: readonly ProgressNotice[];
  /** none: nothing was saved; restored: all kept (perhaps migrated); partial: kept with losses; unreadable: started afresh. */
  readonly status: 'none' | 'restored' | 'partial' | 'unreadable';
}

type Json = Record<string, unknown>;

// A draft is what someone typed into one field; anything longer was not typed by hand.
const MAX_DRAFT_LENGTH = 200;

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Progress to the text the browser stores (JSON, format version 1). */
export function encodeProgress(progress: SavedProgress): string {
  const { answers, drafts, step, done, meta, updatedAt } = progress;
  return JSON.stringify({ v: PROGRESS_VERSION, answers, drafts, step, done, meta, updatedAt });
}

/**
 * Reads saved progress (the stored text, or null when nothing is stored). Never throws: keeps
 * every part that is still valid for this content, migrates older formats, and lists what was
 * lost as notices for the user.
 */
export function decodeProgress(content: ScoringContent, raw: string | null): DecodedProgress {
  if (raw === null) return { progress: emptyProgress(content), notices: [], status: 'none' };
  try {
    return decode(content, raw);
  } catch {
    return { progress: emptyProgress(content), notices: [unreadableNotice()], status: 'unreadable' };
  }
}

function decode(content: ScoringContent, raw: string): DecodedProgress {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const unreadable: DecodedProgress = { progress: emptyProgress(content), notices: [unreadableNotice()], status: 'unreadable' };
  if (!isPlainObject(parsed)) return unreadable;

  const notices: ProgressNotice[] = [];
  let saved = parsed;
  const version = parsed['v'];
  if (version === undefined) saved = migrateV0(content, parsed);
  else if (version !== PROGRESS_VERSION) notices.push(versionNotice(version));

  if (saved['answers'] !== undefined && !isPlainObject(saved['answers'])) return unreadable;
  const progress = readV1(content, saved, notices);
  return { progress, notices, status: notices.length > 0 ? 'partial' : 'restored' };
}

function readV1(content: ScoringContent, saved: Json, notices: ProgressNotice[]): SavedProgress {
  const fallback = emptyProgress(content);
  const answers: Record<string, AnswerValue> = {};
  const rawAnswers = saved['answers'];
  if (isPlainObject(rawAnswers)) {
    for (const [id, value] of Object.entries(rawAnswers)) {
      const question = content.questions.find((q) => q.id === id);
      const answer = question && fitAnswer(question, value);
      if (answer !== undefined) answers[id] = answer;
      else notices.push(droppedAnswerNotice(id, question ? question.short : `a question no longer asked ("${id.slice(0, 40)}")`));
    }
  }

  const drafts: Record<string, string> = {};
  const rawDrafts = saved['drafts'];
  if (isPlainObject(rawDrafts)) {
    for (const question of content.questions) {
      const text = rawDrafts[question.id];
      if (question.kind !== 'number' || typeof text !== 'string' || text.length > MAX_DRAFT_LENGTH || answers[question.id] !== undefined)
        continue;
      const read = parseNumberInput(text, question);
      if (read.status === 'valid') answers[question.id] = read.value;
      else if (read.status === 'invalid') drafts[question.id] = text;
    }
  }

  const ordered: Record<string, AnswerValue> = {};
  for (const question of content.questions) {
    const value = answers[question.id];
    if (value !== undefined) ordered[question.id] = value;
  }

  const rawDone = saved['done'];
  const done = Array.isArray(rawDone) ? content.sections.map((s) => s.id).filter((id) => rawDone.includes(id)) : [];
  const rawStep = saved['step'];
  const step = typeof rawStep === 'string' && stepIds(content).includes(rawStep) ? rawStep : fallback.step;
  const rawUpdated = saved['updatedAt'];
  const updatedAt = typeof rawUpdated === 'string' && !Number.isNaN(Date.parse(rawUpdated)) ? rawUpdated : null;

  return { v: PROGRESS_VERSION, answers: ordered, drafts, step, done, meta: readMeta(saved['meta'], notices), updatedAt };
}

// Plain text of at most 120 characters without control characters, as parseMetaText requires.
const META_TEXT = /^[^\u0000-\u001f\u007f]{0,120}$/u;

function readMeta(raw: unknown, notices: ProgressNotice[]): Meta {
  const meta: { client?: string; preparedBy?: string } = {};
  if (!isPlainObject(raw)) return meta;
  for (const field of ['client', 'preparedBy'] as const) {
    const text = raw[field];
    if (text === undefined || text === '') continue;
    if (typeof text === 'string' && META_TEXT.test(text)) meta[field] = text;
    else notices.push(droppedAnswerNotice(`meta.${field}`, field === 'client' ? 'who it is prepared for' : 'who prepared it'));
  }
  return meta;
}

/**
 * The answer in its canonical form when it fits the question (the rules of parseAnswer, without
 * its messages, which the browser does not need); undefined when it does not.
 */
function fitAnswer(question: Question, value: unknown): AnswerValue | undefined {
  if (question.kind === 'single') return question.options.some((o) => o.value === value) ? (value as string) : undefined;
  if (question.kind === 'multi') {
    const values = question.options.map((o) => o.value);
    if (!Array.isArray(value) || new Set(value).size !== value.length || !value.every((v) => values.includes(v))) return undefined;
    return values.filter((v) => value.includes(v));
  }
  return typeof value === 'number' && Number.isInteger(value) && value >= question.min && value <= question.max ? value : undefined;
}
