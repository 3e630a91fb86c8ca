import { joinWords } from '../answers/format-answer.ts';
import type { Change } from '../engine/recommendation.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';

/**
 * A "what would change it" entry as a plain sentence: "With 250 external hires a year instead of
 * 150, RPO would join HRO: HRO + RPO (total talent)."
 */
export function changeSentence(change: Change, current: readonly ModelId[], kind: 'number' | 'choice'): string {
  const from = change.from === 'not sure' ? null : change.from;
  const condition =
    kind === 'number'
      ? from === null
        ? `With ${change.to} ${change.short}`
        : `With ${change.to} ${change.short} instead of ${from}`
      : from === null
        ? `If you answered "${change.to}" for ${change.short}`
        : `If ${change.short} were "${change.to}" rather than "${from}"`;
  const added = MODEL_IDS.filter((m) => change.models.includes(m) && !current.includes(m));
  const removed = MODEL_IDS.filter((m) => current.includes(m) && !change.models.includes(m));
  const kept = MODEL_IDS.filter((m) => current.includes(m) && change.models.includes(m));
  const parts: string[] = [];
  if (added.length > 0)
    parts.push(kept.length > 0 ? `${joinWords(added)} would join ${joinWords(kept)}` : `${joinWords(added)} would clear the line`);
  if (removed.length > 0) parts.push(`${joinWords(removed)} would drop out`);
  const effect = change.models.length === 0 ? 'no model would clear the line' : parts.join(' and ');
  return `${condition}, ${effect}: ${change.label}.`;
}
