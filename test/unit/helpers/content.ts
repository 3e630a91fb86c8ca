import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadContent } from '../../../src/lib/load-content.ts';
import type { AnswerFile } from '../../../src/domain/answers/answers.ts';
import { parseAnswerFile } from '../../../src/domain/answers/parse-answers.ts';
import type { ModelId } from '../../../src/domain/schemas/ids.ts';
import { modelIdSchema } from '../../../src/domain/schemas/ids.ts';
import { z } from '../../../src/domain/schemas/zod.ts';

export const content = loadContent();

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
export const SCENARIOS = join(FIXTURES, 'scenarios');

const expectedSchema = z.record(z.string(), z.strictObject({ expected: z.array(modelIdSchema), why: z.string().min(1) }));

export interface Scenario {
  readonly name: string;
  readonly path: string;
  readonly file: AnswerFile;
  readonly expected: readonly ModelId[];
  readonly why: string;
}

/** Every scenario fixture, parsed through the same validation as the CLI (never cast). */
export function loadScenarios(): Scenario[] {
  const expected = expectedSchema.parse(JSON.parse(readFileSync(join(FIXTURES, 'expected-sets.json'), 'utf8')));
  return readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = basename(f, '.json');
      const path = join(SCENARIOS, f);
      const parsed = parseAnswerFile(content, JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.ok) throw new Error(`${f}: ${parsed.error.message}`);
      const entry = expected[name];
      if (!entry) throw new Error(`${f} has no entry in expected-sets.json`);
      return { name, path, file: parsed.value, expected: entry.expected, why: entry.why };
    });
}
