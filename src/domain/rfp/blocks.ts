import type { RfpBlockContent, RfpLeafBlockContent } from '../schemas/rfp.ts';
import type { BuildContext, ModelScope } from './context.ts';
import type { RfpBlock } from './document.ts';
import { passesGate } from './gate.ts';
import { answerList, evaluationTable, kpiTable, monthlyTable, recommendationNotes, riskQuestions } from './generated-blocks.ts';
import { modelName, resolvePlain, resolveText } from './inline.ts';

/** The document blocks for a section's content blocks, skipping those whose conditions fail. */
export function buildBlocks(blocks: readonly RfpBlockContent[], ctx: BuildContext): RfpBlock[] {
  return blocks.flatMap((block) => {
    if (!passesGate(block, ctx.answers, ctx.models)) return [];
    return block.kind === 'each-model' ? eachModel(block, ctx) : leaf(block, ctx);
  });
}

function eachModel(block: Extract<RfpBlockContent, { kind: 'each-model' }>, ctx: BuildContext): RfpBlock[] {
  const several = ctx.models.length > 1;
  return ctx.models.flatMap((model, index) => {
    const scope: ModelScope = { model, lot: index + 1 };
    const own = [...(block.parts[model] ?? []), ...(block.every ?? [])].flatMap((b) =>
      passesGate(b, ctx.answers, ctx.models) ? leaf(b, ctx, scope) : [],
    );
    if (own.length === 0 || !several) return own;
    const name = modelName(ctx.content, model);
    const text = block.heading === 'lot' ? `Lot ${scope.lot}: ${name}` : name;
    return [{ kind: 'heading', id: `${ctx.sectionId}-${model.toLowerCase()}`, text } satisfies RfpBlock, ...own];
  });
}

function leaf(block: RfpLeafBlockContent, ctx: BuildContext, scope?: ModelScope): RfpBlock[] {
  switch (block.kind) {
    case 'paragraph':
      return [{ kind: 'paragraph', content: resolveText(block.text, ctx, scope) }];
    case 'list': {
      const items = block.items.flatMap((item) =>
        typeof item === 'string'
          ? [resolveText(item, ctx, scope)]
          : passesGate(item, ctx.answers, ctx.models)
            ? [resolveText(item.text, ctx, scope)]
            : [],
      );
      return items.length === 0 ? [] : [{ kind: 'list', ordered: block.ordered ?? false, items }];
    }
    case 'heading':
      return [
        {
          kind: 'heading',
          id: `${ctx.sectionId}-${block.id}${scope ? `-${scope.model.toLowerCase()}` : ''}`,
          text: resolvePlain(block.text, ctx, scope),
        },
      ];
    case 'facts': {
      const items = block.items
        .filter((item) => passesGate(item, ctx.answers, ctx.models))
        .map((item) => ({ term: item.term, value: resolveText(item.text, ctx, scope) }));
      return items.length === 0 ? [] : [{ kind: 'facts', items }];
    }
    case 'table':
      return [
        {
          kind: 'table',
          caption: resolvePlain(block.caption, ctx, scope),
          header: block.header,
          rows: block.rows.map((row) => row.map((cell) => resolveText(cell, ctx, scope))),
        },
      ];
    case 'answer-list':
      return [answerList(block, ctx, scope)];
    case 'monthly-table':
      return [monthlyTable(block, ctx, scope)];
    case 'kpi-table':
      return scope ? [kpiTable(block, ctx, scope)] : [];
    case 'risk-questions':
      return scope ? riskQuestions(block, ctx, scope) : [];
    case 'evaluation-table':
      return [evaluationTable(block, ctx)];
    case 'toc':
      return [{ kind: 'toc', entries: ctx.toc }];
    case 'recommendation-notes':
      return recommendationNotes(ctx);
  }
}
