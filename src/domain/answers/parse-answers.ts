import type { ScoringContent } from '../content.ts';
import { fail, ok, type FriendlyError, type Result } from '../errors.ts';
import type { Question } from '../schemas/question.ts';
import type { AnswerFile, Answers, AnswerValue, Meta } from './answers.ts';
import { describe, parseMetaText } from './parse-meta.ts';

const FILE_HINT = 'Fix that entry or remove it (a missing answer means "not sure"), then try again.';

function invalid(field: string, message: string, hint = FILE_HINT): { ok: false; error: FriendlyError } {
  return fail({ code: 'invalid-answer', title: 'An answer is not valid', message, hint, field });
}

/** True for a JSON object (not null, not a list). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The nearest known id, for "did you mean" hints; null when nothing is close. */
export function suggest(unknown: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(unknown.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(unknown, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** Checks one answer against its question. */
export function parseAnswer(question: Question, value: unknown): Result<AnswerValue> {
  const name = `${question.short} (${question.id})`;
  switch (question.kind) {
    case 'single': {
      const values = question.options.map((o) => o.value);
      if (typeof value !== 'string')
        return invalid(question.id, `The answer for ${name} must be one of ${values.join(', ')}; got ${describe(value)}.`);
      if (!values.includes(value))
        return invalid(question.id, `The answer for ${name} is not valid: ${describe(value)} is not one of ${values.join(', ')}.`);
      return ok(value);
    }
    case 'multi': {
      const values = question.options.map((o) => o.value);
      if (!Array.isArray(value))
        return invalid(
          question.id,
          `The answer for ${name} must be a list of any of ${values.join(', ')} (an empty list means "none of these"); got ${describe(value)}.`,
        );
      const seen = new Set<string>();
      for (const item of value as unknown[]) {
        if (typeof item !== 'string' || !values.includes(item))
          return invalid(question.id, `The answer for ${name} is not valid: ${describe(item)} is not one of ${values.join(', ')}.`);
        if (seen.has(item)) return invalid(question.id, `The answer for ${name} lists "${item}" twice.`);
        seen.add(item);
      }
      return ok(values.filter((v) => seen.has(v)));
    }
    case 'number':
    case 'scale': {
      const unit = question.kind === 'number' ? question.unit : 'on the scale';
      if (typeof value !== 'number' || !Number.isInteger(value))
        return invalid(
          question.id,
          `The answer for ${name} must be a whole number from ${question.min} to ${question.max}; got ${describe(value)}.`,
        );
      if (value < question.min || value > question.max)
        return invalid(
          question.id,
          `The answer for ${name} is out of range: ${value} is not between ${question.min} and ${question.max} ${unit}.`,
        );
      // -0 (valid JSON) reads as 0, so a file, its link and its saved copy hold the same number.
      return ok(value === 0 ? 0 : value);
    }
  }
}

/** Validates untrusted answers against the questions. Unknown ids, wrong types and out-of-range values are refused, never guessed. */
export function parseAnswers(content: ScoringContent, raw: unknown): Result<Answers> {
  if (!isPlainObject(raw)) return invalid('answers', `"answers" must be an object of question ids and answers; got ${describe(raw)}.`);
  const answers: Record<string, AnswerValue> = {};
  const ids = content.questions.map((q) => q.id);
  for (const [id, value] of Object.entries(raw)) {
    const question = content.questions.find((q) => q.id === id);
    if (!question) {
      const near = suggest(id, ids);
      return invalid(
        id,
        `Unknown question "${id}".${near ? ` Did you mean "${near}"?` : ''}`,
        `Question ids are listed in the answer contract (answers-v1).`,
      );
    }
    const parsed = parseAnswer(question, value);
    if (!parsed.ok) return parsed;
    answers[id] = parsed.value;
  }
  // Questionnaire order, so equal answers always serialise the same way.
  const ordered: Record<string, AnswerValue> = {};
  for (const id of ids) if (answers[id] !== undefined) ordered[id] = answers[id];
  return ok(ordered);
}

export function parseMeta(raw: unknown): Result<Meta> {
  if (raw === undefined) return ok({});
  if (!isPlainObject(raw))
    return fail({
      code: 'invalid-meta',
      title: 'The meta part is not valid',
      message: `"meta" must be an object with "client" and/or "preparedBy"; got ${describe(raw)}.`,
      hint: 'Remove "meta" or give it text fields.',
      field: 'meta',
    });
  const meta: { client?: string; preparedBy?: string } = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'client' && key !== 'preparedBy')
      return fail({
        code: 'invalid-meta',
        title: 'The meta part is not valid',
        message: `Unknown field "meta.${key}": "meta" has only "client" and "preparedBy".`,
        hint: 'Remove that field.',
        field: `meta.${key}`,
      });
    const parsed = parseMetaText(key, value);
    if (!parsed.ok) return parsed;
    if (parsed.value !== '') meta[key] = parsed.value;
  }
  return ok(meta);
}

/** Validates a whole answer file: `{ "answers": {...}, "meta": {...} }`. */
export function parseAnswerFile(content: ScoringContent, raw: unknown): Result<AnswerFile> {
  if (!isPlainObject(raw))
    return fail({
      code: 'invalid-file',
      title: 'Not an answer file',
      message: `An answer file is a JSON object with an "answers" object; got ${describe(raw)}.`,
      hint: 'See the example in the README.',
    });
  for (const key of Object.keys(raw)) {
    if (key !== 'answers' && key !== 'meta')
      return fail({
        code: 'invalid-file',
        title: 'Not an answer file',
        message: `Unknown field "${key}": an answer file has only "answers" and "meta".`,
        hint: 'Remove that field.',
        field: key,
      });
  }
  if (!('answers' in raw))
    return fail({
      code: 'invalid-file',
      title: 'Not an answer file',
      message: 'The file has no "answers" object.',
      hint: 'Add "answers": {} (an empty object means every question is "not sure").',
      field: 'answers',
    });
  const answers = parseAnswers(content, raw['answers']);
  if (!answers.ok) return answers;
  const meta = parseMeta(raw['meta']);
  if (!meta.ok) return meta;
  return ok({ answers: answers.value, meta: meta.value });
}
