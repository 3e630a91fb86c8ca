import { CRITERIA, RFP_DOCUMENT_KINDS } from '../rfp/constants.ts';
import { conditionSchema } from './condition.ts';
import { answerIdSchema, modelIdSchema, slugSchema } from './ids.ts';
import { z } from './zod.ts';

const template = z.string().min(1).meta({
  description:
    'Text with placeholders: {client}, {preparedBy}, {models}, {answer:question_id}, {field:id|Label} or {field:id|Label|Suggested value}, {date:timeline-key|Label}; inside "each-model" also {model}, {modelName} and {lot}.',
});

/** Which recommended (or chosen) models a block needs; every constraint given must hold. */
export const modelsConditionSchema = z
  .strictObject({
    any: z.array(modelIdSchema).min(1).optional().meta({ description: 'At least one of these models is tendered.' }),
    all: z.array(modelIdSchema).min(1).optional().meta({ description: 'Every one of these models is tendered.' }),
    none: z.array(modelIdSchema).min(1).optional().meta({ description: 'None of these models is tendered.' }),
    minCount: z.number().int().min(1).max(4).optional().meta({ description: 'At least this many models are tendered (2: a combination).' }),
  })
  .refine((c) => c.any ?? c.all ?? c.none ?? c.minCount, 'give at least one of any, all, none or minCount');
export type ModelsCondition = z.output<typeof modelsConditionSchema>;

const gate = {
  when: conditionSchema
    .optional()
    .meta({ description: 'Shown only when this holds for the answers (hidden questions count as unanswered).' }),
  ifModels: modelsConditionSchema.optional(),
};

const gatedText = z.union([template, z.strictObject({ text: template, ...gate })]);
export type GatedText = z.output<typeof gatedText>;

const paragraph = z.strictObject({ kind: z.literal('paragraph'), text: template, ...gate });
const list = z.strictObject({ kind: z.literal('list'), ordered: z.boolean().optional(), items: z.array(gatedText).min(1), ...gate });
const heading = z.strictObject({ kind: z.literal('heading'), id: slugSchema, text: template, ...gate });
const facts = z.strictObject({
  kind: z.literal('facts'),
  items: z.array(z.strictObject({ term: z.string().min(1), text: template, ...gate })).min(1),
  ...gate,
});
const table = z
  .strictObject({
    kind: z.literal('table'),
    caption: template,
    header: z.array(z.string().min(1)).min(1),
    rows: z.array(z.array(template)).min(1),
    ...gate,
  })
  .refine((t) => t.rows.every((row) => row.length === t.header.length), 'every row needs one cell per header');
const answerList = z.strictObject({
  kind: z.literal('answer-list'),
  question: answerIdSchema.meta({ description: 'A multi-choice question: its chosen options become the list.' }),
  empty: template.meta({ description: 'Shown instead when none (or nothing) was chosen.' }),
  ...gate,
});
const monthlyTable = z.strictObject({
  kind: z.literal('monthly-table'),
  id: slugSchema.meta({ description: 'Field ids are history-<id>-<column>-m01 ... m12.' }),
  caption: template,
  columns: z.array(z.strictObject({ id: slugSchema, label: z.string().min(1) })).min(1),
  ...gate,
});
const kpiTable = z.strictObject({
  kind: z.literal('kpi-table'),
  caption: template.meta({ description: "The model's KPIs from the recommendation, with a target to fill in. Only inside each-model." }),
  ...gate,
});
const riskQuestions = z.strictObject({
  kind: z.literal('risk-questions'),
  question: template.meta({ description: "Asked of bidders after each of the model's risks. Only inside each-model." }),
  ...gate,
});
/** Points added to a criterion's weight before the weights are scaled to 100; every condition given must hold. */
const weightAdjustment = z.strictObject({
  points: z
    .number()
    .int()
    .min(-50)
    .max(50)
    .refine((n) => n !== 0, 'points must not be 0'),
  when: conditionSchema.optional().meta({ description: 'The answers for which it applies (hidden questions count as unanswered).' }),
  models: z.array(modelIdSchema).min(1).optional().meta({ description: 'Applies only when at least one of these models is tendered.' }),
  minModels: z.number().int().min(2).max(4).optional().meta({ description: 'Applies only when at least this many models are tendered.' }),
});
export type WeightAdjustment = z.output<typeof weightAdjustment>;

const criterion = z.strictObject({
  name: z.string().min(1),
  description: template,
  weight: z
    .number()
    .int()
    .min(1)
    .max(100)
    .meta({ description: 'Its weight before adjustments; all weights are then scaled to add up to 100%.' }),
  adjustments: z.array(weightAdjustment).default([]).meta({
    description: 'Points added (or, when negative, taken) for some answers or models, e.g. compliance when compliance is complex.',
  }),
});
export type EvaluationCriterion = z.output<typeof criterion>;

const evaluationTable = z.strictObject({
  kind: z.literal('evaluation-table'),
  caption: template,
  criteria: z
    .record(z.enum(CRITERIA), criterion)
    .meta({ description: 'A name, what is looked at, and the weight and its adjustments, for every criterion.' }),
  ...gate,
});
const toc = z.strictObject({ kind: z.literal('toc'), ...gate });
const recommendationNotes = z.strictObject({ kind: z.literal('recommendation-notes'), ...gate });

/** A block as written in content/rfp: text with placeholders, or a slot the builder fills from the answers and recommendation. */
export const rfpLeafBlockSchema = z.discriminatedUnion('kind', [
  paragraph,
  list,
  heading,
  facts,
  table,
  answerList,
  monthlyTable,
  kpiTable,
  riskQuestions,
  evaluationTable,
  toc,
  recommendationNotes,
]);
export type RfpLeafBlockContent = z.output<typeof rfpLeafBlockSchema>;

const modelParts = z.strictObject({
  HRO: z.array(rfpLeafBlockSchema).optional(),
  RPO: z.array(rfpLeafBlockSchema).optional(),
  BPO: z.array(rfpLeafBlockSchema).optional(),
  KPO: z.array(rfpLeafBlockSchema).optional(),
});

/** Repeats for every tendered model, in the order HRO, RPO, BPO, KPO, under a heading when there are several. */
const eachModelSchema = z.strictObject({
  kind: z.literal('each-model'),
  heading: z
    .enum(['model', 'lot'])
    .meta({ description: '"lot": "Lot 2: Recruitment process outsourcing (RPO)"; "model": the name alone.' }),
  parts: modelParts.meta({ description: "Blocks for one model only, shown in that model's part." }),
  every: z.array(rfpLeafBlockSchema).optional().meta({ description: "Blocks shown in every model's part, after its own." }),
  ...gate,
});

export const rfpBlockSchema = z.discriminatedUnion('kind', [...rfpLeafBlockSchema.options, eachModelSchema]);
export type RfpBlockContent = z.output<typeof rfpBlockSchema>;

/** One section of the RFP, one file in content/rfp/. Sections are numbered in `order` among those the document includes. */
export const rfpSectionSchema = z.strictObject({
  id: slugSchema,
  order: z.number().int().min(1),
  title: z.string().min(1),
  documents: z
    .array(z.enum(RFP_DOCUMENT_KINDS))
    .min(1)
    .meta({ description: '"tender": the RFP; "nothing-to-tender": the short note when no model is tendered.' }),
  blocks: z.array(rfpBlockSchema).min(1),
});
export type RfpSectionContent = z.output<typeof rfpSectionSchema>;
