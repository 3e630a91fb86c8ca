import type { Inline, RfpBlock, RfpDocument } from '../../domain/rfp/document.ts';
import { makeZip } from './zip.ts';

// A Word document is a zip of XML parts (Office Open XML, ECMA-376). This writes the few parts a
// draft needs, in the words of the standard, instead of loading a general-purpose library.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters XML 1.0 forbids: pasted into a field, they would make Word refuse the whole file.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as XML character data: names and entries can never become markup. */
function escape(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface RunStyle {
  readonly bold?: boolean;
  /** Still to fill in: highlighted, with a dotted underline. */
  readonly toFill?: boolean;
}

function run(text: string, style: RunStyle = {}): string {
  const props = `${style.bold ? '<w:b/>' : ''}${style.toFill ? '<w:highlight w:val="yellow"/><w:u w:val="dotted"/>' : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

function runs(nodes: readonly Inline[]): string {
  return nodes
    .map((node) =>
      node.kind === 'text'
        ? run(node.text, { bold: node.strong === true })
        : node.value === undefined
          ? run(`[${node.label}]`, { toFill: true })
          : run(node.value),
    )
    .join('');
}

interface ParagraphStyle {
  readonly style?: string;
  /** A list: its numbering instance (see numbering.xml). */
  readonly list?: number;
  readonly keepNext?: boolean;
  readonly alignEnd?: boolean;
}

function paragraph(content: string, p: ParagraphStyle = {}): string {
  const props = [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    p.keepNext ? '<w:keepNext/>' : '',
    p.list === undefined ? '' : `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${p.list}"/></w:numPr>`,
    p.alignEnd ? '<w:jc w:val="end"/>' : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
}

/** The numbering instances: 1 is the bullets; each ordered list has its own, so each counts from 1. */
class Lists {
  ordered = 0;
  next(): number {
    this.ordered += 1;
    return this.ordered + 1;
  }
}

/** The width between the margins of an A4 page (see documentXml), in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1440;

function table(item: Extract<RfpBlock, { kind: 'table' }>): string {
  // Columns of equal width across the page; the header row repeats on every page; no row splits across pages.
  const width = Math.floor(TEXT_WIDTH / item.header.length);
  const cell = (content: string): string => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph(content)}</w:tc>`;
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${item.header.map((h) => cell(run(h, { bold: true }))).join('')}</w:tr>`;
  const rows = item.rows.map((cells) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.map((c) => cell(runs(c))).join('')}</w:tr>`);
  return [
    paragraph(run(item.caption), { style: 'Caption', keepNext: true }),
    `<w:tbl><w:tblPr><w:tblStyle w:val="Table"/><w:tblW w:w="${width * item.header.length}" w:type="dxa"/></w:tblPr><w:tblGrid>${item.header.map(() => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>${header}${rows.join('')}</w:tbl>`,
    paragraph(''),
  ].join('');
}

function block(item: RfpBlock, lists: Lists): string {
  switch (item.kind) {
    case 'paragraph':
      return paragraph(runs(item.content));
    case 'list': {
      const list = item.ordered ? lists.next() : 1;
      return item.items.map((nodes) => paragraph(runs(nodes), { style: 'List', list })).join('');
    }
    case 'heading':
      return paragraph(run(item.text), { style: 'Heading2' });
    case 'facts':
      return item.items.map((fact) => paragraph(run(`${fact.term}: `, { bold: true }) + runs(fact.value))).join('');
    case 'table':
      return table(item);
    case 'toc': {
      const list = lists.next();
      return item.entries.map((entry) => paragraph(run(entry.title), { style: 'List', list })).join('');
    }
  }
}

function documentXml(doc: RfpDocument, lists: Lists): string {
  const { brand } = doc;
  const body = [
    ...(brand ? [paragraph(run(brand.name, { bold: true }) + (brand.contact ? run(`  ·  ${brand.contact}`) : ''))] : []),
    paragraph(run(doc.title), { style: 'Title' }),
    ...doc.sections.map(
      (section) =>
        paragraph(run(`${section.number}. ${section.title}`), { style: 'Heading1' }) + section.blocks.map((b) => block(b, lists)).join(''),
    ),
  ].join('');
  // A4, margins of 2.54 cm, page numbers in the footer.
  const page =
    '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';
  return `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${page}</w:body></w:document>`;
}

function style(id: string, name: string, paragraphProps: string, runProps: string, basedOn = 'Normal'): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${basedOn}"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>${paragraphProps}</w:pPr><w:rPr>${runProps}</w:rPr></w:style>`;
}

const STYLES = `${XML}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${style(
  'Title',
  'Title',
  '<w:spacing w:after="240"/>',
  '<w:b/><w:sz w:val="48"/><w:szCs w:val="48"/>',
)}${style('Heading1', 'heading 1', '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>', '<w:b/><w:sz w:val="32"/><w:szCs w:val="32"/>')}${style(
  'Heading2',
  'heading 2',
  '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
  '<w:b/><w:sz w:val="26"/><w:szCs w:val="26"/>',
)}${style('Caption', 'caption', '<w:spacing w:before="120" w:after="60"/>', '<w:b/><w:sz w:val="20"/><w:szCs w:val="20"/>')}${style(
  'List',
  'List Paragraph',
  '<w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/>',
  '',
)}<w:style w:type="table" w:styleId="Table"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>${[
  'top',
  'left',
  'bottom',
  'right',
  'insideH',
  'insideV',
]
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`)
  .join(
    '',
  )}</w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;

function numberingXml(lists: Lists): string {
  const level = (format: string, text: string): string =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>`;
  const ordered = Array.from(
    { length: lists.ordered },
    (_, i) =>
      `<w:num w:numId="${i + 2}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
  ).join('');
  return `${XML}<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0">${level('bullet', '•')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level('decimal', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>${ordered}</w:numbering>`;
}

/** "Page 2 of 18" at the right of every page's foot, after the brand's name when there is one. */
function footerXml(brand: string | undefined): string {
  return `${XML}<w:ftr xmlns:w="${W}">${paragraph(
    `${run(brand ? `${brand} · Page ` : 'Page ')}<w:fldSimple w:instr=" PAGE ">${run('1')}</w:fldSimple>${run(' of ')}<w:fldSimple w:instr=" NUMPAGES ">${run('1')}</w:fldSimple>`,
    { alignEnd: true },
  )}</w:ftr>`;
}

const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${MAIN}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${MAIN}.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="${MAIN}.numbering+xml"/><Override PartName="/word/footer1.xml" ContentType="${MAIN}.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const PACKAGE_RELS = `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rIdDocument" Type="${TYPE}/officeDocument" Target="word/document.xml"/><Relationship Id="rIdCore" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rIdApp" Type="${TYPE}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const DOCUMENT_RELS = `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rIdStyles" Type="${TYPE}/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="${TYPE}/numbering" Target="numbering.xml"/><Relationship Id="rIdFooter" Type="${TYPE}/footer" Target="footer1.xml"/></Relationships>`;

/** The title, and the brand as the document's creator. */
function coreXml(title: string, brand: string | undefined): string {
  const creator = brand ? `<dc:creator>${escape(brand)}</dc:creator>` : '';
  return `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escape(title)}</dc:title>${creator}</cp:coreProperties>`;
}

/** The brand as the document's company. */
function appXml(brand: string | undefined): string {
  const company = brand ? `<Company>${escape(brand)}</Company>` : '';
  return `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">${company}</Properties>`;
}

/**
 * The draft as a Word document: the brand's letterhead (name and contact line), the title (Title
 * style), a Heading 1 per numbered section, Heading 2 for lots and sub-headings, real tables whose
 * header row repeats and whose rows never split, and the brand's name and page numbers in the
 * footer. Fields still to fill in are highlighted with a dotted underline.
 */
export async function rfpToDocx(doc: RfpDocument): Promise<Blob> {
  const lists = new Lists();
  const document = documentXml(doc, lists);
  const encoder = new TextEncoder();
  const parts: [string, string][] = [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', PACKAGE_RELS],
    ['word/document.xml', document],
    ['word/_rels/document.xml.rels', DOCUMENT_RELS],
    ['word/styles.xml', STYLES],
    ['word/numbering.xml', numberingXml(lists)],
    ['word/footer1.xml', footerXml(doc.brand?.name)],
    ['docProps/core.xml', coreXml(doc.title, doc.brand?.name)],
    ['docProps/app.xml', appXml(doc.brand?.name)],
  ];
  const zip = await makeZip(parts.map(([name, text]) => ({ name, data: encoder.encode(text) })));
  return new Blob([zip as BlobPart], { type: `${MAIN}.document` });
}
