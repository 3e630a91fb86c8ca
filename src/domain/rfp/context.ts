import type { Answers, Meta } from '../answers/answers.ts';
import type { TenderContent } from '../content.ts';
import type { TenderRecommendation } from '../engine/recommend-for-tender.ts';
import type { ModelId } from '../model-ids.ts';
import type { RfpDocumentKind } from './constants.ts';
import type { TocEntry } from './document.ts';
import type { RfpTimeline } from './timeline.ts';

/** What every block of one document is built from. */
export interface BuildContext {
  readonly content: TenderContent;
  readonly recommendation: TenderRecommendation;
  /** The answers that count: those of hidden questions removed. */
  readonly answers: Answers;
  readonly meta: Meta;
  readonly kind: RfpDocumentKind;
  readonly models: readonly ModelId[];
  readonly timeline: RfpTimeline;
  readonly edits: Readonly<Record<string, string>>;
  readonly toc: readonly TocEntry[];
  readonly sectionId: string;
  /** "Prepared by" when the answers name no author: the brand's default, if it has one. */
  readonly defaultAuthor?: string;
}

/** The model part of an each-model block being built. */
export interface ModelScope {
  readonly model: ModelId;
  readonly lot: number;
}
