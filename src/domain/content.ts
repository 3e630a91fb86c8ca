import type { Alternative } from './schemas/advice.ts';
import type { Combination } from './schemas/combination.ts';
import type { CostAssumption } from './schemas/cost.ts';
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
  /** The cost view's assumptions (content/costs), in file order. */
  readonly costs: readonly CostAssumption[];
  /**
   * The number questions that hold the user's own figure for an assumption the questionnaire does
   * not ask (answers of contract v2, edited on the cost view). They follow the wizard's questions
   * in `questions`, and are in no section: the wizard never shows them.
   */
  readonly costQuestions: readonly Question[];
}

export interface ContentParts {
  readonly sections: readonly Section[];
  readonly ruleFiles: readonly RuleFile[];
  readonly models: readonly Model[];
  readonly combinations: readonly Combination[];
  readonly alternatives: readonly Alternative[];
  readonly settings: ScoringSettings;
  readonly rfp?: readonly RfpSectionContent[];
  readonly costs?: readonly CostAssumption[];
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
  const asked = sections.flatMap((section) => section.questions);
  const costs = parts.costs ?? [];
  const costQuestions = costs.filter((a) => !asked.some((q) => q.id === a.id)).map(assumptionQuestion);
  return {
    sections,
    questions: [...asked, ...costQuestions],
    rules,
    models,
    combinations,
    alternatives: parts.alternatives,
    settings: parts.settings,
    rfp,
    rfpTemplates: parseRfpTemplates(rfp),
    costs,
    costQuestions,
  };
}

/** The range each unit allows: the same as the contract's (share/v2-layout.ts). */
const ASSUMPTION_RANGE: Readonly<Record<CostAssumption['unit'], { min: number; max: number; unit: string }>> = {
  money: { min: 0, max: 10_000_000_000, unit: 'in your currency' },
  percent: { min: 0, max: 100, unit: '%' },
  days: { min: 0, max: 1000, unit: 'days' },
  years: { min: 1, max: 10, unit: 'years' },
};

/** The number question that holds the user's own figure for an assumption. */
export function assumptionQuestion(assumption: CostAssumption): Question {
  const range = ASSUMPTION_RANGE[assumption.unit];
  return {
    id: assumption.id,
    kind: 'number',
    prompt: assumption.label,
    short: assumption.label.charAt(0).toLowerCase() + assumption.label.slice(1),
    help: assumption.help,
    min: range.min,
    max: range.max,
    unit: range.unit,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
