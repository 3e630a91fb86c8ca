import type { AnswerValue } from '../answers/answers.ts';
import { formatAnswer } from '../answers/format-answer.ts';
import { applyVisibility, type Visibility } from '../answers/visibility.ts';
import type { ScoringContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { Question } from '../schemas/question.ts';
import type { CompiledContent } from './compile.ts';
import { reachOf } from './reach.ts';
import { factTruth, TRUE, type AnswerVector } from './evaluate.ts';
import type { Change } from './recommendation.ts';
import { addPoints, type RuleOutcome } from './score.ts';
import { describeSet, selectModels } from './select.ts';

/**
 * Every single-answer change that would change the recommended set, each with the set it gives.
 * Only the rules an answer can reach are evaluated again, which keeps this cheap enough to run on
 * every keystroke.
 */
export function findChanges(
  content: ScoringContent,
  compiled: CompiledContent,
  visibility: Visibility,
  all: AnswerVector,
  outcome: RuleOutcome,
  current: readonly ModelId[],
): Change[] {
  const changes: Change[] = [];
  const { recommendAt } = content.settings;
  const { rulesAffectedBy, boundaries, showsOrHides } = reachOf(content);
  // One scratch vector, changed one answer at a time and restored: no copy per candidate.
  const scratch = [...visibility.vector];
  const raw = outcome.raw.map(() => 0);
  const inSet = MODEL_IDS.map((model) => current.includes(model));
  const hidden = new Set(visibility.hidden);
  content.questions.forEach((question, index) => {
    if (hidden.has(question.id)) return;
    const affected = rulesAffectedBy.get(question.id) ?? [];
    if (affected.length === 0) return;
    // Skip a question whose rules cannot move any total across the line: exact, not a heuristic.
    // A change can only fire rules that do not fire now and silence those that do, so a model can
    // gain at most the positive points of the first and the negative points of the second.
    let reachable = false;
    for (let m = 0; m < raw.length && !reachable; m++) {
      const total = outcome.raw[m] ?? 0;
      let up = 0;
      let down = 0;
      for (const rule of affected) {
        const p = compiled.rulePoints[rule]?.[m] ?? 0;
        if (p === 0) continue;
        if (outcome.fired[rule]) {
          if (p > 0) down += p;
          else up -= p;
        } else if (p > 0) up += p;
        else down -= p;
      }
      reachable = total >= recommendAt ? down > total - recommendAt : up >= recommendAt - total;
    }
    if (!reachable) return;
    const showsOthers = showsOrHides.has(question.id);
    const now = visibility.vector[index];
    const seen = new Map<string, number>();
    // Answers that every scoring fact reads alike score alike: try one of each (numbers are already one per stretch).
    const facts = compiled.scoringFacts[index] ?? [];
    const signature = (value: AnswerValue | undefined): number => {
      // The facts' three-valued results as the digits of one base-3 number.
      let key = 0;
      for (const f of facts) key = key * 3 + factTruth(f, value);
      return key;
    };
    const tried = new Set<number>(question.kind === 'number' ? [] : [signature(now)]);
    for (const candidate of candidateValues(question, now, boundaries.get(question.id) ?? [])) {
      if (question.kind !== 'number') {
        const key = signature(candidate);
        if (tried.has(key)) continue;
        tried.add(key);
      }
      scratch[index] = candidate;
      if (showsOthers) {
        const allNext = [...all];
        allNext[index] = candidate;
        applyVisibility(compiled, allNext, scratch);
      }
      for (let m = 0; m < raw.length; m++) raw[m] = outcome.raw[m] ?? 0;
      for (const rule of affected) {
        const before = outcome.fired[rule] === true;
        const after = compiled.ruleTests[rule]?.(scratch) === TRUE;
        if (before !== after) addPoints(raw, compiled.rulePoints[rule], after ? 1 : -1);
      }
      scratch[index] = now;
      if (showsOthers) applyVisibility(compiled, all, scratch);
      // Clamping to 0-100 never moves a score across a line between 1 and 100, so raw totals decide.
      let same = true;
      for (let m = 0; m < raw.length; m++) if ((raw[m] ?? 0) >= recommendAt !== inSet[m]) same = false;
      if (same) continue;
      const models = selectModels(raw, recommendAt);
      const key = models.join('+');
      const change: Change = {
        question: question.id,
        short: question.short,
        from: formatAnswer(question, now),
        to: formatAnswer(question, candidate),
        value: candidate,
        models,
        label: describeSet(content, models).label,
      };
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, changes.length);
        changes.push(change);
      } else if (question.kind === 'number' && closer(candidate, changes[earlier]?.value, now)) {
        changes[earlier] = change;
      }
    }
  });
  return changes;
}

/** For numbers, the candidate nearest the current answer is the one worth telling. */
function closer(candidate: AnswerValue, incumbent: AnswerValue | null | undefined, now: AnswerValue | undefined): boolean {
  if (typeof candidate !== 'number' || typeof incumbent !== 'number') return false;
  const from = typeof now === 'number' ? now : 0;
  return Math.abs(candidate - from) < Math.abs(incumbent - from);
}

/**
 * The answers worth trying in place of `now`. An unanswered question tries every answer. A number
 * tries one value per stretch between boundaries (every value in a stretch scores the same): the
 * one nearest the current answer, so a reported change is the smallest that does it.
 */
function candidateValues(question: Question, now: AnswerValue | undefined, boundaries: readonly number[]): AnswerValue[] {
  switch (question.kind) {
    case 'single':
      return question.options.map((o) => o.value).filter((v) => v !== now);
    case 'scale': {
      const values: number[] = [];
      for (let v = question.min; v <= question.max; v++) if (v !== now) values.push(v);
      return values;
    }
    case 'multi': {
      const all = question.options.map((o) => o.value);
      if (!Array.isArray(now)) return [[], ...all.map((v) => [v])];
      return all.map((v) => (now.includes(v) ? now.filter((x) => x !== v) : all.filter((x) => x === v || now.includes(x))));
    }
    case 'number': {
      const starts = [question.min, ...boundaries.filter((b) => b > question.min && b <= question.max)];
      const values: number[] = [];
      starts.forEach((start, i) => {
        const end = (starts[i + 1] ?? question.max + 1) - 1;
        if (typeof now === 'number' && now >= start && now <= end) return;
        values.push(typeof now === 'number' && now > end ? end : start);
      });
      return values;
    }
  }
}
