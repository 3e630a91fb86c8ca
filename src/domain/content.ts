import type { Alternative } from './schemas/advice.ts';
import type { Combination } from './schemas/combination.ts';
import { MODEL_IDS } from './model-ids.ts';
import type { Model } from './schemas/model.ts';
import type { Question, Section } from './schemas/question.ts';
import { parseRfpTemplates, type RfpTemplates } from './rfp/templates.ts';
import type { RfpSectionContent } from './schemas/rfp.ts';
import type { Rule, RuleFile } from './schemas/rule.ts';
import type { ScoringSettings } from './schemas/settings.ts';

/** A rule with the topic of the file it came from. */
export type TopicRule = Rule & { readonly topic: string };

/** Everything the engine reads, already validated; plain JSON so it can cross into an island as props. */
export interface AdvisorContent {
  readonly sections: readonly Section[];
  readonly questions: readonly Question[];
  readonly rules: readonly TopicRule[];
  readonly models: readonly Model[];
  readonly combinations: readonly Combination[];
  /** Vehicles other than the four models, in file order. */
  readonly alternatives: readonly Alternative[];
  readonly settings: ScoringSettings;
  /** The sections of the RFP draft, in `order`. */
  readonly rfp: readonly RfpSectionContent[];
  /** The placeholders of the RFP sections' sentences, read when the content is assembled. */
  readonly rfpTemplates: RfpTemplates;
}

export interface ContentParts {
  readonly sections: readonly Section[];
  readonly ruleFiles: readonly RuleFile[];
  readonly models: readonly Model[];
  readonly combinations: readonly Combination[];
  readonly alternatives: readonly Alternative[];
  readonly settings: ScoringSettings;
  readonly rfp?: readonly RfpSectionContent[];
}

/**
 * Puts validated parts in their canonical order, so the site (Astro collections) and the
 * command line (files read from disk) build the same content whatever order files load in.
 */
export function assembleContent(parts: ContentParts): AdvisorContent {
  const sections = [...parts.sections].sort((a, b) => a.order - b.order || compare(a.id, b.id));
  const rules = [...parts.ruleFiles]
    .sort((a, b) => compare(a.topic, b.topic))
    .flatMap((file) => file.rules.map((rule) => ({ ...rule, topic: file.topic })));
  const models = [...parts.models].sort((a, b) => MODEL_IDS.indexOf(a.id) - MODEL_IDS.indexOf(b.id));
  const combinations = [...parts.combinations].sort(
    (a, b) => a.models.length - b.models.length || compare(a.models.join('+'), b.models.join('+')),
  );
  const rfp = [...(parts.rfp ?? [])].sort((a, b) => a.order - b.order || compare(a.id, b.id));
  return {
    sections,
    questions: sections.flatMap((section) => section.questions),
    rules,
    models,
    combinations,
    alternatives: parts.alternatives,
    settings: parts.settings,
    rfp,
    rfpTemplates: parseRfpTemplates(rfp),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
