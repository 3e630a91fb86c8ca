import type { ExplainContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { Condition } from '../schemas/condition.ts';
import { parseTemplate, type TemplateParts } from './because-template.ts';
import { compileContent } from './compile.ts';
import { compileCondition, TRUE, valuesNamed, type AnswerVector, type VectorTest } from './evaluate.ts';
import { renderTemplate, type AnswerWords } from './explain.ts';
import type { Standing } from './verdict.ts';

/** A vehicle other than the four models, with why it applies. */
export interface AlternativeOut {
  readonly id: string;
  readonly name: string;
  readonly text: string;
  readonly because: string;
}

/** The shape of engagement proposed for a recommended model. */
export interface ShapeOut {
  readonly id: string;
  readonly name: string;
  readonly text: string;
  readonly because: string;
}

/** One sentence of the summary about one model, chosen by its standing and the answers. */
export interface StandingLineOut {
  readonly model: ModelId;
  readonly standing: Standing;
  readonly text: string;
}

/** An entry's condition as a closure over the answer vector, and its text cut at the placeholders. */
interface Compiled {
  readonly test: VectorTest | null;
  readonly parts: TemplateParts;
}

// Conditions compiled and templates cut once per content and entry, not on every call.
const compiledFor = new WeakMap<ExplainContent, WeakMap<object, Compiled>>();

function compiledEntry(content: ExplainContent, entry: object, text: string, when: Condition | undefined): Compiled {
  let entries = compiledFor.get(content);
  if (!entries) compiledFor.set(content, (entries = new WeakMap()));
  let out = entries.get(entry);
  if (!out) {
    const { questionIndex } = compileContent(content);
    out = {
      test: when ? compileCondition(when, (q) => questionIndex.get(q) ?? -1) : null,
      parts: parseTemplate(text, '', (q) => (when ? valuesNamed(when, q) : [])),
    };
    entries.set(entry, out);
  }
  return out;
}

/** Whether the entry's condition holds (unknown is not enough); its text filled in when it does. */
function filled(
  content: ExplainContent,
  entry: object,
  text: string,
  when: Condition | undefined,
  vector: AnswerVector,
  words: AnswerWords,
): string | null {
  const { test, parts } = compiledEntry(content, entry, text, when);
  return test === null || test(vector) === TRUE ? renderTemplate(parts, words) : null;
}

/** Every alternative whose condition holds (unknown is not enough), in content order. */
export function findAlternatives(content: ExplainContent, vector: AnswerVector, words: AnswerWords): AlternativeOut[] {
  const out: AlternativeOut[] = [];
  for (const a of content.alternatives) {
    const because = filled(content, a, a.because, a.when, vector, words);
    if (because !== null) out.push({ id: a.id, name: a.name, text: a.text, because });
  }
  return out;
}

/** For each recommended model, the first shape whose condition holds (the last has none). */
export function findShapes(
  content: ExplainContent,
  models: readonly ModelId[],
  vector: AnswerVector,
  words: AnswerWords,
): Partial<Record<ModelId, ShapeOut>> {
  const out: Partial<Record<ModelId, ShapeOut>> = {};
  for (const model of content.models) {
    if (!models.includes(model.id)) continue;
    for (const shape of model.shapes) {
      const because = filled(content, shape, shape.because, shape.when, vector, words);
      if (because === null) continue;
      out[model.id] = { id: shape.id, name: shape.name, text: shape.text, because };
      break;
    }
  }
  return out;
}

/** One sentence per model for the summary: the first line for its standing whose condition holds. */
export function standingLines(
  content: ExplainContent,
  standings: readonly Standing[],
  vector: AnswerVector,
  words: AnswerWords,
): StandingLineOut[] {
  const out: StandingLineOut[] = [];
  for (const model of content.models) {
    const standing = standings[MODEL_IDS.indexOf(model.id)] ?? 'not_recommended';
    for (const line of model.standing) {
      if (line.standing !== standing) continue;
      const text = filled(content, line, line.text, line.when, vector, words);
      if (text === null) continue;
      out.push({ model: model.id, standing, text });
      break;
    }
  }
  return out;
}
