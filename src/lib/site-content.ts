import type { AdvisorContent } from '../domain/content.ts';
import { splitContent, type ContentParts } from '../domain/content-parts.ts';
import { loadContent } from './load-content.ts';

let cached: AdvisorContent | undefined;

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
