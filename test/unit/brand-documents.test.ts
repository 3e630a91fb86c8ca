import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { recommendationToMarkdown } from '../../src/domain/report/markdown.ts';
import type { FieldNode } from '../../src/domain/rfp/document.ts';
import { rfpToMarkdown } from '../../src/domain/rfp/markdown.ts';
import { brandSchema } from '../../src/domain/schemas/brand.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import { $defaultAuthor, $opened, openAnswers, type SavedReader } from '../../src/stores/opened-answers.ts';
import { content, loadScenarios } from './helpers/content.ts';
import { rfpFor, sectionText } from './helpers/rfp.ts';

/** A consultancy's brand with every field a document carries. */
const FERNHILL = brandSchema.parse({
  name: 'Fernhill Consulting',
  logo: 'logo.svg',
  colours: { accent: '#1c559f', accentText: '#ffffff', header: '#0f2a4a', headerText: '#ffffff' },
  contact: 'fernhill.example · +44 20 7946 0999',
  preparedBy: 'Fernhill Consulting, HR practice',
});

const total = loadScenarios().find((s) => s.name === 'total-talent')?.file;
if (!total) throw new Error('the total-talent scenario is missing');
/** The scenario's answers with a client and no author. */
const NO_AUTHOR: AnswerFile = { answers: total.answers, meta: { client: 'Acme GmbH' } };

function authorField(doc: ReturnType<typeof rfpFor>): FieldNode | undefined {
  return doc.fields.find((f) => f.id === 'prepared-by');
}

describe('the RFP with a brand', () => {
  it('carries the letterhead and fills in the default author, which an edit replaces', () => {
    const doc = rfpFor(NO_AUTHOR.answers, NO_AUTHOR.meta, { brand: FERNHILL });
    expect(doc.brand).toEqual({ name: 'Fernhill Consulting', contact: 'fernhill.example · +44 20 7946 0999' });
    expect(authorField(doc)).toMatchObject({ value: 'Fernhill Consulting, HR practice', defaultValue: 'Fernhill Consulting, HR practice' });
    expect(sectionText(doc, 'cover')).toContain('Prepared by: Fernhill Consulting, HR practice');
    const edited = rfpFor(NO_AUTHOR.answers, NO_AUTHOR.meta, { brand: FERNHILL, edits: { 'prepared-by': 'J. Rivera' } });
    expect(authorField(edited)?.value).toBe('J. Rivera');
  });

  it('keeps the author the answers name, and without a brand has no letterhead and leaves the author to fill in', () => {
    const named = rfpFor(NO_AUTHOR.answers, { ...NO_AUTHOR.meta, preparedBy: 'Test Advisory' }, { brand: FERNHILL });
    expect(authorField(named)).toBeUndefined();
    expect(sectionText(named, 'cover')).toContain('Prepared by: Test Advisory');
    const plain = rfpFor(NO_AUTHOR.answers, NO_AUTHOR.meta);
    expect(plain.brand).toBeUndefined();
    expect(authorField(plain)).toEqual({ kind: 'field', id: 'prepared-by', label: 'Name and organisation of the author', input: 'text' });
  });

  it('starts the Markdown with the letterhead, escaped, and with no brand starts with the title', () => {
    const doc = rfpFor(NO_AUTHOR.answers, NO_AUTHOR.meta, { brand: FERNHILL });
    expect(rfpToMarkdown(doc).split('\n').slice(0, 3)).toEqual([
      '**Fernhill Consulting** · fernhill\\.example · \\+44 20 7946 0999',
      '',
      `# ${doc.title}`,
    ]);
    expect(rfpToMarkdown(doc)).toContain('**Prepared by:** Fernhill Consulting, HR practice');
    const hostile = rfpFor(NO_AUTHOR.answers, NO_AUTHOR.meta, { brand: { name: '[Pay](https://evil.example) <b>' } });
    expect(rfpToMarkdown(hostile).split('\n')[0]).toBe('**\\[Pay\\]\\(https://evil\\.example\\) \\<b\\>**');
    expect(rfpToMarkdown(rfpFor(NO_AUTHOR.answers, NO_AUTHOR.meta)).startsWith('# Request for proposal: ')).toBe(true);
  });
});

describe('the Markdown report with a brand', () => {
  const rec = recommend(content, NO_AUTHOR.answers);

  it('starts with the letterhead and names the default author', () => {
    const md = recommendationToMarkdown(content, rec, NO_AUTHOR.meta, FERNHILL);
    expect(md.split('\n').slice(0, 5)).toEqual([
      '**Fernhill Consulting** · fernhill\\.example · \\+44 20 7946 0999',
      '',
      `# Outsourcing recommendation: ${rec.recommendation.label}`,
      '',
      'Prepared for: Acme GmbH  ',
    ]);
    expect(md).toContain('Prepared by: Fernhill Consulting, HR practice  ');
  });

  it("keeps the answers' author, and without a brand is as before", () => {
    expect(recommendationToMarkdown(content, rec, { preparedBy: 'J. Rivera' }, FERNHILL)).toContain('Prepared by: J\\. Rivera  ');
    const plain = recommendationToMarkdown(content, rec, NO_AUTHOR.meta);
    expect(plain.startsWith('# Outsourcing recommendation: ')).toBe(true);
    expect(plain).not.toContain('Prepared by');
  });
});

describe('the results page with a default author', () => {
  const noReader: SavedReader = () => Promise.resolve({ file: null, notices: [] });
  const open = async (hash: string, author?: string, reader: SavedReader = noReader): Promise<void> => {
    $defaultAuthor.set(author);
    await openAnswers(content, hash, reader);
  };

  it('fills in "Prepared by" when the link names no one, so the link on screen carries it', async () => {
    await open(`#${encodeLink(NO_AUTHOR)}`, 'Fernhill Consulting');
    expect($opened.get().file?.meta).toEqual({ client: 'Acme GmbH', preparedBy: 'Fernhill Consulting' });
  });

  it('keeps an author the link names, and replaces one of spaces only', async () => {
    await open(`#${encodeLink({ ...NO_AUTHOR, meta: { preparedBy: 'J. Rivera' } })}`, 'Fernhill Consulting');
    expect($opened.get().file?.meta).toEqual({ preparedBy: 'J. Rivera' });
    await open(`#${encodeLink({ ...NO_AUTHOR, meta: { preparedBy: '   ' } })}`, 'Fernhill Consulting');
    expect($opened.get().file?.meta.preparedBy).toBe('Fernhill Consulting');
    await open(`#${encodeLink(NO_AUTHOR)}`);
    expect($opened.get().file?.meta).toEqual({ client: 'Acme GmbH' });
  });

  it('fills it in for answers saved in this browser too', async () => {
    await open('', 'Fernhill Consulting', () => Promise.resolve({ file: NO_AUTHOR, notices: [] }));
    expect($opened.get().file?.meta.preparedBy).toBe('Fernhill Consulting');
  });
});
