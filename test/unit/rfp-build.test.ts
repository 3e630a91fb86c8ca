import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AdvisorContent } from '../../src/domain/content.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { buildRfp } from '../../src/domain/rfp/build-rfp.ts';
import type { RfpDocument, RfpOptions } from '../../src/domain/rfp/document.ts';
import { parseRfpTemplates } from '../../src/domain/rfp/templates.ts';
import { rfpSectionSchema } from '../../src/domain/schemas/rfp.ts';
import { content as liveContent } from './helpers/content.ts';
import { sectionText, TODAY } from './helpers/rfp.ts';

// buildRfp's behaviour on RFP sections written for this test (test/fixtures/rfp-content/): which
// blocks a set of models keeps, lots, fields and answers. What the real content/rfp/ says is
// checked in content-rfp.test.ts. The questions and models are the answer contract's.
const sections = rfpSectionSchema
  .array()
  .parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'rfp-content', 'sections.json'), 'utf8')));
const content: AdvisorContent = { ...liveContent, rfp: sections, rfpTemplates: parseRfpTemplates(sections) };

/** A model's name as content/models/ gives it (the names are not this test's subject). */
function nameOf(model: string): string {
  const found = content.models.find((m) => m.id === model);
  if (!found) throw new Error(`no model ${model}`);
  return found.name;
}

function draft(options: Partial<RfpOptions>, answers = {}, meta = {}): RfpDocument {
  return buildRfp(content, { recommendation: recommend(content, answers), answers, meta }, { today: TODAY, ...options });
}

describe('buildRfp on fixture sections', () => {
  it('keeps the sections of a tender, numbered in order, with a table of contents', () => {
    const doc = draft({ models: ['RPO'] });
    expect(doc.kind).toBe('tender');
    expect(doc.sections.map((s) => [s.number, s.id])).toEqual([
      [1, 'cover'],
      [2, 'scope'],
    ]);
    expect(sectionText(doc, 'cover')).toContain('1. Cover\n2. Scope');
  });

  it('gives the short document when no model is tendered', () => {
    const doc = draft({ models: [] });
    expect(doc.kind).toBe('nothing-to-tender');
    expect(doc.sections.map((s) => s.id)).toEqual(['cover', 'nothing']);
    expect(sectionText(doc, 'nothing')).toBe('FIXTURE keep it in-house.');
  });

  it('keeps each block only for the models its condition names', () => {
    const one = sectionText(draft({ models: ['RPO'] }), 'scope');
    expect(one).toContain('FIXTURE every tender.');
    expect(one).not.toContain('FIXTURE two or more models.');
    expect(one).not.toContain('FIXTURE HRO and RPO together.');
    expect(one).toContain('FIXTURE no KPO.');

    const pair = sectionText(draft({ models: ['RPO', 'HRO'] }), 'scope');
    expect(pair).toContain('FIXTURE two or more models.');
    expect(pair).toContain('FIXTURE HRO and RPO together.');

    const withKpo = sectionText(draft({ models: ['HRO', 'KPO'] }), 'scope');
    expect(withKpo).toContain('FIXTURE two or more models.');
    expect(withKpo).not.toContain('FIXTURE HRO and RPO together.');
    expect(withKpo).not.toContain('FIXTURE no KPO.');
  });

  it('repeats each-model blocks per model in the order HRO, RPO, BPO, KPO, under lot headings when there are several', () => {
    const doc = draft({ models: ['RPO', 'HRO'] });
    const scope = doc.sections.find((s) => s.id === 'scope');
    expect(scope?.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))).toEqual([
      `Lot 1: ${nameOf('HRO')}`,
      `Lot 2: ${nameOf('RPO')}`,
    ]);
    const text = sectionText(doc, 'scope');
    expect(text.indexOf('FIXTURE HRO part.')).toBeLessThan(text.indexOf('FIXTURE RPO part.'));
    // {modelName} inside a sentence, once per model.
    for (const model of ['HRO', 'RPO']) expect(text.toLowerCase()).toContain(`fixture closing for ${nameOf(model).toLowerCase()}.`);
    expect(doc.title.toLowerCase()).toBe(`request for proposal: ${nameOf('HRO')} and ${nameOf('RPO')}`.toLowerCase());
  });

  it('has no lot heading for a single model', () => {
    const doc = draft({ models: ['RPO'] });
    const scope = doc.sections.find((s) => s.id === 'scope');
    expect(scope?.blocks.some((b) => b.kind === 'heading')).toBe(false);
    expect(sectionText(doc, 'scope')).not.toContain('FIXTURE HRO part.');
  });

  it('fills answers and names, and turns what is missing into fields with their labels', () => {
    const unanswered = draft({ models: ['RPO'] });
    expect(sectionText(unanswered, 'scope')).toContain('FIXTURE contact [Contact person].');
    expect(sectionText(unanswered, 'scope')).toContain('FIXTURE industry [Industry sector].');
    expect(unanswered.fields.map((f) => f.id)).toEqual(expect.arrayContaining(['contact', 'answer-industry']));

    const answered = draft({ models: ['RPO'], edits: { contact: 'Dana Lee' } }, { industry: 'manufacturing' }, { client: 'Acme GmbH' });
    const text = sectionText(answered, 'scope');
    expect(text).toContain('FIXTURE contact Dana Lee.');
    expect(text).toMatch(/FIXTURE industry [^[]+\./);
    expect(sectionText(answered, 'cover')).toContain('Prepared for Acme GmbH');
  });
});
