import type { Condition } from '../schemas/condition.ts';
import type { Question } from '../schemas/question.ts';
import type { GatedText, RfpBlockContent, RfpLeafBlockContent, RfpSectionContent } from '../schemas/rfp.ts';
import { isTimelineKey, RFP_DOCUMENT_KINDS, TIMELINE_KEYS } from './constants.ts';
import { parseTemplate } from './template.ts';

export interface RfpCheckTools {
  readonly question: (id: string) => Question | undefined;
  /** Checks that a condition names real questions and options, reporting against `file`. */
  readonly condition: (file: string, condition: Condition, path: string) => void;
  readonly report: (file: string, path: string, message: string) => void;
}

// Ids the builder makes itself; a content field with one of these would share their value.
const RESERVED = /^(?:answer-|date-|history-|kpi-target-|client-name$|prepared-by$)/;
const MODEL_ONLY = new Set(['model', 'modelName', 'lot']);
const PLAIN_ONLY = new Set(['literal', 'models', 'model', 'modelName', 'lot']);

interface Where {
  readonly file: string;
  readonly inModel: boolean;
  readonly fields: Map<string, { label: string; defaultValue: string | undefined; at: string }>;
}

/**
 * Cross-checks content/rfp that zod cannot see: conditions name real questions and options,
 * placeholders are well formed and name real questions and timeline dates, model-only blocks
 * and placeholders sit inside "each-model", headings and captions hold no typed text, one field
 * id means one field everywhere, and each document has sections with unique ids and orders.
 */
export function checkRfpContent(sections: readonly { file: string; data: RfpSectionContent }[], tools: RfpCheckTools): void {
  const fields: Where['fields'] = new Map();
  const ids = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const { file, data } of sections) {
    const other = ids.get(data.id);
    if (other) tools.report(file, 'id', `section id "${data.id}" is also used by ${other}`);
    ids.set(data.id, file);
    const sameOrder = orders.get(data.order);
    if (sameOrder) tools.report(file, 'order', `order ${data.order} is also used by ${sameOrder}`);
    orders.set(data.order, file);
    const headings = new Set<string>();
    data.blocks.forEach((block, i) => checkBlock(block, `blocks[${i}]`, { file, inModel: false, fields }, tools, headings));
  }
  for (const kind of RFP_DOCUMENT_KINDS) {
    if (!sections.some((s) => s.data.documents.includes(kind)))
      tools.report('content/rfp', 'documents', `no section belongs to the "${kind}" document`);
  }
}

function checkBlock(block: RfpBlockContent, path: string, where: Where, tools: RfpCheckTools, headings: Set<string>): void {
  checkGate(block, path, where, tools);
  if (block.kind !== 'each-model') return checkLeaf(block, path, where, tools, headings);
  const inModel = { ...where, inModel: true };
  for (const [model, blocks] of Object.entries(block.parts)) {
    blocks?.forEach((b, i) => checkBlock(b, `${path}.parts.${model}[${i}]`, inModel, tools, headings));
  }
  block.every?.forEach((b, i) => checkBlock(b, `${path}.every[${i}]`, inModel, tools, headings));
}

function checkGate(item: { when?: Condition | undefined }, path: string, where: Where, tools: RfpCheckTools): void {
  if (item.when) tools.condition(where.file, item.when, `${path}.when`);
}

function checkLeaf(block: RfpLeafBlockContent, path: string, where: Where, tools: RfpCheckTools, headings: Set<string>): void {
  const text = (template: string, at: string, plain = false): void => checkTemplate(template, `${path}.${at}`, where, tools, plain);
  switch (block.kind) {
    case 'paragraph':
      return text(block.text, 'text');
    case 'list':
      return block.items.forEach((item: GatedText, i) => {
        if (typeof item === 'string') return text(item, `items[${i}]`);
        checkGate(item, `${path}.items[${i}]`, where, tools);
        text(item.text, `items[${i}].text`);
      });
    case 'heading':
      if (headings.has(block.id)) tools.report(where.file, `${path}.id`, `heading id "${block.id}" is used twice in this section`);
      headings.add(block.id);
      return text(block.text, 'text', true);
    case 'facts':
      return block.items.forEach((item, i) => {
        checkGate(item, `${path}.items[${i}]`, where, tools);
        text(item.text, `items[${i}].text`);
      });
    case 'table':
      text(block.caption, 'caption', true);
      return block.rows.forEach((row, r) => row.forEach((cell, c) => text(cell, `rows[${r}][${c}]`)));
    case 'answer-list': {
      const question = tools.question(block.question);
      if (!question) tools.report(where.file, `${path}.question`, `"${block.question}" is not a question`);
      else if (question.kind !== 'multi')
        tools.report(
          where.file,
          `${path}.question`,
          `"${block.question}" is a ${question.kind} question; an answer list needs a multi question`,
        );
      return text(block.empty, 'empty');
    }
    case 'monthly-table':
      return text(block.caption, 'caption', true);
    case 'kpi-table':
    case 'risk-questions':
      if (!where.inModel) tools.report(where.file, `${path}.kind`, `a "${block.kind}" block belongs inside an "each-model" block`);
      return block.kind === 'kpi-table' ? text(block.caption, 'caption', true) : text(block.question, 'question');
    case 'evaluation-table':
      text(block.caption, 'caption', true);
      return Object.entries(block.criteria).forEach(([id, c]) => {
        text(c.description, `criteria.${id}.description`);
        c.adjustments.forEach((a, i) => checkGate(a, `${path}.criteria.${id}.adjustments[${i}]`, where, tools));
      });
    case 'toc':
    case 'recommendation-notes':
      return;
  }
}

function checkTemplate(template: string, path: string, where: Where, tools: RfpCheckTools, plain: boolean): void {
  const report = (message: string): void => tools.report(where.file, path, message);
  const parsed = parseTemplate(template);
  parsed.errors.forEach(report);
  for (const part of parsed.parts) {
    if (plain && !PLAIN_ONLY.has(part.kind))
      report(`headings and captions take only {models}, {model}, {modelName} and {lot}, not {${part.kind}...}`);
    if (MODEL_ONLY.has(part.kind) && !where.inModel) report(`{${part.kind}} works only inside an "each-model" block`);
    if (part.kind === 'answer' && !tools.question(part.question)) report(`{answer:${part.question}} names no question`);
    if (part.kind === 'date' && !isTimelineKey(part.key))
      report(`{date:${part.key}} names no timeline date; use one of ${TIMELINE_KEYS.join(', ')}`);
    if (part.kind === 'field') {
      if (RESERVED.test(part.id)) report(`field id "${part.id}" is reserved for fields the builder makes; choose another`);
      const seen = where.fields.get(part.id);
      if (!seen) where.fields.set(part.id, { label: part.label, defaultValue: part.defaultValue, at: `${where.file}: ${path}` });
      else if (seen.label !== part.label || seen.defaultValue !== part.defaultValue)
        report(`field "${part.id}" has another label or suggested value at ${seen.at}; one id is one field`);
    }
  }
}
