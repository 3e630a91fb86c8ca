import { joinWords } from '../answers/format-answer.ts';
import type { Confidence, Recommendation } from '../engine/recommendation.ts';

/** How sure a recommendation is, for people: a label, why, and what is too close to call. */
export interface ConfidenceWords {
  /** "High confidence", "Medium confidence" or "Low confidence". */
  readonly label: string;
  /** Plain sentences: why this level (the engine's own explanation). */
  readonly why: string;
  /** When some score is too close to the line to call: which, and what that means; null otherwise. */
  readonly noClearWinner: string | null;
}

const LABELS = { high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence' } as const;

/** The confidence of a recommendation in plain words, from the engine's own figures. */
export function confidenceInWords(confidence: Confidence, closeMargin: number): ConfidenceWords {
  const tooClose = confidence.closeCalls.filter((c) => c.distance < closeMargin).map((c) => c.model);
  const one = tooClose.length === 1;
  return {
    label: LABELS[confidence.level],
    why: confidence.explanation.join(' '),
    noClearWinner: confidence.noClearWinner
      ? `${joinWords(tooClose)} ${one ? 'scores' : 'score'} within ${closeMargin} points of the line, so one different answer could tip ${
          one ? 'it' : 'them'
        } either way. Treat ${one ? 'it' : 'them'} as a judgment call and check the answers behind ${one ? 'that score' : 'those scores'}.`
      : null,
  };
}

/** The headline of a result: "HRO + RPO (total talent): one provider across the employee lifecycle". */
export function headlineOf(rec: Pick<Recommendation, 'recommendation'>): string {
  return `${rec.recommendation.label}: ${rec.recommendation.headline}`;
}
