import { assembleContent, type AdvisorContent } from '../../../src/domain/content.ts';
import { alternativeFileSchema } from '../../../src/domain/schemas/advice.ts';
import { combinationSchema } from '../../../src/domain/schemas/combination.ts';
import { modelSchema, type Model } from '../../../src/domain/schemas/model.ts';
import { sectionSchema } from '../../../src/domain/schemas/question.ts';
import { ruleFileSchema } from '../../../src/domain/schemas/rule.ts';
import { scoringSettingsSchema } from '../../../src/domain/schemas/settings.ts';
import type { ModelId } from '../../../src/domain/model-ids.ts';

/**
 * A small content built for the engine's unit tests, through the schemas: three questions, a handful
 * of rules with round numbers, four thin models. Its points are chosen so every figure in the tests
 * can be worked out by hand; nothing here comes from content/.
 */
const section = sectionSchema.parse({
  id: 'fixture',
  order: 1,
  title: 'Fixture',
  intro: 'Questions made for the engine tests.',
  questions: [
    { id: 'annual_hires', kind: 'number', prompt: 'Hires?', short: 'hires', help: 'How many.', min: 0, max: 1000, unit: 'hires' },
    {
      id: 'recruiting_capacity',
      kind: 'single',
      prompt: 'Team?',
      short: 'team',
      help: 'Your team.',
      showIf: { question: 'annual_hires', op: 'gt', value: 0 },
      options: [
        { value: 'stretched', label: 'Stretched: too few recruiters' },
        { value: 'strong', label: 'Strong' },
      ],
    },
    {
      id: 'business_processes',
      kind: 'multi',
      prompt: 'Processes?',
      short: 'processes',
      help: 'What you would hand over.',
      options: [
        { value: 'customer_service', label: 'Customer service' },
        { value: 'data_entry', label: 'Data entry' },
        { value: 'procurement', label: 'Procurement' },
      ],
    },
    {
      id: 'control_preference',
      kind: 'single',
      prompt: 'Control?',
      short: 'control',
      help: 'How close.',
      options: [
        { value: 'tight', label: 'Tight' },
        { value: 'shared', label: 'Shared' },
      ],
    },
  ],
});

const rules = ruleFileSchema.parse({
  topic: 'Fixture',
  rules: [
    {
      id: 'hires-50',
      title: '50 hires add 30 to RPO',
      when: { question: 'annual_hires', op: 'gte', value: 50 },
      effects: [{ kind: 'points', model: 'RPO', points: 30 }],
      because: '{answer} hires is real volume.',
    },
    {
      id: 'hires-200',
      title: '200 hires add 10 more to RPO',
      when: { question: 'annual_hires', op: 'gte', value: 200 },
      effects: [{ kind: 'points', model: 'RPO', points: 10 }],
      because: '{answer} hires is a production line.',
    },
    {
      id: 'few-hires',
      title: 'Ten hires or fewer take 40 from RPO',
      role: 'fit',
      when: {
        all: [
          { question: 'annual_hires', op: 'gt', value: 0 },
          { question: 'annual_hires', op: 'lte', value: 10 },
        ],
      },
      effects: [{ kind: 'points', model: 'RPO', points: -40 }],
      because: '{answer} hires is a handful.',
    },
    {
      id: 'stretched',
      title: 'A stretched team adds 30 to RPO',
      when: { question: 'recruiting_capacity', op: 'eq', value: 'stretched' },
      effects: [{ kind: 'points', model: 'RPO', points: 30 }],
      because: 'Your team is {answer}.',
    },
    {
      id: 'process',
      title: 'A process adds 55 to BPO',
      when: { question: 'business_processes', op: 'countGte', value: 1 },
      effects: [{ kind: 'points', model: 'BPO', points: 55 }],
      because: 'You would hand over {answer}.',
    },
    {
      id: 'volume-process',
      title: 'Customer service or data entry adds 5 to BPO',
      when: { question: 'business_processes', op: 'includesAny', value: ['customer_service', 'data_entry'] },
      effects: [{ kind: 'points', model: 'BPO', points: 5 }],
      because: 'Work such as {matched} is volume work.',
    },
    {
      id: 'no-process',
      title: 'No process takes 50 from BPO',
      when: { question: 'business_processes', op: 'countLte', value: 0 },
      effects: [{ kind: 'points', model: 'BPO', points: -50 }],
      because: 'Nothing to hand over.',
    },
    {
      id: 'tight',
      title: 'Tight control takes 6 from BPO',
      role: 'constraint',
      when: { question: 'control_preference', op: 'eq', value: 'tight' },
      effects: [{ kind: 'points', model: 'BPO', points: -6 }],
      because: 'You want {answer} control.',
    },
    {
      id: 'not-shared',
      title: 'Control other than shared takes 4 from HRO (a planted "not" for the three-valued test)',
      when: { not: { question: 'control_preference', op: 'eq', value: 'shared' } },
      effects: [{ kind: 'points', model: 'HRO', points: 4 }],
      because: 'Control is not shared.',
    },
  ],
});

