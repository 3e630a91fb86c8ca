import type { AnswerValue } from '../answers/answers.ts';
import type { ModelId } from '../model-ids.ts';
import type { FactTrace } from './trace.ts';

export type ConfidenceLevel = 'high' | 'medium' | 'low';

/** One rule's part in one model's score: which answer, which rule, how many points, and why. */
export interface Reason {
  /** The question that caused it: the first question the rule reads. */
  readonly question: string;
  /** Every question the rule reads. */
  readonly questions: readonly string[];
  /** The answer to `question`, in words. */
  readonly answer: string;
  readonly rule: string;
  readonly ruleTitle: string;
  readonly points: number;
  /** The rule's own points; differs from `points` only when the score hit 0 or 100. */
  readonly rulePoints: number;
  readonly text: string;
  readonly facts: readonly FactTrace[];
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
  };
  readonly scores: Readonly<Record<ModelId, number>>;
  readonly reasons: Readonly<Record<ModelId, readonly Reason[]>>;
  readonly confidence: Confidence;
  readonly changes: readonly Change[];
  readonly risks: readonly RaisedRisk[];
  readonly kpis: readonly ContractKpi[];
  readonly notes: readonly ScopeNoteOut[];
  /** Answers kept but not scored because their question is hidden by another answer. */
  readonly dropped: readonly { readonly question: string; readonly short: string }[];
}
