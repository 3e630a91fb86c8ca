import { Window } from 'happy-dom';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rfpToDocx } from '../../src/islands/rfp/export-docx.ts';
import { crc32, makeZip } from '../../src/islands/rfp/zip.ts';
import { buildRfp } from '../../src/domain/rfp/build-rfp.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { content, loadScenarios } from './helpers/content.ts';

/** Every file of a zip archive, read back from its central directory, each checked against its CRC. */
function unzipAll(zip: Uint8Array): Map<string, string> {
  const buffer = Buffer.from(zip);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const files = new Map<string, string>();
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < buffer.readUInt16LE(end + 10); i++) {
    const [method, crc, size, nameLength] = [
      buffer.readUInt16LE(at + 10),
      buffer.readUInt32LE(at + 16),
      buffer.readUInt32LE(at + 20),
      buffer.readUInt16LE(at + 28),
    ];
    const local = buffer.readUInt32LE(at + 42);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    expect(crc32(data)).toBe(crc);
    files.set(buffer.toString('utf8', at + 46, at + 46 + nameLength), data.toString('utf8'));
    at += 46 + nameLength;
  }
  return files;
}

/** Parses XML as a browser does; throws when it is not well-formed. */
function parseXml(text: string): Document {
  const parsed = new new Window().DOMParser().parseFromString(text, 'application/xml') as unknown as Document;
  if (parsed.getElementsByTagName('parsererror').length > 0) throw new Error(`not well-formed:\n${text.slice(0, 200)}`);
  return parsed;
}

describe('zip', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('gives back every file as it was, deflated when that is smaller and stored otherwise, with UTF-8 names', async () => {
    const big = new TextEncoder().encode('<w:p>same words, again and again</w:p>'.repeat(200));
    const tiny = new TextEncoder().encode('é');
    const zip = await makeZip([
      { name: 'word/document.xml', data: big },
      { name: 'dossier/ünï.txt', data: tiny },
    ]);
    const files = unzipAll(zip);
    expect([...files.keys()]).toEqual(['word/document.xml', 'dossier/ünï.txt']);
    expect(files.get('word/document.xml')).toBe(new TextDecoder().decode(big));
    expect(files.get('dossier/ünï.txt')).toBe('é');
    expect(zip.length).toBeLessThan(big.length / 4);
  });
});

describe('the Word file of a draft', () => {
  const file = loadScenarios().find((s) => s.name === 'total-talent')?.file ?? expect.fail('no scenario');
  const doc = buildRfp(
    content,
    { recommendation: recommend(content, file.answers), answers: file.answers, meta: file.meta },
    { today: '2026-03-02' },
  );

  it('holds every part its content types and relationships name, each well-formed XML', async () => {
    const files = unzipAll(new Uint8Array(await (await rfpToDocx(doc)).arrayBuffer()));
    const types = parseXml(files.get('[Content_Types].xml') ?? '');
    const overrides = [...types.getElementsByTagName('Override')].map((o) => o.getAttribute('PartName')?.slice(1));
    for (const part of overrides) expect(files.has(part ?? ''), part).toBe(true);
    const targets = [...parseXml(files.get('word/_rels/document.xml.rels') ?? '').getElementsByTagName('Relationship')].map(
      (r) => `word/${r.getAttribute('Target')}`,
    );
    expect(targets.sort()).toEqual(['word/footer1.xml', 'word/numbering.xml', 'word/styles.xml']);
    expect(() => parseXml('<w:p><w:r></w:p>')).toThrow(/not well-formed/);
    for (const text of files.values()) expect(() => parseXml(text)).not.toThrow();
    expect(files.get('docProps/core.xml')).toContain(`<dc:title>${doc.title}</dc:title>`);
    expect(files.get('word/footer1.xml')).toMatch(/Page .*PAGE .* of .*NUMPAGES /);
  });

  it('numbers each ordered list from 1 with a numbering of its own, and styles every heading, table and field', async () => {
    const files = unzipAll(new Uint8Array(await (await rfpToDocx(doc)).arrayBuffer()));
    const body = files.get('word/document.xml') ?? '';
    const lists = new Set([...body.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    const ordered = [...lists].filter((id) => id !== '1');
    expect(ordered.length).toBeGreaterThan(1);
    const numbering = files.get('word/numbering.xml') ?? '';
    for (const id of ordered) expect(numbering).toContain(`<w:num w:numId="${id}"><w:abstractNumId w:val="1"/>`);
    expect(numbering.match(/<w:startOverride w:val="1"\/>/g)).toHaveLength(ordered.length);
    expect(body.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(doc.sections.length);
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    expect(body.match(/<w:tbl>/g)?.length).toBe(JSON.stringify(doc.sections).split('"kind":"table"').length - 1);
    expect(body).toContain('<w:highlight w:val="yellow"/><w:u w:val="dotted"/></w:rPr><w:t xml:space="preserve">[Contact name]</w:t>');
  });
});
