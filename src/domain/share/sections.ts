/**
 * The parts of the results page a link can open, each with the disclosure it sits in. A part is
 * named in the fragment when the answers are those saved in the browser (`/results/#why-rpo`), or
 * in the `open` parameter beside an answer link (`/results/?open=why-rpo#1...`). A part's id
 * starts with a letter and an answer link with its version digit, so one is never read as the other.
 */
export const RESULT_SECTIONS = {
  why: 'why',
  'why-hro': 'why',
  'why-rpo': 'why',
  'why-bpo': 'why',
  'why-kpo': 'why',
  'what-if': 'what-if',
  cost: 'cost',
  watch: 'watch',
  risks: 'watch',
  kpis: 'watch',
  'scope-notes': 'watch',
  method: 'method',
} as const;

export type ResultSection = keyof typeof RESULT_SECTIONS;

/** The name of the parameter that opens a part beside an answer link. */
const OPEN_PARAMETER = 'open';

function isSection(text: string): text is ResultSection {
  return Object.hasOwn(RESULT_SECTIONS, text);
}

/** The part of the results page `text` names, or null when it names none (an answer link, say). */
export function sectionOf(text: string): ResultSection | null {
  return isSection(text) ? text : null;
}

/** What an address asks the results page for: the answer link in its fragment ('' for none) and the part to open. */
export interface ResultsAddress {
  readonly fragment: string;
  readonly section: ResultSection | null;
}

/** Reads an address's fragment ("#..." or "") and query ("?..." or ""). A fragment naming a part is no answer link. */
export function readAddress(hash: string, search = ''): ResultsAddress {
  const fragment = hash.replace(/^#/, '');
  const named = sectionOf(fragment);
  if (named) return { fragment: '', section: named };
  return { fragment, section: sectionOf(new URLSearchParams(search).get(OPEN_PARAMETER) ?? '') };
}
