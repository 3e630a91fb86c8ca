import type { V1Question } from './v1-layout.ts';

/**
 * The answer contract v2 (docs/answers-v2.md): the questions it adds to v1, frozen in this order.
 * Links of version 2 carry the v1 answers, then these. The content check makes sure each entry
 * still exists with the same kind, values (in order) and range. Add later questions in a v3 list.
 */
const MONEY = 10_000_000_000;
const money = (id: string): V1Question => ({ id, kind: 'number', min: 0, max: MONEY });
const percent = (id: string): V1Question => ({ id, kind: 'number', min: 0, max: 100 });
const fte = (id: string): V1Question => ({ id, kind: 'number', min: 0, max: 1_000_000 });

export const V2_ADDED: readonly V1Question[] = [
  // Questionnaire: recruiting scope and delivery constraints.
  {
    id: 'recruiting_stages',
    kind: 'multi',
    options: [
      'sourcing',
      'screening',
      'interviewing_scheduling',
      'offers',
      'background_checks',
      'onboarding',
      'employer_branding',
      'workforce_planning',
    ],
  },
  { id: 'delivery_location', kind: 'single', options: ['anywhere', 'nearshore', 'onshore_only'] },
  { id: 'data_residency', kind: 'single', options: ['none', 'region', 'country'] },
  { id: 'works_council', kind: 'single', options: ['yes', 'no'] },
  { id: 'public_procurement', kind: 'single', options: ['yes', 'no'] },
  // Questionnaire: baselines and sizes.
  { id: 'employees', kind: 'number', min: 0, max: 10_000_000 },
  { id: 'currency', kind: 'single', options: ['usd', 'eur', 'gbp', 'chf', 'cad', 'aud', 'inr', 'sgd', 'jpy', 'other'] },
  fte('hr_staff_fte'),
  fte('recruiters_fte'),
  { id: 'avg_salary', kind: 'number', min: 0, max: 100_000_000 },
  money('agency_spend'),
  { id: 'cost_per_hire', kind: 'number', min: 0, max: 100_000_000 },
  { id: 'time_to_fill', kind: 'number', min: 0, max: 1000 },
  fte('process_fte'),
  fte('expert_fte'),
  // The cost view's assumptions (content/costs): the user's own figures, edited beside the costs.
  percent('agency_fee_pct'),
  percent('retained_fee_pct'),
  money('hr_fte_cost'),
  money('process_fte_cost'),
  money('expert_fte_cost'),
  percent('hro_saving_pct'),
  percent('rpo_saving_pct'),
  percent('bpo_saving_pct'),
  percent('kpo_saving_pct'),
  percent('governance_pct'),
  percent('transition_pct'),
  percent('exit_pct'),
  { id: 'cost_years', kind: 'number', min: 1, max: 10 },
];
