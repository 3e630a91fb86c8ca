import type { Answers } from '../answers/answers.ts';
import { inSentence, joinWords } from '../answers/format-answer.ts';
import type { ScoringContent, ScoringModel } from '../content.ts';
import { evaluateCore } from '../engine/evaluate-core.ts';
import { MODEL_IDS, type ModelId } from '../model-ids.ts';
import type { RfpSectionContent } from '../schemas/rfp.ts';
import type { RfpDocumentKind } from './constants.ts';
import type { TocEntry } from './document.ts';

/** A section of the draft as its outline reads it: no blocks. */
export type OutlineSection = Pick<RfpSectionContent, 'id' | 'title' | 'documents'>;

/** What a draft is before its sections are written: its kind, title, tendered models and table of contents. */
export interface RfpOutline {
  readonly kind: RfpDocumentKind;
  readonly title: string;
  readonly models: readonly ModelId[];
  readonly toc: readonly TocEntry[];
}

/**
 * The outline of the draft for these tendered models, in the order HRO, RPO, BPO, KPO: several make
 * one tender with a lot each; none make the short "nothing to tender" note. buildRfp writes the
 * sections of the same outline.
 */
export function outlineRfp(
  models: readonly Pick<ScoringModel, 'id' | 'name'>[],
  sections: readonly OutlineSection[],
  chosen: readonly ModelId[],
): RfpOutline {
  const tendered = MODEL_IDS.filter((m) => chosen.includes(m));
  const kind: RfpDocumentKind = tendered.length > 0 ? 'tender' : 'nothing-to-tender';
  const names = tendered.map((m, i) => {
    const name = models.find((model) => model.id === m)?.name ?? m;
    return i === 0 ? name : inSentence(name);
  });
  return {
    kind,
    title: kind === 'tender' ? `Request for proposal: ${joinWords(names)}` : 'Outsourcing: nothing to tender yet',
    models: tendered,
    toc: sections.filter((s) => s.documents.includes(kind)).map((s, i) => ({ id: s.id, number: i + 1, title: s.title })),
  };
}

/** The set a draft tenders by default and every model's score: recommend()'s, without ranges or explanations. */
export function tenderSet(
  content: ScoringContent,
  answers: Answers,
): { readonly models: readonly ModelId[]; readonly scores: Readonly<Record<ModelId, number>> } {
  const { models, scores } = evaluateCore(content, answers, { ranges: false });
  return { models, scores };
}
