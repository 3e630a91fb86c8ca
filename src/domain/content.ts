import type { Alternative } from './schemas/advice.ts';
import type { Combination } from './schemas/combination.ts';
import type { CostAssumption } from './schemas/cost.ts';
import { MODEL_IDS } from './model-ids.ts';
import type { Model } from './schemas/model.ts';
import type { Question, Section } from './schemas/question.ts';
import { parseRfpTemplates, type RfpTemplates } from './rfp/templates.ts';
import type { RfpSectionContent } from './schemas/rfp.ts';
import type { Effect, Rule, RuleFile } from './schemas/rule.ts';
import type { ScoringSettings } from './schemas/settings.ts';

/** A rule with the topic of the file it came from. */
export type TopicRule = Rule & { readonly topic: string };

/** An effect as scoring reads it: points, a risk or KPI by its id, or a scope note without its words (those are details). */
export type ScoringEffect = Exclude<Effect, { readonly kind: 'note' }> | Omit<Extract<Effect, { readonly kind: 'note' }>, 'title' | 'text'>;
/** A rule as scoring reads it: its condition, role and effects, without the words that explain it. */
export type ScoringRule = Omit<Rule, 'title' | 'because' | 'effects'> & { readonly effects: readonly ScoringEffect[] };
/** A model as scoring reads it: its name, guide and the questions that show a need for it. */
export type ScoringModel = Pick<Model, 'id' | 'name' | 'guide' | 'needQuestions'>;
/** A named set as scoring reads it: its models, verdict, name and headline. */
export type ScoringCombination = Omit<Combination, 'description' | 'notes'>;
/**
 * A rule as a result's summary reads it: also the sentence that explains it (not its title), for
 * each rule that gives points; the sentences of rules that only raise risks, KPIs or scope notes
 * explain what to watch, a detail.
 */
export type ExplainRule = ScoringRule & Partial<Pick<Rule, 'because'>>;
/** A model as a result's summary reads it: also how to buy it and its summary lines. */
export type ExplainModel = ScoringModel & Pick<Model, 'shapes' | 'standing'>;
/** A model as a whole recommendation reads it: also its risks, contract KPIs and scope notes. */
export type DetailModel = ExplainModel & Pick<Model, 'kpis' | 'risks' | 'scopeNotes'>;

/**
 * What scores answers, shows the questionnaire and reads links and saved progress: the questions,
 * the rules' conditions and points, the models' names and the named sets. The content levels below
 * each add what the next use reads, so a page loads only the words it shows (see content-parts.ts).
 */
export interface ScoringContent {
  readonly sections: readonly Section[];
  readonly questions: readonly Question[];
  readonly rules: readonly ScoringRule[];
  readonly models: readonly ScoringModel[];
  readonly combinations: readonly ScoringCombination[];
  readonly settings: ScoringSettings;
  /**
   * The number questions that hold the user's own figure for an assumption the questionnaire does
   * not ask (answers of contract v2, edited on the cost view). They follow the wizard's questions
   * in `questions`, and are in no section: the wizard never shows them. Links and saved progress
   * read them, so they are part of scoring.
   */
  readonly costQuestions: readonly Question[];
}

/** What a result's summary reads: also each rule's sentence, how to buy each model, its summary lines and the alternatives. */
export interface ExplainContent extends ScoringContent {
  readonly rules: readonly ExplainRule[];
  readonly models: readonly ExplainModel[];
  /** Vehicles other than the four models, in file order. */
  readonly alternatives: readonly Alternative[];
}

/**
 * What a whole recommendation reads (recommend()): also each rule's title, the risks, KPIs and
 * scope notes of each model, and each set's description and notes.
 */
export interface RecommendContent extends ExplainContent {
  readonly rules: readonly Rule[];
  readonly models: readonly DetailModel[];
  readonly combinations: readonly Combination[];
}

/** What the RFP draft reads: also the sections of the draft. */
export interface TenderContent extends RecommendContent {
  /** The sections of the RFP draft, in `order`. */
  readonly rfp: readonly RfpSectionContent[];
  /** The placeholders of the RFP sections' sentences, read when the content is assembled. */
  readonly rfpTemplates: RfpTemplates;
}

/** What the cost view reads: also the assumptions, with their benchmarks and sources. */
export interface CostContent extends ScoringContent {
  /** The cost view's assumptions (content/costs), in file order. */
  readonly costs: readonly CostAssumption[];
}

/** Everything in content/, validated: what the build, the methodology page and the command line read. */
export interface AdvisorContent extends TenderContent {
  readonly rules: readonly TopicRule[];
  readonly models: readonly Model[];
  /** The cost view's assumptions (content/costs), in file order: see CostContent. */
  readonly costs: readonly CostAssumption[];
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
