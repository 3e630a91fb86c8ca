import type { AnswerValue } from '../answers/answers.ts';
import { formatAnswer } from '../answers/format-answer.ts';
import type { ScoringContent } from '../content.ts';
import { MODEL_IDS } from '../model-ids.ts';
import type { Question } from '../schemas/question.ts';
import { compileContent, factsAbout, numberBoundaries, type CompiledContent } from './compile.ts';
import type { Fact } from '../schemas/condition.ts';
import { factTruth, TRUE } from './evaluate.ts';

/** One answer "what would change this" tries in place of the current one. */
export interface Candidate {
  readonly value: AnswerValue;
  /** The answer in words, as a change reports it. */
  readonly words: string;
  /**
   * The rules that read only this question and turn with this answer, against the answer it was
   * tried in place of: a rule's position when it comes to hold, ~position (negative) when it stops.
   */
  readonly flips: readonly number[];
}

/** Per question, what changing its answer can reach, and the answers worth trying. */
export interface QuestionCandidates {
  /** The point-scoring rules whose result may change with this answer (directly or by showing or hiding a question). */
  readonly affected: readonly number[];
  /** Those of `affected` that read another question too: tested for each candidate (the others are in its flips). */
  readonly tested: readonly number[];
  /** The questions this answer may show or hide, directly or through another, in questionnaire order. */
  readonly dependents: readonly number[];
  /** Per model (MODEL_IDS order), the most points the affected rules could move its total by. */
  readonly reach: readonly number[];
  /** Per model, each affected rule's points for it, in the order of `affected`. */
  readonly points: readonly Int32Array[];
  /** The answers worth trying in place of `now`, in the order they are reported. */
  readonly tries: (now: AnswerValue | undefined) => readonly Candidate[];
}

/** Every question's candidates, and the questions worth trying at all. */
export interface ContentCandidates {
  /** Per question, in questionnaire order. */
  readonly byQuestion: readonly QuestionCandidates[];
  /**
   * Positions of the questions whose answer can move a score and that the client can change (not
   * `whatIf: false`, such as their industry): the only ones "what would change this" looks at.
   */
  readonly tried: readonly number[];
}

const cache = new WeakMap<ScoringContent, ContentCandidates>();

/**
 * Per question (questionnaire order), built once per content object. The answers worth trying
 * instead of an answer are worked out once per answer and remembered, with their words: a question
 * has few answers that differ here (a number: one per stretch between boundaries), and they come
 * up again and again.
 */
export function candidatesOf(content: ScoringContent): ContentCandidates {
  const cached = cache.get(content);
  if (cached) return cached;
  const compiled = compileContent(content);
  // Where numbers change any fact (not only scoring ones), and the facts of point-scoring rules and
  // showIfs per question: what the candidates are chosen by (kept out of the compiled content, which
  // every first page load builds).
  const showIfs = content.questions.flatMap((q) => (q.showIf ? [q.showIf] : []));
  const boundaries = numberBoundaries([...content.rules.map((r) => r.when), ...showIfs]);
  const scoring = [...content.rules.filter((_, i) => compiled.ruleScores[i]).map((r) => r.when), ...showIfs];
  const result = content.questions.map((question, index): QuestionCandidates => {
    // This question and those it shows or hides, directly or through another (a showIf reads only earlier questions).
    const reached = [index];
    compiled.showReads.forEach((reads, shown) => reads.some((q) => reached.includes(q)) && reached.push(shown));
    const affected = compiled.ruleReads.flatMap((reads, rule) =>
      compiled.ruleScores[rule] && reads.some((q) => reached.includes(q)) ? [rule] : [],
    );
    const starts = question.kind === 'number' ? stretchStarts(question, boundaries.get(question.id) ?? []) : [];
    const known = new Map<unknown, readonly Candidate[]>();
    const facts = factsAbout(scoring, question.id);
    return {
      affected,
      tested: affected.filter((rule) => !isSolo(compiled, rule, index)),
      dependents: reached.slice(1),
      reach: MODEL_IDS.map((_, m) => affected.reduce((sum, rule) => sum + Math.abs(compiled.rulePoints[rule]?.[m] ?? 0), 0)),
      points: MODEL_IDS.map((_, m) => Int32Array.from(affected, (rule) => compiled.rulePoints[rule]?.[m] ?? 0)),
      tries: (now) => {
        const key = keyOf(question, now, starts);
        let list = key === null ? undefined : known.get(key);
        if (!list) {
          list = tryInstead(compiled, facts, question, index, now, starts);
          if (key !== null) known.set(key, list);
        }
        return list;
      },
    };
  });
  const candidates: ContentCandidates = {
    byQuestion: result,
    tried: content.questions.flatMap((question, index) =>
      question.whatIf !== false && (result[index]?.affected.length ?? 0) > 0 ? [index] : [],
    ),
  };
  cache.set(content, candidates);
  return candidates;
}

