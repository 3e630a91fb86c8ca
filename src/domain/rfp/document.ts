import type { Answers, Meta } from '../answers/answers.ts';
import type { TenderRecommendation } from '../engine/recommend-for-tender.ts';
import type { ModelId } from '../model-ids.ts';
import type { DocumentBrand } from '../schemas/brand.ts';
import type { RfpDocumentKind } from './constants.ts';

/**
 * Plain text. Renderers show it as text, never as markup. `user` marks text a person typed (the
 * client and author names): the Markdown renderer escapes it in full, so a hostile name stays inert.
 */
export interface TextNode {
  readonly kind: 'text';
  readonly text: string;
  readonly strong?: true;
  readonly user?: true;
}

/**
 * Something only the buyer knows (a contact, a date, a target, a month of history). The same id
 * can appear in several places; every occurrence carries the same value. `value` is the buyer's
 * edit, else `defaultValue`; when both are missing the renderer shows a placeholder named by `label`.
 * A value is always text a person may have typed: render it as text.
 */
export interface FieldNode {
  readonly kind: 'field';
  readonly id: string;
  readonly label: string;
  readonly input: 'text' | 'date';
  readonly value?: string;
  /** The suggestion the builder made (e.g. a date counted from today); an edit replaces it. */
  readonly defaultValue?: string;
}

export type Inline = TextNode | FieldNode;

export interface TocEntry {
  readonly id: string;
  readonly number: number;
  readonly title: string;
}

export interface FactItem {
  readonly term: string;
  readonly value: readonly Inline[];
}

/** The building blocks of a section; never HTML. */
export type RfpBlock =
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Inline[])[] }
  /** A sub-heading inside a section (a lot, a model); `id` is unique in the document. */
  | { readonly kind: 'heading'; readonly id: string; readonly text: string }
  /** Term and value pairs, e.g. "Prepared for: Acme GmbH". */
  | { readonly kind: 'facts'; readonly items: readonly FactItem[] }
  /** Every row has one cell per header; a cell is a run of inline nodes. */
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly header: readonly string[];
      readonly rows: readonly (readonly (readonly Inline[])[])[];
    }
  | { readonly kind: 'toc'; readonly entries: readonly TocEntry[] };

export interface RfpSection {
  /** Stable across documents: "cover", "scope", "evaluation" ... */
  readonly id: string;
  /** 1, 2, 3 ... in document order. */
  readonly number: number;
  readonly title: string;
  readonly blocks: readonly RfpBlock[];
}

export interface RfpDocument {
  readonly kind: RfpDocumentKind;
  readonly title: string;
  /** The models tendered, in the order HRO, RPO, BPO, KPO; empty for "nothing-to-tender". */
  readonly models: readonly ModelId[];
  readonly sections: readonly RfpSection[];
  /** Every field once, in order of first appearance, as in the sections. */
  readonly fields: readonly FieldNode[];
  /** Who drafted it with this site: the brand's name and contact line, for the letterhead and the footer. */
  readonly brand?: Letterhead;
}

/** The brand as a document's letterhead and footer show it. */
export interface Letterhead {
  readonly name: string;
  readonly contact?: string;
}

export interface RfpInput {
  /** What recommend(content, answers) (or recommendForTender, its tender parts) returned for these answers. */
  readonly recommendation: TenderRecommendation;
  /** The answers as saved; buildRfp drops those of hidden questions itself. */
  readonly answers: Answers;
  readonly meta: Meta;
}

export interface RfpOptions {
  /** The day the draft is made, as YYYY-MM-DD: the suggested issue date, from which the other dates count. */
  readonly today: string;
  /** The buyer's entries by field id. Blank entries and unknown ids are ignored. */
  readonly edits?: Readonly<Record<string, string>>;
  /**
   * Models to tender instead of the recommended set (any order; duplicates ignored). An empty list,
   * or no list when nothing is recommended, gives the short "nothing-to-tender" document.
   */
  readonly models?: readonly ModelId[];
  /**
   * The site's brand: its name and contact line become the document's letterhead, and its default
   * author fills "Prepared by" when the answers name none (an edit still replaces it).
   */
  readonly brand?: DocumentBrand;
}
