import type { AdvisorContent } from '../domain/content.ts';
import { chooseQuickCheck, type QuickCheck } from '../domain/progress/quick-check.ts';
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
