import { describe, expect, it } from 'vitest';
import { describeCondition, describeFact, wordsToText } from '../../src/components/methodology/describe-condition.ts';
import { boundariesOf, buildMethodology, rangesOf, rangeWords } from '../../src/components/methodology/methodology.ts';
import { numberBoundaries } from '../../src/domain/engine/compile.ts';
import { conditionSchema, factSchema } from '../../src/domain/schemas/condition.ts';
import { content } from './helpers/content.ts';

const questions = new Map(content.questions.map((q) => [q.id, q]));
const method = buildMethodology(content);
const question = (id: string) => questions.get(id);
const fact = (raw: unknown) => factSchema.parse(raw);

describe('methodology: generated from content/', () => {
  it('lists every rule in content/, under its topic, with its id, title and points', () => {
    const listed = method.topics.flatMap((t) => t.rules.map((r) => ({ topic: t.topic, id: r.id, title: r.title, points: r.points })));
    expect(listed).toHaveLength(content.rules.length);
    for (const rule of content.rules) {
      const entry = listed.find((r) => r.id === rule.id);
      expect(entry, rule.id).toBeDefined();
      expect(entry?.title).toBe(rule.title);
      expect(entry?.topic).toBe(rule.topic);
      const points = rule.effects.flatMap((e) => (e.kind === 'points' ? [{ model: e.model, points: e.points }] : []));
      expect(entry?.points).toEqual(expect.arrayContaining(points));
    }
  });

  it('lists every question with its options, in questionnaire order', () => {
    const listed = method.sections.flatMap((s) => s.questions);
    expect(listed.map((q) => q.id)).toEqual(content.sections.flatMap((s) => s.questions).map((q) => q.id));
    const size = listed.find((q) => q.id === 'company_size');
    expect(size?.choices.map((c) => c.value)).toEqual(['under_50', '50_249', '250_999', '1000_4999', '5000_plus']);
    expect(listed.find((q) => q.id === 'annual_hires')?.answerForm).toBe('A whole number from 0 to 1,000,000 (hires a year).');
  });

  it('says when a conditional question is shown, and which rules read each answer', () => {
    const pattern = method.sections.flatMap((s) => s.questions).find((q) => q.id === 'hiring_pattern');
    expect(wordsToText(pattern?.shownWhen ?? [])).toBe('external hires a year is more than 0');
    expect(pattern?.readBy.map((r) => r.id)).toContain('rpo-peak-demand');
    const size = method.sections.flatMap((s) => s.questions).find((q) => q.id === 'company_size');
    expect(size?.shownWhen).toBeNull();
  });

  it('names the risks and KPIs a rule adds, and the placeholders of its reason', () => {
    const rule = method.topics.flatMap((t) => t.rules).find((r) => r.id === 'rpo-peak-demand');
    expect(rule?.extras).toEqual(['Lists the risk "Pricing that punishes peaks and troughs" for RPO.']);
    expect(rule?.because).toContain('[your answer to hiring pattern]');
    expect(rule?.because).not.toContain('{answer');
  });

  it('lists the tests of a combined condition one by one', () => {
    const rule = method.topics.flatMap((t) => t.rules).find((r) => r.id === 'rpo-rapid-growth');
    expect(rule?.whenList?.mode).toBe('all');
    expect(rule?.whenList?.parts.map(wordsToText)).toEqual([
      'growth outlook is "Growing fast (more than 15% a year)"',
      'external hires a year is more than 0',
    ]);
    const single = method.topics.flatMap((t) => t.rules).find((r) => r.id === 'rpo-volume-50');
    expect(single?.whenList).toBeNull();
  });

  it('cuts number questions at the same boundaries the engine uses for "what would change this"', () => {
    const conditions = [...content.rules.map((r) => r.when), ...content.questions.flatMap((q) => (q.showIf ? [q.showIf] : []))];
    const engine = numberBoundaries(conditions);
    for (const q of content.questions.filter((x) => x.kind === 'number')) {
      expect(boundariesOf(q.id, conditions), q.id).toEqual(engine.get(q.id) ?? []);
    }
  });

  it('cuts number questions into the ranges the rules treat alike', () => {
    const hires = method.numberRanges.find((n) => n.question.id === 'annual_hires');
    expect(hires?.ranges.map(rangeWords)).toEqual([
      '0',
      '1 to 10',
      '11 to 24',
      '25 to 49',
      '50 to 249',
      '250 to 999',
      '1,000 to 1,000,000',
    ]);
  });
});

