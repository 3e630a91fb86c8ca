import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswerFile } from '../../src/domain/answers/parse-answers.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { casebookCaseSchema, type CasebookCase } from '../../src/domain/schemas/casebook.ts';
import { MODEL_IDS } from '../../src/domain/schemas/ids.ts';
import { content } from './helpers/content.ts';

const dir = join(import.meta.dirname, '..', '..', 'content', 'casebook');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const cases: { file: string; data: CasebookCase }[] = files.map((file) => ({
  file,
  data: casebookCaseSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))),
}));

describe('casebook: every advisor case', () => {
  it.each(cases.map((c) => [c.file, c.data] as const))('%s', (_file, data) => {
    const parsed = parseAnswerFile(content, { answers: data.answers });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const rec = recommend(content, parsed.value.answers);
    expect({
      verdict: rec.recommendation.verdict,
      models: rec.recommendation.models,
      alternatives: rec.alternatives.map((a) => a.id).sort(),
    }).toEqual({ verdict: data.expect.verdict, models: data.expect.models, alternatives: [...data.expect.alternatives].sort() });
  });
});

describe('casebook: coverage', () => {
  const answer = (c: CasebookCase, id: string): unknown => c.answers[id];
  const sets = new Set(cases.map((c) => `${c.data.expect.verdict}:${c.data.expect.models.join('+')}`));

  it('has at least 40 cases, 12 of them hard', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.data.hard).length).toBeGreaterThanOrEqual(12);
  });

  it('covers every model alone, every named combination, keeping it in-house and not enough to go on', () => {
    for (const model of MODEL_IDS) expect(sets, model).toContain(`outsource:${model}`);
    for (const combination of content.combinations)
      expect(sets, combination.id).toContain(`${combination.verdict}:${combination.models.join('+')}`);
  });

  it('covers every company size, at least six industries and one to six-plus countries', () => {
    const sizes = new Set(cases.map((c) => answer(c.data, 'company_size')));
    for (const size of ['under_50', '50_249', '250_999', '1000_4999', '5000_plus']) expect(sizes, size).toContain(size);
    expect(new Set(cases.map((c) => answer(c.data, 'industry')).filter(Boolean)).size).toBeGreaterThanOrEqual(6);
    const countries = new Set(cases.map((c) => answer(c.data, 'countries')));
    for (const n of ['one', 'two_to_five', 'six_plus']) expect(countries, n).toContain(n);
  });

  it('covers every alternative at least once', () => {
    const named = new Set(cases.flatMap((c) => c.data.expect.alternatives));
    for (const alternative of content.alternatives) expect(named, alternative.id).toContain(alternative.id);
  });
});

describe('casebook schema', () => {
  const valid = cases[0]?.data;

  it('accepts a case and refuses an inconsistent one', () => {
    expect(valid && casebookCaseSchema.safeParse(valid).success).toBe(true);
    expect(casebookCaseSchema.safeParse({ ...valid, expect: { verdict: 'in_house', models: ['HRO'], alternatives: [] } }).success).toBe(
      false,
    );
    expect(casebookCaseSchema.safeParse({ ...valid, hard: true, hardBecause: undefined }).success).toBe(false);
    expect(casebookCaseSchema.safeParse({ ...valid, sources: [] }).success).toBe(false);
  });
});
