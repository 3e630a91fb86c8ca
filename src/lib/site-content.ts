import type { AdvisorContent } from '../domain/content.ts';
import { loadContent } from './load-content.ts';

let cached: AdvisorContent | undefined;

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
