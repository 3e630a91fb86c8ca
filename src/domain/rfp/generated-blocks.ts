import { CRITERIA } from './constants.ts';
import type { BuildContext, ModelScope } from './context.ts';
import type { Inline, RfpBlock } from './document.ts';
import { evaluationWeights } from './evaluation-weights.ts';
import { makeField, resolvePlain, resolveText } from './inline.ts';
import { kpisFor, risksFor } from './model-facts.ts';
import type { RfpLeafBlockContent } from '../schemas/rfp.ts';

type Of<K extends RfpLeafBlockContent['kind']> = Extract<RfpLeafBlockContent, { kind: K }>;

const text = (value: string, strong = false): Inline =>
  strong ? { kind: 'text', text: value, strong: true } : { kind: 'text', text: value };
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The chosen options of a multi-choice question as a list, or the `empty` sentence when there are none. */
export function answerList(block: Of<'answer-list'>, ctx: BuildContext, scope?: ModelScope): RfpBlock {
  const question = ctx.content.questions.find((q) => q.id === block.question);
  const value = ctx.answers[block.question];
  const chosen =
    question && question.kind === 'multi' && Array.isArray(value) ? question.options.filter((o) => value.includes(o.value)) : [];
  if (chosen.length === 0) return { kind: 'paragraph', content: resolveText(block.empty, ctx, scope) };
  return { kind: 'list', ordered: false, items: chosen.map((o) => [text(o.label)]) };
}

/** Twelve month rows of empty fields for the buyer's history; field ids history-<table>-<column>-m01 ... m12. */
export function monthlyTable(block: Of<'monthly-table'>, ctx: BuildContext, scope?: ModelScope): RfpBlock {
  return {
    kind: 'table',
    caption: resolvePlain(block.caption, ctx, scope),
    header: ['Month', ...block.columns.map((c) => c.label)],
    rows: MONTHS.map((month) => [
      [text(`Month ${month}`)],
      ...block.columns.map((c) => [makeField(ctx, `history-${block.id}-${c.id}-m${String(month).padStart(2, '0')}`, c.label, 'text')]),
    ]),
  };
}

/** One row per KPI of the model: the measure, a target to fill in (kpi-target-<MODEL>-<kpi>), how it is measured. */
export function kpiTable(block: Of<'kpi-table'>, ctx: BuildContext, scope: ModelScope): RfpBlock {
  return {
    kind: 'table',
    caption: resolvePlain(block.caption, ctx, scope),
    header: ['Measure', 'Target', 'How it is measured'],
    rows: kpisFor(ctx, scope.model).map((kpi) => [
      kpi.emphasised ? [text(kpi.name, true), text(' (priority)')] : [text(kpi.name)],
      [makeField(ctx, `kpi-target-${scope.model}-${kpi.id}`, 'Target', 'text')],
      [text(kpi.howMeasured)],
    ]),
  };
}

/** Each of the model's risks turned into a question for bidders. */
export function riskQuestions(block: Of<'risk-questions'>, ctx: BuildContext, scope: ModelScope): RfpBlock[] {
  const risks = risksFor(ctx, scope.model);
  if (risks.length === 0) return [];
  const question = resolveText(block.question, ctx, scope);
  return [
    {
      kind: 'list',
      ordered: true,
      items: risks.map((risk) => [text(`${risk.title}.`, true), text(` ${risk.description} `), ...question]),
    },
  ];
}

/** The criteria with their weights for these answers and models, and a total row. */
export function evaluationTable(block: Of<'evaluation-table'>, ctx: BuildContext): RfpBlock {
  const weights = evaluationWeights(block.criteria, ctx.answers, ctx.models);
  return {
    kind: 'table',
    caption: resolvePlain(block.caption, ctx),
    header: ['Criterion', 'What we look at', 'Weight'],
    rows: [
      ...CRITERIA.map((id) => [
        [text(block.criteria[id].name)],
        resolveText(block.criteria[id].description, ctx),
        [text(`${weights[id]}%`)],
      ]),
      [[text('Total', true)], [], [text('100%', true)]],
    ],
  };
}

/** The recommendation's advice for its set as a whole (for "keep it in-house": when to look again). */
export function recommendationNotes(ctx: BuildContext): RfpBlock[] {
  const notes = ctx.recommendation.notes.filter((n) => n.model === null);
  return notes.length === 0 ? [] : [{ kind: 'list', ordered: false, items: notes.map((n) => [text(n.text)]) }];
}
