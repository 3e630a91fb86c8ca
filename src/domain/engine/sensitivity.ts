import { formatAnswer } from '../answers/format-answer.ts';
import type { AnswerValue } from '../answers/answers.ts';
import type { Visibility } from '../answers/visibility.ts';
import type { ScoringContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { CompiledContent } from './compile.ts';
import { candidatesOf, type Candidate } from './candidates.ts';
import { TRUE } from './evaluate.ts';
import type { Change } from './recommendation.ts';
import { addPoints, type RuleOutcome } from './score.ts';
import { setsByMask } from './select.ts';

/**
 * Every single-answer change that would change the recommended set, each with the set it gives.
 * Only the rules an answer can reach are evaluated again, which keeps this cheap enough to run on
 * every keystroke; what a question's own one-question rules make of each candidate is listed once
 * per content (candidates.ts).
 */
export function findChanges(
  content: ScoringContent,
  compiled: CompiledContent,
  visibility: Visibility,
  outcome: RuleOutcome,
  current: readonly ModelId[],
): Change[] {
  const changes: Change[] = [];
  const { all, vector } = visibility;
  const { recommendAt } = content.settings;
  const candidates = candidatesOf(content);
  // One scratch vector, changed one answer at a time and restored: no copy per candidate.
  const scratch = [...vector];
  const raw = outcome.raw.map(() => 0);
  const sets = setsByMask(content);
  // The recommended set as a bit mask (bit m: MODEL_IDS[m]), as a candidate's set is compared with it.
  const currentMask = MODEL_IDS.reduce((mask, model, m) => (current.includes(model) ? mask | (1 << m) : mask), 0);
  // Per set (by mask), where its change is in `changes` for the question in hand; -1: none yet.
  const seen = new Int32Array(sets.length);
  const { hiddenAt } = visibility;
  // Only questions whose answer can move a score and that the client can change (not their industry).
  // Indexed loops throughout: V8 kept this function's for...of iterators as real objects (measured, about 14 KB a call).
  const { tried } = candidates;
  for (let t = 0; t < tried.length; t++) {
    const index = tried[t] ?? -1;
    // Hidden: no change worth telling.
    if (hiddenAt[index] === true) continue;
    const entry = candidates.byQuestion[index];
    if (!entry) continue;
    const { affected, tested, dependents, reach, points, tries } = entry;
    // Skip a question whose rules cannot move any total across the line: exact, not a heuristic.
    // A change can only fire rules that do not fire now and silence those that do, so a model can
    // gain at most the positive points of the first and the negative points of the second.
    let reachable = false;
    for (let m = 0; m < raw.length && !reachable; m++) {
      const total = outcome.raw[m] ?? 0;
      const most = reach[m] ?? 0;
      // Not even every rule turning its way could get it across: no need to look which fire.
      if (total >= recommendAt ? most <= total - recommendAt : most < recommendAt - total) continue;
      const own = points[m] as Int32Array;
      let up = 0;
      let down = 0;
      for (let i = 0; i < affected.length; i++) {
        const p = own[i] ?? 0;
        if (p === 0) continue;
        if (outcome.fired[affected[i] ?? -1]) {
          if (p > 0) down += p;
          else up -= p;
        } else if (p > 0) up += p;
        else down -= p;
      }
      reachable = total >= recommendAt ? down > total - recommendAt : up >= recommendAt - total;
    }
    if (!reachable) continue;
    const question = content.questions[index];
    if (!question) continue;
    const now = vector[index];
    seen.fill(-1);
    let from: string | undefined;
    const list = tries(now);
    for (let c = 0; c < list.length; c++) {
      const candidate = list[c] as Candidate;
      scratch[index] = candidate.value;
      // Only the questions this answer shows or hides can change visibility (a showIf reads only earlier questions).
      for (let d = 0; d < dependents.length; d++) {
        const q = dependents[d] ?? -1;
        scratch[q] = compiled.showTests[q]?.(scratch) === TRUE ? all[q] : undefined;
      }
      for (let m = 0; m < raw.length; m++) raw[m] = outcome.raw[m] ?? 0;
      // The rules on this question alone were worked out with the candidate; the others are tested here.
      const { flips } = candidate;
      for (let f = 0; f < flips.length; f++) {
        const flip = flips[f] ?? 0;
        addPoints(raw, compiled.rulePoints[flip < 0 ? ~flip : flip], flip < 0 ? -1 : 1);
      }
      for (let r = 0; r < tested.length; r++) {
        const rule = tested[r] ?? -1;
        const before = outcome.fired[rule] === true;
        const after = compiled.ruleTests[rule]?.(scratch) === TRUE;
        if (before !== after) addPoints(raw, compiled.rulePoints[rule], after ? 1 : -1);
      }
      scratch[index] = now;
      for (let d = 0; d < dependents.length; d++) {
        const q = dependents[d] ?? -1;
        scratch[q] = vector[q];
      }
      // Clamping to 0-100 never moves a score across a line between 1 and 100, so raw totals decide.
      let mask = 0;
      for (let m = 0; m < raw.length; m++) if ((raw[m] ?? 0) >= recommendAt) mask |= 1 << m;
      if (mask === currentMask) continue;
      const set = sets[mask] ?? { models: [], label: '' };
      from ??= formatAnswer(question, now);
      const change: Change = {
        question: question.id,
        short: question.short,
        from,
        to: candidate.words,
        // A copy: the candidate's list is shared by every recommendation.
        value: Array.isArray(candidate.value) ? [...candidate.value] : candidate.value,
        models: [...set.models],
        label: set.label,
      };
      const earlier = seen[mask] ?? -1;
      if (earlier < 0) {
        seen[mask] = changes.length;
        changes.push(change);
      } else if (question.kind === 'number' && closer(candidate.value, changes[earlier]?.value, now)) {
        changes[earlier] = change;
      }
    }
  }
  return changes;
}

/** For numbers, the candidate nearest the current answer is the one worth telling. */
function closer(candidate: AnswerValue, incumbent: AnswerValue | null | undefined, now: AnswerValue | undefined): boolean {
  if (typeof candidate !== 'number' || typeof incumbent !== 'number') return false;
  const from = typeof now === 'number' ? now : 0;
  return Math.abs(candidate - from) < Math.abs(incumbent - from);
}
