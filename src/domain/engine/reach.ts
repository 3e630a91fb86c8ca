import type { ScoringContent } from '../content.ts';
import { compileContent } from './compile.ts';
import { questionsOf } from './evaluate.ts';

/** What one answer can reach: the indexes "what would change this" searches with. Built once per content object. */
export interface Reach {
  /** Per question, the rules whose result may change when that answer changes (directly or by showing or hiding a question). */
  readonly rulesAffectedBy: ReadonlyMap<string, readonly number[]>;
  /** Per number question, ascending, the values b where some fact may differ between b - 1 and b. */
  readonly boundaries: ReadonlyMap<string, readonly number[]>;
  /** Questions that some other question's showIf reads. */
  readonly showsOrHides: ReadonlySet<string>;
}

const cache = new WeakMap<ScoringContent, Reach>();

// Apart from compileContent, so pages that only score (the questionnaire, the RFP) never load it.
export function reachOf(content: ScoringContent): Reach {
  const cached = cache.get(content);
  if (cached) return cached;
  const { ruleQuestions, boundaries } = compileContent(content);

  // A question's answer reaches the rules that read it and, through showIf, the rules that read the questions it shows or hides.
  const reach = new Map<string, Set<string>>(content.questions.map((q) => [q.id, new Set([q.id])]));
  for (const question of content.questions) {
    if (!question.showIf) continue;
    for (const source of questionsOf(question.showIf)) {
      for (const set of reach.values()) if (set.has(source)) set.add(question.id);
    }
  }
  const rulesAffectedBy = new Map<string, number[]>();
  for (const [id, reached] of reach) {
    rulesAffectedBy.set(
      id,
      ruleQuestions.flatMap((qs, index) => (qs.some((q) => reached.has(q)) ? [index] : [])),
    );
  }

  const showsOrHides = new Set(content.questions.flatMap((q) => (q.showIf ? questionsOf(q.showIf) : [])));

  const result: Reach = { rulesAffectedBy, boundaries, showsOrHides };
  cache.set(content, result);
  return result;
}
