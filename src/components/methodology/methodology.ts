import { formatWholeNumber } from '../../domain/answers/format-answer.ts';
import type { AdvisorContent, TopicRule } from '../../domain/content.ts';
import { questionsOf } from '../../domain/engine/evaluate.ts';
import { MODEL_IDS, type ModelId } from '../../domain/schemas/ids.ts';
import type { Condition } from '../../domain/schemas/condition.ts';
import type { Question } from '../../domain/schemas/question.ts';
import { describeCondition, factsOf, type Words } from './describe-condition.ts';

export interface QuestionEntry {
  readonly id: string;
  readonly anchor: string;
  readonly prompt: string;
  readonly short: string;
  /** How it is answered, e.g. "Choose one." or "A whole number from 0 to 1,000,000 (hires a year)." */
  readonly answerForm: string;
  /** The options (or, for a scale, its points) as people see them. */
  readonly choices: readonly { readonly value: string; readonly label: string }[];
  /** When the question is shown; null when always. */
  readonly shownWhen: Words | null;
  /** The rules whose conditions read this answer. */
  readonly readBy: readonly { readonly id: string; readonly anchor: string }[];
}

export interface RuleEntry {
  readonly id: string;
  readonly anchor: string;
  readonly title: string;
  readonly when: Words;
  /** A condition that joins several tests at the top, as a list: all of them, or any of them. */
  readonly whenList: { readonly mode: 'all' | 'any'; readonly parts: readonly Words[] } | null;
  readonly points: readonly { readonly model: ModelId; readonly points: number }[];
  /** Risks, KPIs and notes the rule adds when its model is recommended, in words. */
  readonly extras: readonly string[];
  /** The `because` sentence with its placeholders named. */
  readonly because: string;
  /** Whether the condition tests more than one answer. */
  readonly combined: boolean;
  /** Whether the condition holds on an open ("not sure") answer. */
  readonly readsUnanswered: boolean;
}

export interface TopicEntry {
  readonly topic: string;
  readonly anchor: string;
  readonly rules: readonly RuleEntry[];
}

/** Everything the methodology page shows, read from the content: nothing here is written by hand. */
export interface Methodology {
  readonly sections: readonly {
    readonly id: string;
    readonly title: string;
    readonly intro: string;
    readonly questions: readonly QuestionEntry[];
  }[];
  readonly topics: readonly TopicEntry[];
  readonly questionCount: number;
  readonly ruleCount: number;
  /** Per number question, the ranges of answers that every rule and show-condition treats alike. */
  readonly numberRanges: readonly { readonly question: QuestionEntry; readonly ranges: readonly NumberRange[] }[];
}

export interface NumberRange {
  readonly from: number;
  readonly to: number;
}

export function questionAnchor(id: string): string {
  return `question-${id}`;
}

function ruleAnchor(id: string): string {
  return `rule-${id}`;
}

function topicAnchor(topic: string): string {
  return `topic-${topic
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')}`;
}

export function buildMethodology(content: AdvisorContent): Methodology {
  const byId = new Map(content.questions.map((q) => [q.id, q]));
  const readers = new Map<string, { id: string; anchor: string }[]>();
  for (const rule of content.rules) {
    for (const id of questionsOf(rule.when)) readers.set(id, [...(readers.get(id) ?? []), { id: rule.id, anchor: ruleAnchor(rule.id) }]);
  }
  const entries = new Map<string, QuestionEntry>(
    content.questions.map((q) => [
      q.id,
      {
        id: q.id,
        anchor: questionAnchor(q.id),
        prompt: q.prompt,
        short: q.short,
        answerForm: answerForm(q),
        choices: choicesOf(q),
        shownWhen: q.showIf ? describeCondition(q.showIf, byId) : null,
        readBy: readers.get(q.id) ?? [],
      },
    ]),
  );
  const topics: TopicEntry[] = [];
  for (const rule of content.rules) {
    let topic = topics.find((t) => t.topic === rule.topic);
    if (!topic) {
      topic = { topic: rule.topic, anchor: topicAnchor(rule.topic), rules: [] };
      topics.push(topic);
    }
    (topic.rules as RuleEntry[]).push(describeRule(content, rule, byId));
  }
  const conditions = [...content.rules.map((r) => r.when), ...content.questions.flatMap((q) => (q.showIf ? [q.showIf] : []))];
  const numberRanges = content.questions.flatMap((q) => {
    const entry = entries.get(q.id);
    if (q.kind !== 'number' || !entry) return [];
    const ranges = rangesOf(q.min, q.max, boundariesOf(q.id, conditions));
    return ranges.length > 1 ? [{ question: entry, ranges }] : [];
  });
  return {
    sections: content.sections.map((s) => ({
      id: s.id,
      title: s.title,
      intro: s.intro,
      questions: s.questions.flatMap((q) => entries.get(q.id) ?? []),
    })),
    topics,
    questionCount: content.questions.length,
    ruleCount: content.rules.length,
    numberRanges,
  };
}

