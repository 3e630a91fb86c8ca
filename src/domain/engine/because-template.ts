/** Placeholders of a `because` template: {answer}, {answer:id}, {matched}, {matched:id}. */
const PLACEHOLDER = /\{(answer|matched)(?::([a-z0-9_]+))?\}/g;

/** The ids a template names; null stands for the rule's first question. */
export function templateQuestions(template: string): (string | null)[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[2] ?? null);
}

/** One placeholder: the whole answer to `question`, or only the options the rule's condition names. */
export interface TemplateSlot {
  readonly question: string;
  readonly matched: boolean;
  /** For a matched slot: the option values the condition names for that question. */
  readonly named?: readonly string[];
}

/** A template cut at its placeholders: text, then a slot, and so on. */
export type TemplateParts = readonly (string | TemplateSlot)[];

/** A template cut at its placeholders, its matched slots bound to the values `named(question)` gives. */
export function parseTemplate(template: string, primary: string, named?: (question: string) => readonly string[]): TemplateParts {
  const parts: (string | TemplateSlot)[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const question = match[2] ?? primary;
    const matched = match[1] === 'matched';
    parts.push(template.slice(last, match.index), matched && named ? { question, matched, named: named(question) } : { question, matched });
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}
