import type { ScoringContent } from '../content.ts';
import { parseNumberInput } from '../answers/parse-number-input.ts';
import { REVIEW_STEP } from './progress.ts';

type Json = Record<string, unknown>;

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 0 is what the first beta saved under the same key, before the format had a version:
 * the bare answers object with numbers kept as the text typed, e.g.
 * `{"company_size":"250_999","annual_hires":"1,200"}`, or an answer file `{ answers, meta }`.
 * It had no step. Returns the same progress in the shape of version 1, still unvalidated:
 * number text is read as people type it (text that is not a number becomes a draft, so it is
 * not lost), and the user resumes at the first section without an answer.
 */
export function migrateV0(content: ScoringContent, saved: Json): Json {
  const isFile = isPlainObject(saved['answers']);
  const source: Json = isFile ? (saved['answers'] as Json) : saved;
  const answers: Json = {};
  const drafts: Record<string, string> = {};
  for (const [id, value] of Object.entries(source)) {
    const question = content.questions.find((q) => q.id === id);
    if ((question?.kind === 'number' || question?.kind === 'scale') && typeof value === 'string') {
      const read = parseNumberInput(value, question);
      if (read.status === 'valid') answers[id] = read.value;
      else if (read.status === 'invalid' && question.kind === 'number') drafts[id] = value;
      continue;
    }
    answers[id] = value;
  }
  // Optional sections never hold anyone back from the review.
  const firstOpen = content.sections.findIndex(
    (section) => section.optional !== true && !section.questions.some((q) => answers[q.id] !== undefined),
  );
  const resumeAt = firstOpen < 0 ? content.sections.length : firstOpen;
  return {
    v: 1,
    answers,
    drafts,
    step: content.sections[resumeAt]?.id ?? REVIEW_STEP,
    done: content.sections.slice(0, resumeAt).map((s) => s.id),
    meta: isFile ? saved['meta'] : undefined,
    updatedAt: null,
  };
}
