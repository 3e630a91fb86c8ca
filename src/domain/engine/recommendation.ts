import type { AnswerValue } from '../answers/answers.ts';
import type { ModelId } from '../model-ids.ts';
import type { Verdict } from '../schemas/verdict.ts';
import type { AlternativeOut, ShapeOut, StandingLineOut } from './advice.ts';
import type { FactTrace } from './trace.ts';
import type { ScoreRange, Standing } from './verdict.ts';

export type ConfidenceLevel = 'high' | 'medium' | 'low';

/**
 * One answer's part in one model's score: the rules that fired on it for this model, as one reason
 * with their points summed (the rule ids kept for the audit trail).
 */
export interface Reason {
  /** The question that caused it: the first question its rules read. */
  readonly question: string;
  /** Every question its rules read. */
  readonly questions: readonly string[];
  /** The answer to `question`, in words. */
  readonly answer: string;
  /** The rule with the most points: its sentence is `text`. */
  readonly rule: string;
  readonly ruleTitle: string;
  /** Every rule behind this reason, strongest first. */
  readonly rules: readonly string[];
  readonly points: number;
  /** The rules' own points added up; differs from `points` only when the score hit 0 or 100. */
  readonly rulePoints: number;
  readonly text: string;
  readonly facts: readonly FactTrace[];
}

/** An answer that decided the verdict: the strongest reasons behind the set (or behind keeping it in-house). */
export interface DecidingAnswer {
  readonly model: ModelId;
  readonly question: string;
  readonly answer: string;
  readonly points: number;
  readonly text: string;
}

export interface CloseCall {
  readonly model: ModelId;
  readonly score: number;
  /** Points from the line that decides whether the model is recommended. */
  readonly distance: number;
}

export interface Confidence {
  readonly level: ConfidenceLevel;
  /** The smallest distance of any score from the line (recommendAt). */
  readonly margin: number;
  readonly recommendAt: number;
  readonly visibleQuestions: number;
  readonly unanswered: readonly string[];
  readonly unansweredShare: number;
  readonly closeCalls: readonly CloseCall[];
  /** True when some model is so close to the line that the set is a judgment call. */
  readonly noClearWinner: boolean;
  /** Models whose range crosses the line: open questions could still add or remove them. */
  readonly crossing: readonly ModelId[];
  /** Recommended models that a constraint (control, data, budget, horizon) pulls down. */
  readonly constrained: readonly ModelId[];
  /** Plain sentences: why this level. */
  readonly explanation: readonly string[];
}

/** One answer changed on its own that would change the recommended set. */
export interface Change {
  readonly question: string;
  readonly short: string;
  readonly from: string;
  readonly to: string;
  readonly value: AnswerValue | null;
  readonly models: readonly ModelId[];
  readonly label: string;
}

export interface RaisedRisk {
  readonly model: ModelId;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly mitigation: string;
  /** The rules that raised it; empty for the model's standing risks. */
  readonly raisedBy: readonly { readonly rule: string; readonly text: string }[];
}

export interface ContractKpi {
  readonly model: ModelId;
  readonly id: string;
  readonly name: string;
  readonly definition: string;
  readonly howMeasured: string;
  readonly emphasised: boolean;
  readonly raisedBy: readonly { readonly rule: string; readonly text: string }[];
}

export interface ScopeNoteOut {
  readonly model: ModelId | null;
  readonly title: string;
  readonly text: string;
  readonly rule: string | null;
}

export interface Recommendation {
  readonly recommendation: {
    readonly models: readonly ModelId[];
    readonly label: string;
    readonly headline: string;
    readonly description: string;
    readonly combination: string | null;
    readonly confidence: ConfidenceLevel;
    /** outsource (models to buy), in_house (evidence says none is worth it) or undetermined (not enough to go on). */
    readonly verdict: Verdict;
  };
  readonly scores: Readonly<Record<ModelId, number>>;
  /** Per model, the lowest and highest score the open questions could still lead to; low <= score <= high. */
  readonly ranges: Readonly<Record<ModelId, ScoreRange>>;
  /** Per model, recommended, not recommended or undecided (its need still open and its range reaching the line). */
  readonly standings: Readonly<Record<ModelId, Standing>>;
  /** One summary sentence per model, chosen by its standing and the answers. */
  readonly summary: readonly StandingLineOut[];
  /** Vehicles other than the four models that fit the answers. */
  readonly alternatives: readonly AlternativeOut[];
  /** For each recommended model, the shape of engagement to propose. */
  readonly shapes: Readonly<Partial<Record<ModelId, ShapeOut>>>;
  /** The two or three answers that decided the verdict. */
  readonly deciding: readonly DecidingAnswer[];
  readonly reasons: Readonly<Record<ModelId, readonly Reason[]>>;
  readonly confidence: Confidence;
  readonly changes: readonly Change[];
  readonly risks: readonly RaisedRisk[];
  readonly kpis: readonly ContractKpi[];
  readonly notes: readonly ScopeNoteOut[];
  /** Answers kept but not scored because their question is hidden by another answer. */
  readonly dropped: readonly { readonly question: string; readonly short: string }[];
}

/** A reason as a result's summary shows it: without its rule's title. */
export type SummaryReason = Omit<Reason, 'ruleTitle'>;

/**
 * What a result shows first (summarise()): a recommendation without what would change it, what to
 * watch, the set's description or the rules' titles.
 */
export type ResultSummary = Omit<Recommendation, 'recommendation' | 'reasons' | 'changes' | 'risks' | 'kpis' | 'notes'> & {
  readonly recommendation: Omit<Recommendation['recommendation'], 'description'>;
  readonly reasons: Readonly<Record<ModelId, readonly SummaryReason[]>>;
};
