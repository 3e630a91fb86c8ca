import type { RfpSectionContent } from '../schemas/rfp.ts';
import { parseTemplate, type TemplatePart } from './template.ts';

/**
 * The placeholders of every RFP content sentence that has any, read once where the content is
 * assembled (the build and the command line) or joined (the RFP page, see with-tender.ts).
 * A sentence with no "{" or "}" is not listed: it is its own literal text.
 */
export type RfpTemplates = Readonly<Record<string, readonly TemplatePart[]>>;

export function parseRfpTemplates(sections: readonly RfpSectionContent[]): RfpTemplates {
  const templates: Record<string, readonly TemplatePart[]> = {};
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/[{}]/.test(value) && !Object.hasOwn(templates, value)) templates[value] = parseTemplate(value).parts;
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  visit(sections);
  return templates;
}

/** The parts of a content sentence, from the table parseRfpTemplates made for its content. */
export function templateParts(templates: RfpTemplates, text: string): readonly TemplatePart[] {
  if (Object.hasOwn(templates, text)) return templates[text] ?? [];
  return text === '' ? [] : [{ kind: 'literal', text }];
}
