import { sitePath } from '../base-path.ts';
import type { ScoringContent } from '../content.ts';
import type { StepId } from './progress.ts';

/**
 * The questionnaire's address for one question, `wizard/#q-<id>`: the id of the question's
 * fieldset (or number field) in the wizard, which focuses it on arrival. The results page saves
 * the answers with the question's step as the current one before it goes there.
 */
export function questionHref(base: string, question: string): string {
  return sitePath(base, `wizard/#q-${question}`);
}

/** The wizard step (section) that asks a question; null for an unknown question. */
export function stepOfQuestion(content: ScoringContent, question: string): StepId | null {
  return content.sections.find((s) => s.questions.some((q) => q.id === question))?.id ?? null;
}
