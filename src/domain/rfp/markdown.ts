import { escapeMarkdown } from '../report/markdown.ts';
import type { Inline, RfpBlock, RfpDocument } from './document.ts';

/**
 * The RFP as Markdown (CommonMark with GFM tables). Typed text (names, the buyer's entries) is
 * escaped in full, so it shows as typed and never becomes Markdown link or image syntax or HTML
 * (viewers with GFM autolinks may still turn a bare http(s) or email address into a link); content text is escaped only where Markdown would read it as formatting. An empty field shows
 * as its label in square brackets, e.g. [Target]. The brand's letterhead, when there is one, is the
 * first line.
 */
export function rfpToMarkdown(doc: RfpDocument): string {
  const out: string[] = [];
  if (doc.brand)
    out.push(guardStart([`**${typed(doc.brand.name)}**`, ...(doc.brand.contact ? [typed(doc.brand.contact)] : [])].join(' · ')), '');
  out.push(`# ${content(doc.title)}`, '');
  for (const section of doc.sections) {
    out.push(`## ${section.number}. ${content(section.title)}`, '');
    let previous = '';
    for (const block of section.blocks) {
      // Two lists in a row with the same marker would merge into one; a different marker keeps them apart.
      const kind = listKind(block);
      const marker = kind === '' ? '' : MARKERS[kind][previous === MARKERS[kind][0] ? 1 : 0];
      out.push(...renderBlock(block, marker), '');
      previous = marker;
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const MARKERS = { bullet: ['-', '*'], ordered: ['.', ')'] } as const;

function listKind(block: RfpBlock): keyof typeof MARKERS | '' {
  if (block.kind === 'facts' || (block.kind === 'list' && !block.ordered)) return 'bullet';
  return block.kind === 'toc' || block.kind === 'list' ? 'ordered' : '';
}

function renderBlock(block: RfpBlock, marker: string): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [guardStart(inline(block.content))];
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}${marker}` : marker} ${guardStart(inline(item))}`);
    case 'heading':
      return [`### ${content(block.text)}`];
    case 'facts':
      return block.items.map((item) => `${marker} **${content(item.term)}:** ${inline(item.value)}`);
    case 'table':
      return [
        `_${content(block.caption)}_`,
        '',
        row(block.header.map(content)),
        row(block.header.map(() => '---')),
        ...block.rows.map((cells) => row(cells.map(inline))),
      ];
    case 'toc':
      return block.entries.map((entry) => `${entry.number}${marker} ${guardStart(content(entry.title))}`);
  }
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

function inline(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'field') {
        if (node.value === undefined) return `\\[${content(node.label)}\\]`;
        return node.value === node.defaultValue ? content(node.value) : typed(node.value);
      }
      const text = node.user ? typed(node.text) : content(node.text);
      if (!node.strong) return text;
      const [, lead = '', body = '', trail = ''] = /^(\s*)(.*?)(\s*)$/.exec(text) ?? [];
      return body === '' ? text : `${lead}**${body}**${trail}`;
    })
    .join('');
}

/** Text a person typed: one line, every Markdown character escaped. */
function typed(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' '));
}

/** Our own content text: one line, with the characters that would format, link or break a table escaped. */
function content(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/** Keeps a line from starting a heading, a list or a thematic break by accident. */
function guardStart(line: string): string {
  const number = /^(\d+)([.)])/.exec(line);
  if (number) return `${number[1]}\\${line.slice(number[1]?.length ?? 0)}`;
  return /^[#=+-]/.test(line) ? `\\${line}` : line;
}
