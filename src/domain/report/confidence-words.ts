import { joinWords } from '../answers/format-answer.ts';
import type { Confidence } from '../engine/recommendation.ts';

/** How sure a recommendation is, for people: a label, why, and what is too close to call. */
export interface ConfidenceWords {
  /** "High confidence", "Medium confidence" or "Low confidence". */
  readonly label: string;
  /** Plain sentences: why this level (the engine's own explanation). */
  readonly why: string;
  /** When some score is too close to the line to call: which, and what that means; null otherwise. */
  readonly noClearWinner: string | null;
}

/** The wording of confidenceInWords; "{list}" (the models too close to call) and "{points}" (the close margin) are filled in. */
export interface ConfidencePhrases {
  readonly labels: Readonly<Record<Confidence['level'], string>>;
  /** The no-clear-winner sentence for one model too close to call, and for several. */
  readonly noClearWinner: { readonly one: string; readonly several: string };
}

export const CONFIDENCE_PHRASES: ConfidencePhrases = {
  labels: { high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence' },
  noClearWinner: {
    one: '{list} scores within {points} points of the line, so one different answer could tip it either way. Treat it as a judgment call and check the answers behind that score.',
    several:
      '{list} score within {points} points of the line, so one different answer could tip them either way. Treat them as a judgment call and check the answers behind those scores.',
  },
};

/** The confidence of a recommendation in plain words, from the engine's own figures. */
export function confidenceInWords(confidence: Confidence, closeMargin: number): ConfidenceWords {
  return phraseConfidence(CONFIDENCE_PHRASES, confidence, closeMargin);
}

/**
 * confidenceInWords with the wording given: the results page passes CONFIDENCE_PHRASES as a prop,
 * so the sentences travel in its HTML, not its JavaScript.
 */
export function phraseConfidence(phrases: ConfidencePhrases, confidence: Confidence, closeMargin: number): ConfidenceWords {
  const tooClose = confidence.closeCalls.filter((c) => c.distance < closeMargin).map((c) => c.model);
  const sentence = tooClose.length === 1 ? phrases.noClearWinner.one : phrases.noClearWinner.several;
  return {
    label: phrases.labels[confidence.level],
    why: confidence.explanation.join(' '),
    noClearWinner: confidence.noClearWinner
      ? sentence.replace('{list}', () => joinWords(tooClose)).replace('{points}', () => String(closeMargin))
      : null,
  };
}

/** The headline of a result: "HRO + RPO (total talent): one provider across the employee lifecycle". */
export function headlineOf(rec: { readonly recommendation: { readonly label: string; readonly headline: string } }): string {
  return `${rec.recommendation.label}: ${rec.recommendation.headline}`;
}
