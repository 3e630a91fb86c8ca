import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import type { Inline, RfpBlock, RfpDocument } from '../../domain/rfp/document.ts';

const ORDERED = 'rfp-ordered';

// Characters XML 1.0 forbids: pasted into a field, they would make Word refuse the whole file.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function run(text: string, options: { bold?: boolean; toFill?: boolean } = {}): TextRun {
  return new TextRun({
    text: text.replace(NOT_XML, ''),
    ...(options.bold ? { bold: true } : {}),
    ...(options.toFill ? { underline: { type: UnderlineType.DOTTED }, highlight: 'yellow' as const } : {}),
  });
}

/** Names and entries go in as text runs: docx escapes them, so they can never become markup. */
function runs(nodes: readonly Inline[]): TextRun[] {
  return nodes.map((node) =>
    node.kind === 'text'
      ? run(node.text, node.strong ? { bold: true } : {})
      : node.value === undefined
        ? run(`[${node.label}]`, { toFill: true })
        : run(node.value),
  );
}

/** Numbered lists each count from 1: every list is its own instance of the one numbering, from `nextList`. */
function block(item: RfpBlock, nextList: () => number): (Paragraph | Table)[] {
  switch (item.kind) {
    case 'paragraph':
      return [new Paragraph({ children: runs(item.content) })];
    case 'list': {
      const list = nextList();
      return item.items.map((nodes) =>
        item.ordered
          ? new Paragraph({ children: runs(nodes), numbering: { reference: ORDERED, level: 0, instance: list } })
          : new Paragraph({ children: runs(nodes), bullet: { level: 0 } }),
      );
    }
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(item.text)] })];
    case 'facts':
      return item.items.map((fact) => new Paragraph({ children: [run(`${fact.term}: `, { bold: true }), ...runs(fact.value)] }));
    case 'table':
      return [
        new Paragraph({ style: 'Caption', keepNext: true, children: [run(item.caption)] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: item.header.map((h) => new TableCell({ children: [new Paragraph({ children: [run(h, { bold: true })] })] })),
            }),
            ...item.rows.map(
              (cells) =>
                new TableRow({
                  cantSplit: true,
                  children: cells.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell) })] })),
                }),
            ),
          ],
        }),
        new Paragraph({}),
      ];
    case 'toc': {
      const list = nextList();
      return item.entries.map(
        (entry) => new Paragraph({ children: [run(entry.title)], numbering: { reference: ORDERED, level: 0, instance: list } }),
      );
    }
  }
}

/**
 * The draft as a Word document: the brand's letterhead (name and contact line), the title (Title
 * style), a Heading 1 per numbered section, Heading 2 for lots and sub-headings, real tables whose
 * header row repeats and whose rows never split, and the brand's name and page numbers in the
 * footer. Fields still to fill in are highlighted with a dotted underline.
 */
export function rfpToDocx(doc: RfpDocument): Promise<Blob> {
  let lists = 0;
  const nextList = (): number => ++lists;
  const brand = doc.brand;
  const children = [
    ...(brand
      ? [new Paragraph({ children: [run(brand.name, { bold: true }), ...(brand.contact ? [run(`  ·  ${brand.contact}`)] : [])] })]
      : []),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(doc.title)] }),
    ...doc.sections.flatMap((section) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(`${section.number}. ${section.title}`)] }),
      ...section.blocks.flatMap((b) => block(b, nextList)),
    ]),
  ];
  const document = new Document({
    title: doc.title,
    ...(brand ? { creator: brand.name.replace(NOT_XML, '') } : {}),
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.END,
                children: [
                  new TextRun({
                    children: [
                      brand ? `${brand.name.replace(NOT_XML, '')} · Page ` : 'Page ',
                      PageNumber.CURRENT,
                      ' of ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBlob(document);
}