/** Where a number's boundaries cut its range: every value from one start to the next scores the same. */
function stretchStarts(question: Question & { kind: 'number' }, boundaries: readonly number[]): number[] {
  return [question.min, ...boundaries.filter((b) => b > question.min && b <= question.max)];
}

/**
 * What an answer is remembered by: a number by its stretch (null outside the question's range), a
 * multi-choice answer by its options in its order (answers are valid here: options never hold a
 * comma), anything else by itself.
 */
function keyOf(question: Question, now: AnswerValue | undefined, starts: readonly number[]): unknown {
  if (Array.isArray(now)) return now.join(',');
  if (question.kind !== 'number' || typeof now !== 'number') return now;
  if (now < question.min || now > question.max) return null;
  let stretch = 0;
  while (stretch + 1 < starts.length && now >= (starts[stretch + 1] ?? 0)) stretch++;
  return stretch;
}

/**
 * The answers worth trying in place of `now`. An unanswered question tries every answer. Answers
 * that every scoring fact reads alike score alike, so one of each is tried, and none alike to `now`.
 * A number tries one value per stretch between boundaries (every value in a stretch scores the
 * same): the one nearest the current answer, so a reported change is the smallest that does it.
 */
function tryInstead(
  compiled: CompiledContent,
  facts: readonly Fact[],
  question: Question,
  index: number,
  now: AnswerValue | undefined,
  starts: readonly number[],
): Candidate[] {
  // The facts' three-valued results as the digits of one base-3 number.
  const signature = (value: AnswerValue | undefined): number => facts.reduce((key, f) => key * 3 + factTruth(f, value), 0);
  const tried = new Set<number>([signature(now)]);
  const out: Candidate[] = [];
  for (const value of candidateValues(question, now, starts, compiled.domains[index] ?? [])) {
    if (question.kind !== 'number') {
      const key = signature(value);
      if (tried.has(key)) continue;
      tried.add(key);
    }
    out.push({ value, words: formatAnswer(question, value), flips: flipsOf(compiled, index, now, value) });
  }
  return out;
}

/** Whether a rule reads this question and no other. */
function isSolo(compiled: CompiledContent, rule: number, index: number): boolean {
  const reads = compiled.ruleReads[rule] ?? [];
  return reads.length === 1 && reads[0] === index;
}

/** The point-scoring rules reading only this question whose truth differs between `now` and `value` (Candidate.flips). */
function flipsOf(compiled: CompiledContent, index: number, now: AnswerValue | undefined, value: AnswerValue): number[] {
  const vector: (AnswerValue | undefined)[] = compiled.domains.map(() => undefined);
  const holds = (rule: number, answer: AnswerValue | undefined): boolean => {
    vector[index] = answer;
    return compiled.ruleTests[rule]?.(vector) === TRUE;
  };
  const flips: number[] = [];
  compiled.ruleReads.forEach((_, rule) => {
    if (!compiled.ruleScores[rule] || !isSolo(compiled, rule, index)) return;
    const before = holds(rule, now);
    const after = holds(rule, value);
    if (before !== after) flips.push(after ? rule : ~rule);
  });
  return flips;
}

function candidateValues(
  question: Question,
  now: AnswerValue | undefined,
  starts: readonly number[],
  domain: readonly AnswerValue[],
): readonly AnswerValue[] {
  switch (question.kind) {
    case 'single':
    case 'scale':
      // Already one answer per way the scoring facts read it; the one read like `now` is left out above.
      return domain;
    case 'multi': {
      const all = question.options.map((o) => o.value);
      if (!Array.isArray(now)) return [[], ...all.map((v) => [v])];
      return all.map((v) => (now.includes(v) ? now.filter((x) => x !== v) : all.filter((x) => x === v || now.includes(x))));
    }
    case 'number': {
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