describe('describeFact and describeCondition', () => {
  it('words each kind of test', () => {
    const hires = question('annual_hires');
    const pains = question('recruiting_pains');
    const burden = question('hr_admin_burden');
    const goal = question('primary_goal');
    expect(wordsToText(describeFact(fact({ question: 'annual_hires', op: 'gte', value: 1000 }), hires))).toBe(
      'external hires a year is 1,000 or more',
    );
    expect(wordsToText(describeFact(fact({ question: 'annual_hires', op: 'lte', value: 10 }), hires))).toBe(
      'external hires a year is 10 or less',
    );
    expect(wordsToText(describeFact(fact({ question: 'hr_admin_burden', op: 'gte', value: 3 }), burden))).toBe(
      'admin burden is 3 or more on its scale of 1 to 5',
    );
    expect(wordsToText(describeFact(fact({ question: 'primary_goal', op: 'eq', value: 'reduce_cost' }), goal))).toBe(
      'primary goal is "Reduce cost"',
    );
    expect(wordsToText(describeFact(fact({ question: 'primary_goal', op: 'in', value: ['reduce_cost', 'compliance'] }), goal))).toBe(
      'primary goal is "Reduce cost" or "Stay compliant with employment rules"',
    );
    expect(wordsToText(describeFact(fact({ question: 'primary_goal', op: 'notIn', value: ['reduce_cost', 'compliance'] }), goal))).toBe(
      'primary goal is none of "Reduce cost" or "Stay compliant with employment rules"',
    );
    expect(wordsToText(describeFact(fact({ question: 'recruiting_pains', op: 'includes', value: 'time_to_fill' }), pains))).toBe(
      'recruiting pains include "Roles take too long to fill"',
    );
    expect(wordsToText(describeFact(fact({ question: 'recruiting_pains', op: 'countGte', value: 1 }), pains))).toBe(
      'at least one option is chosen for recruiting pains',
    );
    expect(wordsToText(describeFact(fact({ question: 'recruiting_pains', op: 'countGte', value: 3 }), pains))).toBe(
      '3 or more options are chosen for recruiting pains',
    );
    expect(wordsToText(describeFact(fact({ question: 'recruiting_pains', op: 'countLte', value: 0 }), pains))).toBe(
      'recruiting pains is answered "none of these"',
    );
    expect(wordsToText(describeFact(fact({ question: 'primary_goal', op: 'unanswered' }), goal))).toBe(
      'primary goal is left as "not sure" or not shown',
    );
  });

  it('joins all, any and not, bracketing nested groups, and marks the questions it names', () => {
    const condition = conditionSchema.parse({
      all: [
        { question: 'single_provider', op: 'eq', value: 'yes' },
        { any: [{ question: 'annual_hires', op: 'gte', value: 50 }, { not: { question: 'hr_functions', op: 'countLte', value: 0 } }] },
      ],
    });
    const words = describeCondition(condition, questions);
    expect(wordsToText(words)).toBe(
      'single provider preference is "Yes, one provider if possible" and (external hires a year is 50 or more or it is not the case that human resources functions is answered "none of these")',
    );
    expect(words.filter((w) => typeof w !== 'string')).toEqual([
      { question: 'single_provider', label: 'single provider preference' },
      { question: 'annual_hires', label: 'external hires a year' },
      { question: 'hr_functions', label: 'human resources functions' },
    ]);
  });

  it('finds the boundaries of numeric tests the way the engine does', () => {
    const conditions = [
      conditionSchema.parse({ question: 'annual_hires', op: 'gt', value: 10 }),
      conditionSchema.parse({ question: 'annual_hires', op: 'gte', value: 50 }),
      conditionSchema.parse({ question: 'annual_hires', op: 'eq', value: 7 }),
      conditionSchema.parse({ question: 'recruiting_pains', op: 'countGte', value: 3 }),
    ];
    expect(boundariesOf('annual_hires', conditions)).toEqual([7, 8, 11, 50]);
    expect(rangesOf(0, 100, [7, 8, 11, 50]).map(rangeWords)).toEqual(['0 to 6', '7', '8 to 10', '11 to 49', '50 to 100']);
  });
});
