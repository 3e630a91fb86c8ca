import type { Answers, Meta } from '../../../src/domain/answers/answers.ts';
import { recommend } from '../../../src/domain/engine/recommend.ts';
import { buildRfp } from '../../../src/domain/rfp/build-rfp.ts';
import type { Inline, RfpBlock, RfpDocument, RfpOptions } from '../../../src/domain/rfp/document.ts';
import { content } from './content.ts';

export const TODAY = '2026-03-02';

/** The RFP for answers as the page and the CLI build it: recommend first, then buildRfp. */
export function rfpFor(answers: Answers, meta: Meta = {}, options: Partial<RfpOptions> = {}): RfpDocument {
  return buildRfp(content, { recommendation: recommend(content, answers), answers, meta }, { today: TODAY, ...options });
}

function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.kind === 'text' ? n.text : (n.value ?? `[${n.label}]`))).join('');
}

/** Every word of a block as plain text, fields as their value or [label]. */
export function blockText(block: RfpBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return inlineText(block.content);
    case 'list':
      return block.items.map(inlineText).join('\n');
    case 'heading':
      return block.text;
    case 'facts':
      return block.items.map((i) => `${i.term}: ${inlineText(i.value)}`).join('\n');
    case 'table':
      return [block.caption, block.header.join(' | '), ...block.rows.map((r) => r.map(inlineText).join(' | '))].join('\n');
    case 'toc':
      return block.entries.map((e) => `${e.number}. ${e.title}`).join('\n');
  }
}

export function sectionText(doc: RfpDocument, id: string): string {
  const section = doc.sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section "${id}" in ${doc.sections.map((s) => s.id).join(', ')}`);
  return section.blocks.map(blockText).join('\n');
}

/** Every inline node in the document, in order. */
export function allInlines(doc: RfpDocument): Inline[] {
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap((b): Inline[] => {
      switch (b.kind) {
        case 'paragraph':
          return [...b.content];
        case 'list':
          return b.items.flat();
        case 'facts':
          return b.items.flatMap((i) => i.value);
        case 'table':
          return b.rows.flat(2);
        default:
          return [];
      }
    }),
  );
}
