import type { Scenario } from '../compare/scenario.ts';
import { bytesToBase64url } from './base64url.ts';
import { encodeLink } from './link-encode.ts';
import { buildShareUrl } from './share-url.ts';

// Encoding lives apart from decoding (compare-link.ts) so the list page, which only makes compare
// links, does not load the decoder and the answer validation it needs.

/**
 * Compare links, version 1. The fragment of /compare/ is
 *
 *   "c1" · for each scenario: "~" label · "~" share link
 *
 * where the label ("after growth") is UTF-8 in base64url (empty for none) and the share link is
 * the scenario's own results-page fragment (link-encode.ts), with its own version and checksum.
 * "~" appears in neither, so the parts split cleanly; every character is safe in a URL.
 */
export const COMPARE_VERSION = 'c1';
export const SEPARATOR = '~';

/** Scenarios to the fragment of a compare link (without "#"). */
export function encodeCompareLink(scenarios: readonly Scenario[]): string {
  return (
    COMPARE_VERSION +
    scenarios.map((s) => SEPARATOR + bytesToBase64url(new TextEncoder().encode(s.label)) + SEPARATOR + encodeLink(s.file)).join('')
  );
}

/** The address of the compare page showing these scenarios, under the site's base. */
export function compareUrl(scenarios: readonly Scenario[], base = '/'): string {
  return buildShareUrl(encodeCompareLink(scenarios), base, 'compare');
}
