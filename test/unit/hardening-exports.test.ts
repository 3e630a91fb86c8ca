import { inflateRawSync } from 'node:zlib';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Meta } from '../../src/domain/answers/answers.ts';
import type { RfpDocument } from '../../src/domain/rfp/document.ts';
import { rfpFileName } from '../../src/domain/rfp/file-name.ts';
import { rfpToMarkdown } from '../../src/domain/rfp/markdown.ts';
import { rfpToDocx } from '../../src/islands/rfp/export-docx.ts';
import { loadScenarios } from './helpers/content.ts';
import { HOSTILE_NAMES } from './helpers/fragments.ts';
import { rfpFor } from './helpers/rfp.ts';

const talent = loadScenarios().find((s) => s.name === 'total-talent')?.file;
if (!talent) throw new Error('no total-talent scenario');
const answers = talent.answers;

/** The draft with the name as client and author, and the same name typed into a field. */
function draftWith(name: string): RfpDocument {
  const meta: Meta = { client: name, preparedBy: name };
  return rfpFor(answers, meta, { edits: { 'contact-name': name } });
}

/** The names the corpus holds that are not blank: a blank name is no name, and shows the field to fill in instead. */
const NAMED = HOSTILE_NAMES.filter((name) => name.trim() !== '');

// Elements that would run code, load something, restyle or leave the document if a name became markup.
const RISKY = /<(?:script|img|svg|math|iframe|frame|object|embed|style|link|meta|base|form|details|video|audio|source|input|button)\b/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** The tags of rendered HTML in order (name and attribute names): what a name must never change. */
function tagShape(html: string): string[] {
  return [...html.matchAll(/<(\/?[a-z][a-z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/gi)].map(
    ([, tag = '', attributes = '']) => `${tag}${[...attributes.matchAll(/\s([^\s=>]+)/g)].map((a) => ` ${a[1]}`).join('')}`,
  );
}

/**
 * The HTML with each autolink replaced by its text. The renderer makes autolinks before it reads
 * backslash escapes, so it leaves their backslashes in the link's text (the last one taken from the
 * character after the link): they are dropped there, and only there.
 */
function withoutAutolinks(html: string): string {
  return html.replace(/<a href="(?:https?:|mailto:)[^"]*">([^<]*)<\/a>/g, (_, text: string) => text.replace(/\\(?=[!-/:-@[-`{-~]|$)/g, ''));
}

/** The text a reader sees, every run of white space as one space. */
function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ');
}

describe('Markdown export: every hostile name stays text in any Markdown viewer', () => {
  // Astro's own Markdown renderer (CommonMark and GFM, raw HTML and autolinks on): a permissive viewer.
  let render: (markdown: string) => Promise<string>;
  let benignShape: string[];

  beforeAll(async () => {
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, smartypants: false });
    render = async (markdown) => (await processor.render(markdown)).code;
    benignShape = tagShape(await render(rfpToMarkdown(draftWith('Acme Holdings'))));
    expect(benignShape.filter((tag) => tag.startsWith('a '))).toEqual([]);
  });

  it('the renderer would run a name written without escaping (the check can fail)', async () => {
    const raw = await render('- **Prepared for:** <img src=x onerror=alert(1)> [x](javascript:alert(1)) www.evil.example');
    expect(raw).toMatch(RISKY);
    expect(raw).toContain('href="javascript:alert(1)"');
    expect(tagShape(raw)).not.toEqual(tagShape(await render('- **Prepared for:** Acme Holdings')));
  });

  it.each(HOSTILE_NAMES.map((name, i) => [i, name] as const))(
    'name %i %j: same elements as a plain name, the name as text',
    async (_, name) => {
      const markdown = rfpToMarkdown(draftWith(name));
      const html = await render(markdown);
      expect(html).not.toMatch(RISKY);
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      expect(tags.filter((tag) => /\s(?:href|src|action|formaction|data)="\s*(?:javascript|data|vbscript):/i.test(tag))).toEqual([]);
      // GFM viewers turn a web or e-mail address in any text into a link (escaping cannot stop them);
      // such a link shows its own address, so it is allowed, and no other link is.
      for (const [, href = ''] of html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) expect(href).toMatch(/^(?:https?:\/\/|mailto:)/);
      expect(tagShape(withoutAutolinks(html))).toEqual(benignShape);
      // What a reader sees: the name as typed, on one line; a blank name is no name, so the field to fill in.
      const shown = name.trim() === '' ? '[Name of your organisation]' : name.replace(/\s+/g, ' ').trim();
      expect(textOf(withoutAutolinks(html))).toContain(`Prepared for: ${shown}`);
      expect(markdown).toContain('- **Prepared for:** ');
    },
  );
});

/** One file of a zip archive (a .docx). */
function unzip(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const [method, size, nameLength] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28)];
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error(`no ${name} in the archive`);
}

async function documentXml(doc: RfpDocument): Promise<string> {
  return unzip(Buffer.from(await (await rfpToDocx(doc)).arrayBuffer()), 'word/document.xml');
}

/** The decoded text of every <w:t> run. */
function runTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeEntities(m[1] ?? ''));
}

describe('Word export: every hostile name is escaped text inside <w:t>', () => {
  it('the XML checks see a name that was not escaped (the check can fail)', () => {
    const broken = '<w:p><w:r><w:t><img src=x onerror=alert(1)></w:t></w:r></w:p>';
    expect(broken.match(/<\/?([^\s>/]+)/g)?.some((tag) => !/^<\/?w:/.test(tag))).toBe(true);
    expect(runTexts(broken)).toEqual([]);
  });

  it('a blank name is no name: the field to fill in shows instead of an empty run', async () => {
    const texts = runTexts(await documentXml(draftWith(' ')));
    expect(texts).toContain('[Name of your organisation]');
    expect(texts).toContain('[Name and organisation of the author]');
    expect(texts).not.toContain(' ');
  });

  it.each(NAMED.map((name, i) => [i, name] as const))('name %i %j', async (_, name) => {
    const xml = await documentXml(draftWith(name));
    // Every element is Word's own (a prefixed name): nothing from the name became an element.
    const tags = [...xml.matchAll(/<\/?([^\s>/!?]+)/g)].map((m) => m[1] ?? '');
    expect(tags.filter((tag) => !/^[a-z][a-z0-9]*:[A-Za-z0-9]+$/.test(tag))).toEqual([]);
    // Each text run holds only escaped characters, and the name is one whole run, as typed.
    for (const [, raw = ''] of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g))
      expect(raw).not.toMatch(/[<>]|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
    expect(runTexts(xml)).toContain(name);
    expect(runTexts(xml).filter((text) => text === name).length).toBeGreaterThanOrEqual(3);
    expect(rfpFileName(draftWith(name), { client: name }, 'docx')).toMatch(/^rfp-[a-z0-9]+(?:-[a-z0-9]+)*\.docx$/);
  });
});
