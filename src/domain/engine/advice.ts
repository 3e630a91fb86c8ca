import type { Answers } from '../answers/answers.ts';
import type { ExplainContent } from '../content.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { Condition } from '../schemas/condition.ts';
import { parseTemplate, type TemplateParts } from './because-template.ts';
import { TRUE, truthOf, valuesNamed } from './evaluate.ts';
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

const holds = (when: Condition | undefined, answers: Answers): boolean => when === undefined || truthOf(when, answers) === TRUE;

// Templates cut once per content entry (the entry object is the key), not on every call.
const parsed = new WeakMap<object, TemplateParts>();

function fill(entry: object, text: string, when: Condition | undefined, words: AnswerWords): string {
  let parts = parsed.get(entry);
  if (!parts) {
    parts = parseTemplate(text, '', (q) => (when ? valuesNamed(when, q) : []));
    parsed.set(entry, parts);
  }
  return renderTemplate(parts, words);
}

/** Every alternative whose condition holds (unknown is not enough), in content order. */
export function findAlternatives(content: ExplainContent, answers: Answers, words: AnswerWords): AlternativeOut[] {
  return content.alternatives
    .filter((a) => holds(a.when, answers))
    .map((a) => ({ id: a.id, name: a.name, text: a.text, because: fill(a, a.because, a.when, words) }));
}

/** For each recommended model, the first shape whose condition holds (the last has none). */
export function findShapes(
  content: ExplainContent,
  models: readonly ModelId[],
  answers: Answers,
  words: AnswerWords,
): Partial<Record<ModelId, ShapeOut>> {
  const out: Partial<Record<ModelId, ShapeOut>> = {};
  for (const model of content.models) {
    if (!models.includes(model.id)) continue;
    const shape = model.shapes.find((s) => holds(s.when, answers));
    if (shape) out[model.id] = { id: shape.id, name: shape.name, text: shape.text, because: fill(shape, shape.because, shape.when, words) };
  }
  return out;
}

/** One sentence per model for the summary: the first line for its standing whose condition holds. */
export function standingLines(
  content: ExplainContent,
  standings: readonly Standing[],
  answers: Answers,
  words: AnswerWords,
): StandingLineOut[] {
  return content.models.flatMap((model) => {
    const standing = standings[MODEL_IDS.indexOf(model.id)] ?? 'not_recommended';
    const line = model.standing.find((l) => l.standing === standing && holds(l.when, answers));
    return line ? [{ model: model.id, standing, text: fill(line, line.text, line.when, words) }] : [];
  });
}
