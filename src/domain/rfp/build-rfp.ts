import { resolveVisibility } from '../answers/visibility.ts';
import type { TenderContent } from '../content.ts';
import { buildBlocks } from './blocks.ts';
import type { BuildContext } from './context.ts';
import type { DocumentBrand } from '../schemas/brand.ts';
import type { FieldNode, Inline, Letterhead, RfpBlock, RfpDocument, RfpInput, RfpOptions, RfpSection } from './document.ts';
import { outlineRfp } from './outline.ts';
import { defaultTimeline } from './timeline.ts';

/**
 * The RFP draft for a recommendation, as numbered sections of structured blocks (never HTML),
 * from the sections in content/rfp/ whose conditions hold for the answers and tendered models.
 *
 * - Tendered models: `options.models` when given, else the recommended set, in the order HRO, RPO,
 *   BPO, KPO. Several models make one tender with a lot per model and an integrated-bid option.
 * - No models (keep it in-house, or `models: []`): the short "nothing-to-tender" document, a cover
 *   and a section saying why there is nothing to tender yet and when to look again. Pass `models`
 *   to draft a tender anyway; for a model that was not recommended, its KPIs are all of the
 *   model's and its risks are the model's standing ones.
 * - `options.brand` gives the letterhead (name, contact line) and the default "Prepared by".
 * - Things only the buyer knows are fields; `options.edits` fills them by id, so every render of
 *   the same document carries the same entries. Dates default from `options.today` (the caller
 *   reads the clock; this never does).
 *
 * Pure and deterministic. Throws a RangeError only when `options.today` is not a YYYY-MM-DD date.
 */
export function buildRfp(content: TenderContent, input: RfpInput, options: RfpOptions): RfpDocument {
  const { kind, title, models, toc } = outlineRfp(
    content.models,
    content.rfp,
    options.models ?? input.recommendation.recommendation.models,
  );
  const included = content.rfp.filter((s) => s.documents.includes(kind));
  const base: Omit<BuildContext, 'sectionId'> = {
    content,
    recommendation: input.recommendation,
    answers: resolveVisibility(content, input.answers).effective,
    meta: input.meta,
    kind,
    models,
    timeline: defaultTimeline(options.today),
    edits: options.edits ?? {},
    toc,
    ...(options.brand?.preparedBy ? { defaultAuthor: options.brand.preparedBy } : {}),
  };
  const sections: RfpSection[] = included.map((section, i) => ({
    id: section.id,
    number: i + 1,
    title: section.title,
    blocks: buildBlocks(section.blocks, { ...base, sectionId: section.id }),
  }));
  return {
    kind,
    title,
    models,
    sections,
    fields: collectFields(sections),
    ...(options.brand ? { brand: letterhead(options.brand) } : {}),
  };
}

function letterhead(brand: DocumentBrand): Letterhead {
  return brand.contact ? { name: brand.name, contact: brand.contact } : { name: brand.name };
}

/** Every field once, in order of first appearance. */
function collectFields(sections: readonly RfpSection[]): FieldNode[] {
  const seen = new Map<string, FieldNode>();
  const visit = (nodes: readonly Inline[]): void => {
    for (const node of nodes) if (node.kind === 'field' && !seen.has(node.id)) seen.set(node.id, node);
  };
  const inBlock = (block: RfpBlock): void => {
    switch (block.kind) {
      case 'paragraph':
        return visit(block.content);
      case 'list':
        return block.items.forEach(visit);
      case 'facts':
        return block.items.forEach((item) => visit(item.value));
      case 'table':
        return block.rows.forEach((row) => row.forEach(visit));
      case 'heading':
      case 'toc':
        return;
    }
  };
  sections.forEach((section) => section.blocks.forEach(inBlock));
  return [...seen.values()];
}