function describeRule(content: AdvisorContent, rule: TopicRule, byId: ReadonlyMap<string, Question>): RuleEntry {
  const points = MODEL_IDS.flatMap((model) => {
    const total = rule.effects.reduce((sum, e) => (e.kind === 'points' && e.model === model ? sum + e.points : sum), 0);
    return total === 0 ? [] : [{ model, points: total }];
  });
  const extras = rule.effects.flatMap((effect) => {
    const model = content.models.find((m) => m.id === effect.model);
    switch (effect.kind) {
      case 'points':
        return [];
      case 'risk':
        return [`Lists the risk "${model?.risks.find((r) => r.id === effect.risk)?.title ?? effect.risk}" for ${effect.model}.`];
      case 'kpi':
        return [`Puts the KPI "${model?.kpis.find((k) => k.id === effect.kpi)?.name ?? effect.kpi}" first among the ${effect.model} KPIs.`];
      case 'note':
        return [`Adds the scope note "${effect.title}" for ${effect.model}.`];
    }
  });
  const primary = questionsOf(rule.when)[0] ?? '';
  const because = rule.because.replace(/\{answer(?::([a-z0-9_]+))?\}/g, (_, id: string | undefined) => {
    const question = byId.get(id ?? primary);
    return `[your answer to ${question?.short ?? id ?? primary}]`;
  });
  return {
    id: rule.id,
    anchor: ruleAnchor(rule.id),
    title: rule.title,
    when: describeCondition(rule.when, byId),
    whenList:
      'all' in rule.when
        ? { mode: 'all', parts: rule.when.all.map((c) => describeCondition(c, byId)) }
        : 'any' in rule.when
          ? { mode: 'any', parts: rule.when.any.map((c) => describeCondition(c, byId)) }
          : null,
    points,
    extras,
    because,
    combined: factsOf(rule.when).length > 1,
    readsUnanswered: factsOf(rule.when).some((f) => f.op === 'unanswered'),
  };
}

function answerForm(question: Question): string {
  switch (question.kind) {
    case 'single':
      return 'Choose one answer.';
    case 'multi':
      return 'Choose any of these, or "none of these".';
    case 'number':
      return `A whole number from ${formatWholeNumber(question.min)} to ${formatWholeNumber(question.max)} (${question.unit}).`;
    case 'scale':
      return `A point on a scale from ${question.min} to ${question.max}.`;
  }
}

function choicesOf(question: Question): QuestionEntry['choices'] {
  switch (question.kind) {
    case 'single':
    case 'multi':
      return question.options.map((o) => ({ value: o.value, label: o.label }));
    case 'scale':
      return question.labels.map((label, i) => ({ value: String(question.min + i), label }));
    case 'number':
      return [];
  }
}

/** "+10" or "−12" (a real minus sign, as people read it). */
export function signedPoints(points: number): string {
  return points > 0 ? `+${points}` : `\u2212${Math.abs(points)}`;
}

/** The values b where a numeric test of `question` may differ between b - 1 and b. */
export function boundariesOf(question: string, conditions: readonly Condition[]): number[] {
  const found = new Set<number>();
  for (const fact of conditions.flatMap(factsOf)) {
    if (fact.question !== question || !('value' in fact) || typeof fact.value !== 'number') continue;
    if (fact.op === 'countGte' || fact.op === 'countLte') continue;
    if (fact.op === 'gte' || fact.op === 'lt' || fact.op === 'eq' || fact.op === 'ne') found.add(fact.value);
    if (fact.op === 'gt' || fact.op === 'lte' || fact.op === 'eq' || fact.op === 'ne') found.add(fact.value + 1);
  }
  return [...found].sort((a, b) => a - b);
}

/** Cuts min..max at the boundaries into ranges whose every value passes and fails the same tests. */
export function rangesOf(min: number, max: number, boundaries: readonly number[]): NumberRange[] {
  const starts = [min, ...boundaries.filter((b) => b > min && b <= max)];
  return starts.map((from, i) => ({ from, to: (starts[i + 1] ?? max + 1) - 1 }));
}

/** "0", "1 to 10", "1,000 to 1,000,000". */
export function rangeWords(range: NumberRange): string {
  return range.from === range.to ? formatWholeNumber(range.from) : `${formatWholeNumber(range.from)} to ${formatWholeNumber(range.to)}`;
}
