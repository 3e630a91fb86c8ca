import type { AnswerValue } from '../answers/answers.ts';
import { formatAnswer, inSentence, joinWords } from '../answers/format-answer.ts';
import type { ExplainContent } from '../content.ts';
import { parseTemplate, type TemplateParts, type TemplateSlot } from './because-template.ts';
import type { CompiledContent } from './compile.ts';
import { valuesNamed, type AnswerVector } from './evaluate.ts';

/** Answers in words, each worked out at most once per recommendation. */
export interface AnswerWords {
  (question: string): string;
  /** Only the chosen options among `named`: "customer service", not "customer service or data entry". */
  matched(question: string, named: readonly string[]): string;
}

/** The words of the answers in `vector` (questionnaire order, as Visibility.vector). */
export function answerWords(compiled: CompiledContent, vector: AnswerVector): AnswerWords {
  const { questionById, questionIndex } = compiled;
  const valueOf = (id: string): AnswerValue | undefined => vector[questionIndex.get(id) ?? -1];
  // By question position: a Map of ids grown on every call cost more than the words it kept.
  const cache: (string | undefined)[] = [];
  const whole = (id: string): string => {
    const at = questionIndex.get(id) ?? -1;
    let words = cache[at];
    if (words === undefined) {
      const question = questionById.get(id);
      words = question ? formatAnswer(question, vector[at], true) : '';
      if (at >= 0) cache[at] = words;
    }
    return words;
  };
  const matched = (id: string, named: readonly string[]): string => {
    const question = questionById.get(id);
    const value = valueOf(id);
    if (!question || question.kind === 'number' || question.kind === 'scale' || value === undefined) return whole(id);
    const chosen = Array.isArray(value) ? value : [value];
    const labels = question.options
      .filter((o) => chosen.includes(o.value) && named.includes(o.value))
      .map((o) => inSentence(o.label.split(': ')[0] ?? o.label));
    return labels.length > 0 ? joinWords(labels) : whole(id);
  };
  return Object.assign(whole, { matched });
}

/** Fills a template with the answers, in words. */
export function renderTemplate(parts: TemplateParts, words: AnswerWords): string {
  let out = '';
  for (const part of parts) out += typeof part === 'string' ? part : slotWords(part, words);
  return out;
}

/** Each rule's `because` sentence for these answers, rendered at most once per recommendation (reasons and effects share it). */
export function ruleTexts(content: ExplainContent, compiled: CompiledContent, words: AnswerWords): (rule: number) => string {
  const templates = ruleTemplates(content, compiled);
  const texts: (string | undefined)[] = [];
  return (rule) => (texts[rule] ??= renderTemplate(templates[rule] ?? [], words));
}

const templatesFor = new WeakMap<ExplainContent, readonly TemplateParts[]>();

/** Per rule, its `because` sentence cut at the placeholders: once per content object (scoring content has no sentences). */
function ruleTemplates(content: ExplainContent, compiled: CompiledContent): readonly TemplateParts[] {
  let cut = templatesFor.get(content);
  if (!cut) {
    cut = content.rules.map((rule, i) =>
      parseTemplate(rule.because ?? '', compiled.ruleQuestions[i]?.[0] ?? '', (q) => valuesNamed(rule.when, q)),
    );
    templatesFor.set(content, cut);
  }
  return cut;
}

function slotWords(slot: TemplateSlot, words: AnswerWords): string {
  return slot.matched && slot.named ? words.matched(slot.question, slot.named) : words(slot.question);
}
