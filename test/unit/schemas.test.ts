import { describe, expect, it } from 'vitest';
import { alternativeFileSchema, alternativeSchema } from '../../src/domain/schemas/advice.ts';
import { combinationSchema } from '../../src/domain/schemas/combination.ts';
import { conditionSchema, factSchema } from '../../src/domain/schemas/condition.ts';
import { describeIssues, formatPath } from '../../src/domain/schemas/friendly-issues.ts';
import { compareTerms, glossaryFileSchema, glossaryTermSchema, termAnchor } from '../../src/domain/schemas/glossary.ts';
import { guideSchema } from '../../src/domain/schemas/guide.ts';
import { answerIdSchema, isModelId, MODEL_IDS, modelIdSchema, slugSchema } from '../../src/domain/schemas/ids.ts';
import { kpiSchema, modelSchema, pricingSchema, riskSchema, scopeNoteSchema } from '../../src/domain/schemas/model.ts';
import {
  HELP_WORDS,
  multiQuestionSchema,
  numberQuestionSchema,
  optionSchema,
  questionSchema,
  scaleQuestionSchema,
  sectionSchema,
  singleQuestionSchema,
} from '../../src/domain/schemas/question.ts';
import { effectSchema, ruleFileSchema, ruleSchema } from '../../src/domain/schemas/rule.ts';
import { scoringSettingsSchema } from '../../src/domain/schemas/settings.ts';
import type { z } from '../../src/domain/schemas/zod.ts';

