import type { AdvisorContent } from '../domain/content.ts';
import { splitContent, type ContentParts } from '../domain/content-parts.ts';
import { measureQuestions } from '../domain/progress/questionnaire-length.ts';
import { chooseQuickCheck, type QuickCheck } from '../domain/progress/quick-check.ts';
import type { Question } from '../domain/schemas/question.ts';
import { QUICK_CHECK_INTRO } from '../islands/wizard/quick-copy.ts';
import { loadCasebook, loadContent, type CasebookEntry } from './load-content.ts';

let cached: AdvisorContent | undefined;
let cachedCasebook: CasebookEntry[] | undefined;
let cachedQuickCheck: QuickCheck | undefined;

/**
 * The validated content as the engine reads it, from the same loader as the command line and the
 * build's content check (schemas and cross-references), read once per build.
 */
export function getAdvisorContent(): AdvisorContent {
  // Under plain Node (the end-to-end tests import stores) there is no import.meta.env: content/ is found from here.
  cached ??= loadContent(import.meta.env?.ADVISOR_CONTENT_DIR);
  return cached;
}

let parts: ContentParts | undefined;

/** The content cut into the parts the pages load (see src/domain/content-parts.ts), once per build. */
export function getContentParts(): ContentParts {
  parts ??= splitContent(getAdvisorContent());
  return parts;
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

/** The quick check's questions in questionnaire order, and how long they take (measured like the questionnaire). */
export function getQuickCheckQuestions(): {
  readonly questions: readonly Question[];
  readonly length: ReturnType<typeof measureQuestions>;
} {
  const { questions } = getAdvisorContent();
  const chosen = getQuickCheck().questions.flatMap((id) => questions.filter((q) => q.id === id));
  return { questions: chosen, length: measureQuestions(chosen, QUICK_CHECK_INTRO) };
}