function model(id: ModelId, needQuestions: string[]): Model {
  return modelSchema.parse({
    id,
    name: `${id} name`,
    summary: 'A model.',
    description: 'A model for the tests.',
    typicalScope: ['Scope'],
    bestFor: ['Tests'],
    contractLength: 'A year.',
    technology: 'None.',
    kpis: [{ id: 'kpi', name: 'KPI', definition: 'A measure.', howMeasured: 'Counted.' }],
    pricing: [{ id: 'price', name: 'Price', description: 'A fee.' }],
    risks: [{ id: 'risk', title: 'Risk', description: 'A risk.', mitigation: 'Manage it.', always: true }],
    scopeNotes: [],
    guide: id.toLowerCase(),
    needQuestions,
    shapes: [
      {
        id: 'peak',
        name: 'Peak shape',
        text: 'For peaks.',
        when: { question: 'annual_hires', op: 'gte', value: 200 },
        because: '{answer:annual_hires} hires.',
      },
      { id: 'default', name: 'Default shape', text: 'Otherwise.', because: 'The usual way.' },
    ],
    standing: [
      { standing: 'recommended', text: `${id} is worth buying.` },
      { standing: 'not_recommended', text: `${id} is not.` },
      { standing: 'undecided', text: `${id} is open.` },
    ],
  });
}

export const fixtureContent: AdvisorContent = assembleContent({
  sections: [section],
  ruleFiles: [rules],
  models: [
    model('HRO', ['control_preference']),
    model('RPO', ['annual_hires', 'recruiting_capacity']),
    model('BPO', ['business_processes']),
    model('KPO', ['control_preference']),
  ],
  combinations: [
    { id: 'in-house', models: [], verdict: 'in_house', label: 'In-house', headline: 'keep it', description: 'Nothing.', notes: [] },
    {
      id: 'undetermined',
      models: [],
      verdict: 'undetermined',
      label: 'Not enough',
      headline: 'answer more',
      description: 'Open.',
      notes: [],
    },
    { id: 'rpo', models: ['RPO'], label: 'RPO', headline: 'recruiting', description: 'Recruiting.', notes: ['A note.'] },
    { id: 'rpo-bpo', models: ['RPO', 'BPO'], label: 'RPO + BPO', headline: 'both', description: 'Both.', notes: ['Lots.'] },
  ].map((c) => combinationSchema.parse(c)),
  alternatives: alternativeFileSchema.parse({
    alternatives: [
      {
        id: 'recruitment_agency',
        name: 'An agency',
        text: 'Per hire.',
        when: {
          all: [
            { question: 'annual_hires', op: 'gt', value: 0 },
            { question: 'annual_hires', op: 'lte', value: 10 },
          ],
        },
        because: '{answer:annual_hires} hires.',
      },
      {
        id: 'consulting_project',
        name: 'A project',
        text: 'One-off.',
        when: { question: 'business_processes', op: 'includesAny', value: ['customer_service', 'data_entry'] },
        because: 'Only {matched:business_processes}.',
      },
    ],
  }).alternatives,
  settings: scoringSettingsSchema.parse({
    recommendAt: 50,
    clearMargin: 12,
    closeMargin: 4,
    undeterminedAt: 2,
    maxUnansweredForHigh: 0.15,
    maxUnansweredForMedium: 0.4,
  }),
});
