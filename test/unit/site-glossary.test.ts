import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryFileSchema, termAnchor } from '../../src/domain/schemas/glossary.ts';

const raw: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'glossary', 'terms.json'), 'utf8'));
const definition = 'A definition long enough to be useful to a reader.';

describe('glossary schema', () => {
  it('accepts content/glossary/terms.json, with the terms the site relies on', () => {
    const file = glossaryFileSchema.parse(raw);
    const terms = file.terms.map((t) => t.term);
    for (const needed of ['ATS', 'HRIS', 'SLA', 'PEO', 'Full-cycle RPO', 'HRO', 'RPO', 'BPO', 'KPO']) expect(terms).toContain(needed);
  });

  it('refuses a term without a definition, a repeated term, and terms out of order', () => {
    expect(glossaryFileSchema.safeParse({ terms: [{ term: 'ATS' }] }).success).toBe(false);
    const repeated = glossaryFileSchema.safeParse({
      terms: [
        { term: 'ATS', definition },
        { term: 'ats', definition },
      ],
    });
    expect(repeated.success).toBe(false);
    expect(repeated.error?.issues[0]?.message).toBe('every term must appear once');
    const unordered = glossaryFileSchema.safeParse({
      terms: [
        { term: 'SLA', definition },
        { term: 'ATS', definition },
      ],
    });
    expect(unordered.error?.issues[0]?.message).toBe('terms must be in alphabetical order');
    expect(glossaryFileSchema.safeParse({ terms: [{ term: 'ATS', definition, extra: 1 }] }).success).toBe(false);
  });

  it('gives every term a distinct anchor', () => {
    expect(termAnchor('Per employee per month (PEPM)')).toBe('per-employee-per-month-pepm');
    expect(termAnchor('Full-cycle RPO')).toBe('full-cycle-rpo');
    const anchors = glossaryFileSchema.parse(raw).terms.map((t) => termAnchor(t.term));
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});
