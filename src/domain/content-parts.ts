import type { Alternative } from './schemas/advice.ts';
import type { Combination } from './schemas/combination.ts';
import type {
  AdvisorContent,
  CostContent,
  ScoringEffect,
  DetailModel,
  ExplainContent,
  ExplainModel,
  RecommendContent,
  ScoringContent,
} from './content.ts';
import type { CostAssumption } from './schemas/cost.ts';
import type { Model } from './schemas/model.ts';
import type { RfpSectionContent } from './schemas/rfp.ts';
import type { Question } from './schemas/question.ts';
import type { Effect, Rule } from './schemas/rule.ts';
import type { OutlineSection } from './rfp/outline.ts';

/** What a result's summary adds to scoring, per rule and per model in content order. */
export interface ExplanationsPart {
  readonly rules: readonly Partial<Pick<Rule, 'because'>>[];
  readonly models: readonly Pick<Model, 'shapes' | 'standing'>[];
  readonly alternatives: readonly Alternative[];
}

/** Why each question is asked (the questionnaire's "why we ask", shown on demand), by question id. */
export interface WhyPart {
  readonly why: Readonly<Record<string, string>>;
}

/** What a whole recommendation adds: per rule its title, every effect (scope notes with their words) and the sentence of a rule that gives no points, per model its risks, KPIs and scope notes, per named set its description and notes. */
export interface DetailsPart {
  readonly rules: readonly (Pick<Rule, 'title' | 'effects'> & Partial<Pick<Rule, 'because'>>)[];
  readonly models: readonly Pick<Model, 'kpis' | 'risks' | 'scopeNotes'>[];
  readonly combinations: readonly Pick<Combination, 'description' | 'notes'>[];
}

/** The RFP draft's outline: each section's id, title and the documents it belongs to, for the page's first look. */
export interface OutlinePart {
  readonly sections: readonly OutlineSection[];
}

/**
 * What the RFP draft adds: its sections (their sentences' placeholders are read where they are
 * joined), in two parts of about half the sections each, `tender` (the request and the service) and
 * `terms` (protection, transition, governance, price, exit and evaluation), so neither file nears
 * the 15 KB budget of a file loaded on demand.
 */
export interface TenderPart {
  readonly rfp: readonly RfpSectionContent[];
}

/** What the cost view adds: the assumptions, with their benchmarks and sources. */
export interface CostsPart {
  readonly costs: readonly CostAssumption[];
}

/**
 * The content cut into the parts the pages load one by one (see src/integrations/content-parts.ts):
 * the questionnaire loads scoring; a result's summary adds the explanations; its detail and the RFP
 * draft add the details; the RFP draft's first look adds its outline, the draft itself its sections;
 * the cost view adds the assumptions; the questionnaire's "why we ask" loads when first opened.
 * Words for the guides only are left out.
 */
export interface ContentParts {
  readonly scoring: ScoringContent;
  readonly explanations: ExplanationsPart;
  readonly details: DetailsPart;
  readonly outline: OutlinePart;
  readonly tender: TenderPart;
  readonly terms: TenderPart;
  readonly costs: CostsPart;
  readonly why: WhyPart;
}

/** Whether a rule gives points: only those explain a score, so only their sentences are in a summary's part. */
function givesPoints(effects: readonly Effect[]): boolean {
  return effects.some((effect) => effect.kind === 'points');
}

/** An effect without the words of a scope note: scoring never shows them. */
function scoringEffect(effect: Effect): ScoringEffect {
  return effect.kind === 'note' ? { kind: effect.kind, model: effect.model } : effect;
}

/** A question without its "why we ask" (see WhyPart). */
function withoutWhy(question: Question): Question {
  const copy = { ...question };
  delete copy.why;
  return copy;
}

export function splitContent(content: AdvisorContent): ContentParts {
  return {
    scoring: {
      sections: content.sections.map((section) => ({ ...section, questions: section.questions.map(withoutWhy) })),
      questions: content.questions.map(withoutWhy),
      rules: content.rules.map(({ id, when, role, effects }) => ({ id, when, role, effects: effects.map(scoringEffect) })),
      models: content.models.map(({ id, name, guide, needQuestions }) => ({ id, name, guide, needQuestions })),
      combinations: content.combinations.map(({ id, models, verdict, label, headline }) => ({ id, models, verdict, label, headline })),
      settings: content.settings,
      costQuestions: content.costQuestions,
    },
    explanations: {
      rules: content.rules.map(({ because, effects }) => (givesPoints(effects) ? { because } : {})),
      models: content.models.map(({ shapes, standing }) => ({ shapes, standing })),
      alternatives: content.alternatives,
    },
    details: {
      rules: content.rules.map(({ title, effects, because }) => (givesPoints(effects) ? { title, effects } : { title, effects, because })),
      models: content.models.map(({ kpis, risks, scopeNotes }) => ({ kpis, risks, scopeNotes })),
      combinations: content.combinations.map(({ description, notes }) => ({ description, notes })),
    },
    outline: { sections: content.rfp.map(({ id, title, documents }) => ({ id, title, documents })) },
    tender: { rfp: content.rfp.slice(0, Math.ceil(content.rfp.length / 2)) },
    terms: { rfp: content.rfp.slice(Math.ceil(content.rfp.length / 2)) },
    costs: { costs: content.costs },
    why: { why: Object.fromEntries(content.questions.flatMap((q) => (q.why ? [[q.id, q.why]] : []))) },
  };
}

/** Pairs two lists cut from the same content, entry by entry; a list of another length is not from the same content. */
function zip<A, B, C>(what: string, a: readonly A[], b: readonly B[], join: (a: A, b: B) => C): C[] {
  if (a.length !== b.length) throw new RangeError(`The ${what} of two content parts do not match (${a.length} and ${b.length}).`);
  return a.map((entry, i) => join(entry, b[i] as B));
}

/** Scoring with the explanations: what a result's summary reads. */
export function withExplanations(scoring: ScoringContent, part: ExplanationsPart): ExplainContent {
  return {
    ...scoring,
    rules: zip('rules', scoring.rules, part.rules, (rule, words) => ({ ...rule, ...words })),
    models: zip('models', scoring.models, part.models, (model, advice): ExplainModel => ({ ...model, ...advice })),
    alternatives: part.alternatives,
  };
}

/** A summary's content with the details: what recommend() reads. */
export function withDetails(content: ExplainContent, part: DetailsPart): RecommendContent {
  return {
    ...content,
    rules: zip('rules', content.rules, part.rules, (rule, words) => ({ ...rule, ...words, because: rule.because ?? words.because ?? '' })),
    models: zip('models', content.models, part.models, (model, details): DetailModel => ({ ...model, ...details })),
    combinations: zip('combinations', content.combinations, part.combinations, (combination, words) => ({ ...combination, ...words })),
  };
}

/** Content of any level with the assumptions: what the cost view reads. */
export function withCosts<C extends ScoringContent>(content: C, part: CostsPart): C & CostContent {
  return { ...content, costs: part.costs };
}