/** The problems of a refused value, as content authors read them: "path: message" (parsed as loadContent does). */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be refused`);
  return describeIssues(result.error).map((issue) => `${issue.path}: ${issue.message}`);
}

const kpi = kpiSchema.parse({
  id: 'time-to-fill',
  name: 'Time to fill',
  definition: 'Days from approval to acceptance.',
  howMeasured: 'ATS data.',
});
const risk = riskSchema.parse({
  id: 'hidden-costs',
  title: 'Hidden costs',
  description: 'Fees beyond the base price.',
  mitigation: 'Price every service.',
  always: true,
});
const pricing = pricingSchema.parse({ id: 'per-hire', name: 'Per hire', description: 'A fee for each hire.' });
const scopeNote = scopeNoteSchema.parse({ title: 'Data', text: 'Agree who owns candidate data.' });
const option = optionSchema.parse({ value: 'under_50', label: 'Under 50' });
const common = { prompt: 'How many people?', short: 'company size', help: 'Count everyone.' };
const single = singleQuestionSchema.parse({
  ...common,
  id: 'company_size',
  kind: 'single',
  options: [option, { value: '50_249', label: '50 to 249' }],
});
const fact = factSchema.parse({ question: 'annual_hires', op: 'gte', value: 50 });
const rule = ruleSchema.parse({
  id: 'rpo-hires-50',
  title: '50 hires add points',
  when: fact,
  effects: [{ kind: 'points', model: 'RPO', points: 10 }],
  because: 'You expect {answer} hires.',
});

describe('ids', () => {
  it('accepts the four models and refuses anything else', () => {
    for (const id of MODEL_IDS) expect(modelIdSchema.parse(id)).toBe(id);
    expect(modelIdSchema.safeParse('hro').success).toBe(false);
    expect(modelIdSchema.safeParse('ITO').success).toBe(false);
    expect(isModelId('KPO')).toBe(true);
    expect(isModelId('kpo')).toBe(false);
    expect(isModelId(3)).toBe(false);
  });

  it('accepts slugs and refuses other spellings, with an example', () => {
    expect(slugSchema.parse('rpo-high-volume')).toBe('rpo-high-volume');
    for (const bad of ['RPO', 'rpo_high', 'rpo--high', '-rpo', 'rpo-', '']) expect(slugSchema.safeParse(bad).success).toBe(false);
    expect(problems(slugSchema, 'Rpo')).toEqual(['(top level): use lower-case words joined by hyphens, e.g. "rpo-high-volume"']);
  });

  it('accepts contract ids and refuses other spellings, with an example', () => {
    expect(answerIdSchema.parse('company_size')).toBe('company_size');
    expect(answerIdSchema.parse('50_249')).toBe('50_249');
    for (const bad of ['company-size', 'Company_size', 'company__size', '_size', ''])
      expect(answerIdSchema.safeParse(bad).success).toBe(false);
    expect(problems(answerIdSchema, 'company-size')[0]).toContain('lower-case words joined by underscores');
  });
});

describe('condition', () => {
  it('accepts every operator with a value of its type', () => {
    const facts = [
      { question: 'industry', op: 'eq', value: 'technology' },
      { question: 'annual_hires', op: 'ne', value: 0 },
      { question: 'industry', op: 'in', value: ['technology', 'other'] },
      { question: 'industry', op: 'notIn', value: ['other'] },
      { question: 'annual_hires', op: 'gt', value: 10 },
      { question: 'annual_hires', op: 'lt', value: 10 },
      { question: 'annual_hires', op: 'lte', value: 10 },
      { question: 'hr_functions', op: 'includes', value: 'payroll' },
      { question: 'hr_functions', op: 'includesAny', value: ['payroll'] },
      { question: 'hr_functions', op: 'countGte', value: 2 },
      { question: 'hr_functions', op: 'countLte', value: 0 },
      { question: 'budget', op: 'answered' },
      { question: 'budget', op: 'unanswered' },
    ];
    for (const f of facts) expect(factSchema.parse(f)).toEqual(f);
  });

  it('refuses an unknown operator, a value of the wrong type, a missing or extra value', () => {
    expect(factSchema.safeParse({ question: 'industry', op: 'contains', value: 'x' }).success).toBe(false);
    expect(factSchema.safeParse({ question: 'annual_hires', op: 'gte', value: '50' }).success).toBe(false);
    expect(factSchema.safeParse({ question: 'industry', op: 'in', value: [] }).success).toBe(false);
    expect(factSchema.safeParse({ question: 'industry', op: 'eq' }).success).toBe(false);
    expect(factSchema.safeParse({ question: 'budget', op: 'answered', value: 'tight' }).success).toBe(false);
    expect(factSchema.safeParse({ question: 'hr_functions', op: 'countGte', value: 1.5 }).success).toBe(false);
    expect(factSchema.safeParse({ question: 'Annual Hires', op: 'answered' }).success).toBe(false);
  });

  it('accepts all / any / not trees of facts', () => {
    const tree = { all: [fact, { any: [{ question: 'budget', op: 'answered' }, { not: fact }] }] };
    expect(conditionSchema.parse(tree)).toEqual(tree);
  });

  it('refuses empty groups, string expressions and mixed shapes', () => {
    expect(conditionSchema.safeParse({ all: [] }).success).toBe(false);
    expect(conditionSchema.safeParse({ any: [] }).success).toBe(false);
    expect(conditionSchema.safeParse('annual_hires > 50').success).toBe(false);
    expect(conditionSchema.safeParse({ all: [fact], any: [fact] }).success).toBe(false);
    expect(conditionSchema.safeParse({ not: [fact] }).success).toBe(false);
    expect(conditionSchema.safeParse({ all: [{ question: 'x', op: 'eq' }] }).success).toBe(false);
  });
});

describe('question', () => {
  it('accepts an option, with or without help, and refuses an empty label or an unknown field', () => {
    expect(optionSchema.parse({ value: 'payroll', label: 'Payroll', help: 'Pay runs.' })).toEqual({
      value: 'payroll',
      label: 'Payroll',
      help: 'Pay runs.',
    });
    expect(problems(optionSchema, { value: 'payroll', label: '' })).toEqual(['label: must not be empty']);
    expect(problems(optionSchema, { value: 'payroll', label: 'Payroll', lable: 'x' })).toEqual(['(top level): has unknown field "lable"']);
  });

  it('accepts each kind of question', () => {
    expect(single.options).toHaveLength(2);
    const multi = multiQuestionSchema.parse({
      ...common,
      id: 'hr_functions',
      kind: 'multi',
      options: [{ value: 'payroll', label: 'Payroll' }],
    });
    expect(multi.kind).toBe('multi');
    const number = numberQuestionSchema.parse({
      ...common,
      id: 'annual_hires',
      kind: 'number',
      min: 0,
      max: 1_000_000,
      unit: 'hires a year',
    });
    expect(number.max).toBe(1_000_000);
    const scale = scaleQuestionSchema.parse({
      ...common,
      id: 'hr_admin_burden',
      kind: 'scale',
      min: 1,
      max: 3,
      labels: ['Light', 'Some', 'Heavy'],
    });
    expect(scale.labels).toHaveLength(3);
    const shown = questionSchema.parse({ ...single, showIf: { question: 'annual_hires', op: 'gt', value: 0 } });
    expect(shown.showIf).toEqual({ question: 'annual_hires', op: 'gt', value: 0 });
  });

  it('refuses a question that breaks the rules of its kind', () => {
    expect(singleQuestionSchema.safeParse({ ...single, options: [option] }).success).toBe(false);
    expect(multiQuestionSchema.safeParse({ ...common, id: 'hr_functions', kind: 'multi', options: [] }).success).toBe(false);
    expect(
      numberQuestionSchema.safeParse({ ...common, id: 'annual_hires', kind: 'number', min: 0, max: 10.5, unit: 'hires' }).success,
    ).toBe(false);
    expect(
      scaleQuestionSchema.safeParse({ ...common, id: 'hr_admin_burden', kind: 'scale', min: 1, max: 5, labels: ['Only'] }).success,
    ).toBe(false);
    expect(problems(questionSchema, { ...single, kind: 'dropdown' })[0]).toMatch(/^kind: /);
    expect(problems(questionSchema, { ...single, short: undefined })).toEqual(['short: is required (string)']);
    expect(problems(questionSchema, { ...single, showIf: 'annual_hires > 0' })[0]).toMatch(/^showIf: /);
  });

  it('keeps help to one line and takes the longer "why we ask" separately', () => {
    const explained = questionSchema.parse({ ...single, why: 'Size changes what is worth handing over.' });
    expect(explained.why).toBe('Size changes what is worth handing over.');
    expect(single.why).toBeUndefined();
    const long = Array.from({ length: HELP_WORDS + 1 }, () => 'word').join(' ');
    expect(problems(questionSchema, { ...single, help: long })).toEqual([
      `help: must be one line of at most ${HELP_WORDS} words; put the longer explanation in "why"`,
    ]);
    expect(problems(questionSchema, { ...single, why: '' })).toEqual(['why: must not be empty']);
  });

  it('accepts a section and refuses one without questions or with a bad order', () => {
    const section = sectionSchema.parse({
      id: 'organisation',
      order: 1,
      title: 'Your organisation',
      intro: 'About you.',
      questions: [single],
    });
    expect(section.questions[0]?.id).toBe('company_size');
    expect(problems(sectionSchema, { ...section, questions: [] })).toEqual(['questions: needs at least 1 item(s)']);
    expect(problems(sectionSchema, { ...section, order: 0 })).toEqual(['order: must be at least 1']);
    expect(
      problems(sectionSchema, { ...section, questions: [{ ...single, options: [option, { value: 'Big', label: 'Big' }] }] })[0],
    ).toMatch(/^questions\[0\]\.options\[1\]\.value: use lower-case words joined by underscores/);
  });
});

describe('rule', () => {
  it('accepts each kind of effect', () => {
    const effects = [
      { kind: 'points', model: 'RPO', points: -60 },
      { kind: 'risk', model: 'HRO', risk: 'hidden-costs' },
      { kind: 'kpi', model: 'BPO', kpi: 'first-contact-resolution' },
      { kind: 'note', model: 'KPO', title: 'Data', text: 'Keep the models in-house.' },
    ];
    for (const effect of effects) expect(effectSchema.parse(effect)).toEqual(effect);
  });

  it('refuses zero, fractional or outsized points, an unknown model and an unknown kind', () => {
    expect(problems(effectSchema, { kind: 'points', model: 'RPO', points: 0 })).toEqual(['points: points must not be 0']);
    expect(problems(effectSchema, { kind: 'points', model: 'RPO', points: 61 })).toEqual(['points: must be at most 60']);
    expect(effectSchema.safeParse({ kind: 'points', model: 'RPO', points: 2.5 }).success).toBe(false);
    expect(problems(effectSchema, { kind: 'points', model: 'ITO', points: 5 })[0]).toMatch(
      /^model: must be one of "HRO", "RPO", "BPO", "KPO"/,
    );
    expect(effectSchema.safeParse({ kind: 'bonus', model: 'RPO', points: 5 }).success).toBe(false);
  });

  it('accepts a rule and a rules file', () => {
    expect(rule.effects).toHaveLength(1);
    expect(ruleFileSchema.parse({ topic: 'Hiring', rules: [rule] }).rules[0]?.id).toBe('rpo-hires-50');
  });

  it('refuses a rule without effects or reason, a misspelt field and an empty rules file', () => {
    expect(problems(ruleSchema, { ...rule, effects: [] })).toEqual(['effects: needs at least 1 item(s)']);
    expect(problems(ruleSchema, { ...rule, because: '' })).toEqual(['because: must not be empty']);
    expect(problems(ruleSchema, { ...rule, id: 'RPO hires' })[0]).toMatch(/^id: use lower-case words joined by hyphens/);
    expect(problems(ruleFileSchema, { topic: 'Hiring', rules: [{ ...rule, wen: fact }] })).toEqual(['rules[0]: has unknown field "wen"']);
    expect(problems(ruleFileSchema, { topic: 'Hiring', rules: [] })).toEqual(['rules: needs at least 1 item(s)']);
  });
});

describe('model', () => {
  const model = {
    id: 'RPO',
    name: 'Recruitment process outsourcing',
    summary: 'A provider runs your recruiting.',
    description: 'The provider acts as your recruiting team.',
    typicalScope: ['Sourcing'],
    bestFor: ['Fast growth'],
    contractLength: 'One to three years.',
    technology: 'An ATS.',
    kpis: [kpi],
    pricing: [pricing],
    risks: [risk],
    scopeNotes: [scopeNote],
    guide: 'rpo',
    needQuestions: ['annual_hires'],
    shapes: [
      { id: 'project-rpo', name: 'Project RPO', text: 'A team for the peak.', when: fact, because: 'Peaks.' },
      { id: 'full-cycle-rpo', name: 'Full-cycle RPO', text: 'End to end.', because: '{answer:annual_hires} hires.' },
    ],
    standing: [
      { standing: 'recommended', text: 'Worth handing over.' },
      { standing: 'not_recommended', when: fact, text: 'Not worth it.' },
      { standing: 'not_recommended', text: 'Below the line.' },
      { standing: 'undecided', text: 'Open.' },
    ],
  };

  it('accepts a model with its KPIs, pricing, risks and scope notes', () => {
    expect(modelSchema.parse(model)).toEqual(model);
    expect(modelSchema.parse({ ...model, scopeNotes: [] }).scopeNotes).toEqual([]);
  });

  it('refuses a model without KPIs, with a bad risk or an unknown id', () => {
    expect(problems(modelSchema, { ...model, kpis: [] })).toEqual(['kpis: needs at least 1 item(s)']);
    expect(problems(modelSchema, { ...model, risks: [{ ...risk, always: 'yes' }] })).toEqual([
      'risks[0].always: must be boolean, not string',
    ]);
    expect(problems(modelSchema, { ...model, id: 'ITO' })[0]).toMatch(/^id: must be one of/);
    expect(problems(kpiSchema, { ...kpi, howMeasured: undefined })).toEqual(['howMeasured: is required (string)']);
    expect(problems(pricingSchema, { ...pricing, id: 'Per Hire' })[0]).toMatch(/^id: /);
    expect(problems(scopeNoteSchema, { title: 'Data' })).toEqual(['text: is required (string)']);
    expect(problems(modelSchema, { ...model, needQuestions: [] })).toEqual(['needQuestions: needs at least 1 item(s)']);
    expect(problems(modelSchema, { ...model, standing: [{ standing: 'maybe', text: 'x' }, ...model.standing] })[0]).toMatch(
      /^standing\[0\]\.standing: must be one of "recommended", "not_recommended", "undecided"/,
    );
  });
});

describe('alternatives', () => {
  const alternative = {
    id: 'executive_search',
    name: 'A search firm',
    text: 'For a few senior roles.',
    when: fact,
    because: 'Senior roles.',
  };

  it('accepts an alternatives file with snake_case ids', () => {
    expect(alternativeFileSchema.parse({ alternatives: [alternative] }).alternatives[0]?.id).toBe('executive_search');
  });

  it('refuses an alternative without a condition, and an empty file', () => {
    expect(problems(alternativeSchema, { ...alternative, when: undefined })).toEqual([
      'when: does not match any allowed shape (check the field names and the \"kind\" or \"op\")',
    ]);
    expect(problems(alternativeFileSchema, { alternatives: [] })).toEqual(['alternatives: needs at least 1 item(s)']);
  });
});

describe('combination', () => {
  const combination = {
    id: 'total-talent',
    models: ['HRO', 'RPO'],
    label: 'HRO + RPO (total talent)',
    headline: 'one provider across the employee lifecycle',
    description: 'Hire and run HR with one provider.',
    notes: ['Run one RFP with two lots.'],
  };

  it('accepts a combination, and the empty set for "keep it in-house"', () => {
    expect(combinationSchema.parse(combination)).toEqual({ ...combination, verdict: 'outsource' });
    expect(combinationSchema.parse({ ...combination, id: 'in-house', models: [], verdict: 'in_house' }).verdict).toBe('in_house');
    expect(problems(combinationSchema, { ...combination, verdict: 'maybe' })[0]).toMatch(/^verdict: must be one of/);
  });

  it('refuses an unknown model or a missing headline', () => {
    expect(problems(combinationSchema, { ...combination, models: ['HRO', 'ITO'] })[0]).toMatch(/^models\[1\]: must be one of/);
    expect(problems(combinationSchema, { ...combination, headline: undefined })).toEqual(['headline: is required (string)']);
  });
});

describe('guide', () => {
  const guide = { title: 'RPO', description: 'What RPO is and how it is bought.', kind: 'model', order: 2 };

  it('accepts a guide and fills in empty model and related lists', () => {
    expect(guideSchema.parse(guide)).toEqual({ ...guide, models: [], related: [] });
    expect(guideSchema.parse({ ...guide, models: ['RPO'], related: ['hro-vs-rpo'] }).related).toEqual(['hro-vs-rpo']);
  });

  it('refuses a short description, an unknown kind and a bad related slug', () => {
    expect(problems(guideSchema, { ...guide, description: 'Too short.' })).toEqual(['description: needs at least 20 characters']);
    expect(problems(guideSchema, { ...guide, kind: 'blog' })).toEqual(['kind: must be one of "model", "comparison", "topic"']);
    expect(problems(guideSchema, { ...guide, related: ['HRO vs RPO'] })[0]).toMatch(/^related\[0\]: /);
  });
});

describe('scoring settings', () => {
  const settings = {
    recommendAt: 55,
    clearMargin: 12,
    closeMargin: 4,
    undeterminedAt: 3,
    maxUnansweredForHigh: 0.15,
    maxUnansweredForMedium: 0.4,
  };

  it('accepts consistent settings', () => {
    expect(scoringSettingsSchema.parse(settings)).toEqual(settings);
  });

  it('refuses out-of-range and inconsistent settings', () => {
    expect(problems(scoringSettingsSchema, { ...settings, recommendAt: 101 })).toEqual(['recommendAt: must be at most 100']);
    expect(problems(scoringSettingsSchema, { ...settings, undeterminedAt: 5 })).toEqual(['undeterminedAt: must be at most 4']);
    expect(problems(scoringSettingsSchema, { ...settings, closeMargin: 12 })).toEqual([
      '(top level): closeMargin must be smaller than clearMargin',
    ]);
    expect(problems(scoringSettingsSchema, { ...settings, maxUnansweredForHigh: 0.5 })).toEqual([
      '(top level): maxUnansweredForHigh must not exceed maxUnansweredForMedium',
    ]);
    expect(problems(scoringSettingsSchema, { ...settings, threshold: 50 })).toEqual(['(top level): has unknown field "threshold"']);
  });
});

describe('glossary', () => {
  const term = { term: 'ATS', expansion: 'Applicant tracking system', definition: 'Software that manages vacancies and applications.' };
  const later = { term: 'BPO', definition: 'Contracting a third party to run non-core processes.' };

  it('accepts terms in alphabetical order', () => {
    expect(glossaryTermSchema.parse(term)).toEqual(term);
    expect(glossaryFileSchema.parse({ terms: [term, later] }).terms).toHaveLength(2);
    expect(compareTerms('ats', 'BPO')).toBeLessThan(0);
    expect(termAnchor('Per employee per month (PEPM)')).toBe('per-employee-per-month-pepm');
  });

  it('refuses a short definition, a term twice and terms out of order', () => {
    expect(problems(glossaryTermSchema, { ...term, definition: 'Short.' })).toEqual(['definition: needs at least 20 characters']);
    expect(problems(glossaryFileSchema, { terms: [term, { ...later, term: 'ats' }] })).toContain('terms: every term must appear once');
    expect(problems(glossaryFileSchema, { terms: [later, term] })).toEqual(['terms: terms must be in alphabetical order']);
  });
});

describe('friendly issues', () => {
  it('writes paths as they appear in a file', () => {
    expect(formatPath(['questions', 2, 'options', 0, 'label'])).toBe('questions[2].options[0].label');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('(top level)');
  });

  it('turns every zod issue into a sentence naming the field', () => {
    expect(problems(optionSchema, { value: 3, label: 'x' })).toEqual(['value: must be string, not number']);
    expect(problems(optionSchema, { value: null, label: ['x'] })).toEqual([
      'value: must be string, not null',
      'label: must be string, not a list',
    ]);
    expect(problems(optionSchema, {})).toEqual(['value: is required (string)', 'label: is required (string)']);
    expect(problems(optionSchema, { value: 'a', label: 'b', x: 1, y: 2 })).toEqual(['(top level): has unknown fields "x", "y"']);
    expect(problems(ruleSchema, { ...rule, effects: new Array(0) })).toEqual(['effects: needs at least 1 item(s)']);
  });

  it('claims no more than it knows when parsed without the input', () => {
    const missing = optionSchema.safeParse({ label: 'x' });
    const wrong = optionSchema.safeParse({ value: 3, label: 'x' });
    if (missing.success || wrong.success) throw new Error('expected both to be refused');
    expect(describeIssues(missing.error)).toEqual([{ path: 'value', message: 'must be string' }]);
    expect(describeIssues(wrong.error)).toEqual([{ path: 'value', message: 'must be string' }]);
  });
});
