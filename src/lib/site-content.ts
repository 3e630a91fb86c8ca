import type { AdvisorContent } from '../domain/content.ts';
import { measureQuestions, type QuestionnaireLength } from '../domain/progress/questionnaire-length.ts';
import { chooseQuickCheck, type QuickCheck } from '../domain/progress/quick-check.ts';
import type { Question } from '../domain/schemas/question.ts';
import { loadCasebook, loadContent, type CasebookEntry } from './load-content.ts';

let cached: AdvisorContent | undefined;
let cachedCasebook: CasebookEntry[] | undefined;
let cachedQuickCheck: QuickCheck | undefined;

/**
 * The validated content as the engine reads it, from the same loader as the command line and the
 * build's content check (schemas and cross-references), read once per build.
 */
export function getAdvisorContent(): AdvisorContent {
  cached ??= loadContent(import.meta.env.ADVISOR_CONTENT_DIR);
  return cached;
}

/**
 * The content without the RFP sections, for pages that score but never draft a tender: the
 * sections are about a third of the content and would only weigh down the island's props.
 */
export function getEngineContent(): AdvisorContent {
  return { ...getAdvisorContent(), rfp: [], rfpTemplates: {} };
}

/** The casebook, read once per build with the same loader as the command line's checks. */
export function getCasebook(): readonly CasebookEntry[] {
  cachedCasebook ??= loadCasebook(getAdvisorContent(), import.meta.env.ADVISOR_CONTENT_DIR);
  return cachedCasebook;
}

/** The quick check's questions, chosen once per build with the engine over the casebook (a few seconds). */
export function getQuickCheck(): QuickCheck {
  cachedQuickCheck ??= chooseQuickCheck(
    getAdvisorContent(),
    getCasebook().map((entry) => entry.answers),
  );
  return cachedQuickCheck;
}

/** The line under the quick check's heading, measured with its questions for "about N minutes". */
export const QUICK_CHECK_INTRO =
  'Answer what you know; "Not sure" is always an answer. The result beside the questions changes with each answer, and the whole result is one click away.';

/** The quick check's questions in questionnaire order, and how long they take (measured like the questionnaire). */
export function getQuickCheckQuestions(): {
  readonly questions: readonly Question[];
  readonly length: Pick<QuestionnaireLength, 'questions' | 'words' | 'minutes'>;
} {
  const { questions } = getAdvisorContent();
  const chosen = getQuickCheck().questions.flatMap((id) => questions.filter((q) => q.id === id));
  return { questions: chosen, length: measureQuestions(chosen, QUICK_CHECK_INTRO) };
}
