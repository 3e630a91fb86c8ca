import type { AnswerValue } from '../answers/answers.ts';
import { formatAnswer } from '../answers/format-answer.ts';
import type { CostContent, RecommendContent } from '../content.ts';
import { costView, type Range } from '../cost/cost-view.ts';
import { recommend } from '../engine/recommend.ts';
import type { Recommendation } from '../engine/recommendation.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { Scenario } from './scenario.ts';

/** A question answered differently in at least one scenario. */
export interface AnswerDifference {
  readonly question: string;
  readonly short: string;
  /** The answer in words, one per scenario ("not sure" when it was left open). */
  readonly values: readonly string[];
  /** Per scenario, whether its answer differs from the first scenario's (the first is never marked). */
  readonly differs: readonly boolean[];
}

/** One answer's part in a model's score, in one scenario. */
export interface ReasonCell {
  readonly points: number;
  readonly text: string;
}

/** A reason (one answer's part in one model's score) that is not the same in every scenario. */
export interface ReasonDifference {
  readonly model: ModelId;
  readonly question: string;
  readonly short: string;
  /** Per scenario, the reason, or null when that answer gave the model no points there. */
  readonly cells: readonly (ReasonCell | null)[];
  readonly differs: readonly boolean[];
}

/**
 * Scenarios side by side, from the same engine as the results page. The cost view does not exist
 * yet: when it does, its figures per scenario belong here beside `results`, and the compare view
 * shows their difference where it now has its marked place for it.
 */
export interface Comparison {
  readonly scenarios: readonly Scenario[];
  readonly results: readonly Recommendation[];
  /** Per model, whether its score or its range is not the same in every scenario. */
  readonly scoresDiffer: Readonly<Record<ModelId, boolean>>;
  /** Only the questions answered differently, in questionnaire order. */
  readonly answers: readonly AnswerDifference[];
  /** Only the reasons that differ, model by model, strongest first as in the first scenario that has them. */
  readonly reasons: readonly ReasonDifference[];
  /** Per model recommended in any scenario, what outsourcing it saves (or costs) over each scenario's years compared. */
  readonly costs: readonly CostDifference[];
}

/** One model's cost view in every scenario: the difference over the years compared, or null with the figures it needs. */
export interface CostDifference {
  readonly model: ModelId;
  readonly cells: readonly {
    readonly total: Range | null;
    readonly years: number;
    readonly currency: string | null;
    readonly missing: number;
  }[];
  readonly differs: readonly boolean[];
}

function key(value: AnswerValue | undefined): string {
  return value === undefined ? '' : JSON.stringify(value);
}

function differsFromFirst<T>(cells: readonly T[], same: (a: T, b: T) => boolean): boolean[] {
  const [first] = cells;
  return cells.map((cell, i) => i > 0 && first !== undefined && !same(first, cell));
}

const sameReason = (a: ReasonCell | null, b: ReasonCell | null): boolean =>
  a === b || (a !== null && b !== null && a.points === b.points && a.text === b.text);

/** Works out each scenario's recommendation and what differs between them. */
export function compareScenarios(content: RecommendContent & CostContent, scenarios: readonly Scenario[]): Comparison {
  const results = scenarios.map((s) => recommend(content, s.file.answers));

  const answers: AnswerDifference[] = [];
  for (const question of content.questions) {
    const raw = scenarios.map((s) => s.file.answers[question.id]);
    const keys = raw.map(key);
    if (keys.every((k) => k === keys[0])) continue;
    answers.push({
      question: question.id,
      short: question.short,
      values: raw.map((value) => formatAnswer(question, value)),
      differs: differsFromFirst(keys, (a, b) => a === b),
    });
  }

  const reasons: ReasonDifference[] = [];
  for (const model of MODEL_IDS) {
    const questions: string[] = [];
    for (const result of results) for (const r of result.reasons[model]) if (!questions.includes(r.question)) questions.push(r.question);
    for (const question of questions) {
      const cells = results.map((result): ReasonCell | null => {
        const reason = result.reasons[model].find((r) => r.question === question);
        return reason ? { points: reason.points, text: reason.text } : null;
      });
      const differs = differsFromFirst(cells, sameReason);
      if (!differs.includes(true)) continue;
      const short = content.questions.find((q) => q.id === question)?.short ?? question;
      reasons.push({ model, question, short, cells, differs });
    }
  }

  const scoresDiffer = {} as Record<ModelId, boolean>;
  for (const model of MODEL_IDS) {
    const shown = results.map((r) => `${r.scores[model]} ${r.ranges[model].low} ${r.ranges[model].high}`);
    scoresDiffer[model] = shown.some((s) => s !== shown[0]);
  }
  const costed = MODEL_IDS.filter((model) => results.some((r) => r.recommendation.models.includes(model)));
  const views = scenarios.map((s) => costView(content, s.file.answers, costed));
  const costs: CostDifference[] = costed.map((model) => {
    const cells = views.map((view) => {
      const cost = view.models.find((m) => m.model === model);
      return { total: cost?.totalDifference ?? null, years: view.years, currency: view.currency, missing: cost?.missing.length ?? 0 };
    });
    const keys = cells.map((c) => JSON.stringify(c));
    return { model, cells, differs: differsFromFirst(keys, (a, b) => a === b) };
  });
  return { scenarios, results, scoresDiffer, answers, reasons, costs };
}
