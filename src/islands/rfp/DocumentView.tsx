import type { VNode } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Inline, RfpBlock, RfpDocument, RfpSection } from '../../domain/rfp/document.ts';
import { FieldInput } from './FieldInput.tsx';

/** Inline nodes as text and fields; every string is rendered as text, never as markup. */
function Inlines({ nodes, context }: { readonly nodes: readonly Inline[]; readonly context?: string | undefined }) {
  return (
    <>
      {nodes.map((node, i) =>
        node.kind === 'field' ? (
          <FieldInput key={i} node={node} context={context} />
        ) : node.strong ? (
          <strong key={i}>{node.text}</strong>
        ) : (
          node.text
        ),
      )}
    </>
  );
}

function plain(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.kind === 'text' ? n.text : '')).join('');
}

/** A table in a region of its own that scrolls sideways on a narrow screen, named by its caption. */
function TableBlock({ block, id }: { readonly block: Extract<RfpBlock, { kind: 'table' }>; readonly id: string }) {
  // A field whose label repeats down the table (Hires, Target) is named with its row as well.
  const labels = block.rows.flat(2).flatMap((n) => (n.kind === 'field' ? [n.label] : []));
  const repeated = new Set(labels.filter((label, i) => labels.indexOf(label) !== i));
  return (
    <div class="rfp-table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table class="rfp-table">
        <caption id={id}>{block.caption}</caption>
        <thead>
          <tr>
            {block.header.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((cells, r) => {
            const [first = [], ...rest] = cells;
            // The first cell names the row (a month, a measure, a milestone) unless it is itself to fill in.
            const rowName = first.some((n) => n.kind === 'field') ? undefined : plain(first);
            const context = (cell: readonly Inline[]): string | undefined =>
              cell.some((n) => n.kind === 'field' && repeated.has(n.label)) ? rowName : undefined;
            return (
              <tr key={r}>
                {rowName === undefined ? (
                  <td>
                    <Inlines nodes={first} />
                  </td>
                ) : (
                  <th scope="row">
                    <Inlines nodes={first} />
                  </th>
                )}
                {rest.map((cell, c) => (
                  <td key={c}>
                    <Inlines nodes={cell} context={context(cell)} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Block({ block, id }: { readonly block: RfpBlock; readonly id: string }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p>
          <Inlines nodes={block.content} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Inlines nodes={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'heading':
      return (
        <h3 id={`rfp-${block.id}`} class="rfp-doc__h3">
          {block.text}
        </h3>
      );
    case 'facts':
      return (
        <dl class="rfp-facts">
          {block.items.map((item, i) => (
            <div key={i} class="rfp-facts__item">
              <dt>{item.term}</dt>
              <dd>
                <Inlines nodes={item.value} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return <TableBlock block={block} id={id} />;
    case 'toc':
      return (
        <ol class="rfp-toc">
          {block.entries.map((entry) => (
            <li key={entry.id}>{entry.title}</li>
          ))}
        </ol>
      );
  }
}

function Section({ section, blocks }: { readonly section: RfpSection; readonly blocks: readonly VNode[] }) {
  return (
    <section class="rfp-section" aria-labelledby={`rfp-${section.id}`}>
      <h2 id={`rfp-${section.id}`}>
        <span class="rfp-section__number">{section.number}.</span> {section.title}
      </h2>
      {blocks}
    </section>
  );
}

/** How much drawing a block takes, roughly: one, and one more for every field in it. */
export function blockWeight(block: RfpBlock): number {
  let fields = 0;
  const count = (nodes: readonly Inline[]): void => {
    for (const node of nodes) if (node.kind === 'field') fields++;
  };
  if (block.kind === 'paragraph') count(block.content);
  else if (block.kind === 'list') block.items.forEach(count);
  else if (block.kind === 'facts') block.items.forEach((item) => count(item.value));
  else if (block.kind === 'table') block.rows.forEach((row) => row.forEach(count));
  return 1 + fields;
}

/**
 * The draft as semantic HTML: numbered sections (h2), sub-headings (h3), lists, term lists and
 * tables; the first `upTo` blocks of it (counted across sections), busy until all are there.
 */
export function DocumentView({ doc, upTo = Infinity }: { readonly doc: RfpDocument; readonly upTo?: number }) {
  // One element per block of this document, made once: drawing more blocks leaves those already
  // drawn alone (Preact skips an element it is given again) instead of comparing them all.
  const drawn = useMemo(() => new Map<RfpBlock, VNode>(), [doc]);
  const sections: VNode[] = [];
  let left = upTo;
  for (const section of doc.sections) {
    if (left <= 0) break;
    const blocks = section.blocks.slice(0, left).map((block, i) => {
      const element = drawn.get(block) ?? <Block key={i} block={block} id={`rfp-${section.id}-${i}`} />;
      drawn.set(block, element);
      return element;
    });
    left -= blocks.length;
    sections.push(<Section key={section.id} section={section} blocks={blocks} />);
  }
  const total = doc.sections.reduce((sum, section) => sum + section.blocks.length, 0);
  return (
    <div class="rfp-doc" aria-busy={upTo < total ? 'true' : 'false'}>
      {sections}
    </div>
  );
}
