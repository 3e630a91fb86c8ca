/**
 * The answer contract v1 (docs/answers-v1.md), frozen. Links of version 1 are decoded
 * with this table forever, whatever content/ later adds; the content check makes sure every
 * entry here still exists with the same values in the same order.
 */
export type V1Question =
  | { readonly id: string; readonly kind: 'single'; readonly options: readonly string[] }
  | { readonly id: string; readonly kind: 'multi'; readonly options: readonly string[] }
  | { readonly id: string; readonly kind: 'number'; readonly min: number; readonly max: number }
  | { readonly id: string; readonly kind: 'scale'; readonly min: number; readonly max: number };

export const V1_QUESTIONS: readonly V1Question[] = [
  { id: 'company_size', kind: 'single', options: ['under_50', '50_249', '250_999', '1000_4999', '5000_plus'] },
  {
    id: 'industry',
    kind: 'single',
    options: [
      'technology',
      'financial_services',
      'healthcare_life_sciences',
      'retail_ecommerce',
      'manufacturing',
      'professional_services',
      'public_sector',
      'other',
    ],
  },
  { id: 'countries', kind: 'single', options: ['one', 'two_to_five', 'six_plus'] },
  { id: 'growth_outlook', kind: 'single', options: ['shrinking', 'stable', 'moderate', 'rapid'] },
  { id: 'annual_hires', kind: 'number', min: 0, max: 1_000_000 },
  { id: 'hiring_pattern', kind: 'single', options: ['steady', 'seasonal', 'project_spikes', 'unpredictable'] },
  { id: 'role_mix', kind: 'single', options: ['high_volume', 'mixed', 'specialist', 'executive'] },
  { id: 'recruiting_capacity', kind: 'single', options: ['none', 'stretched', 'adequate', 'strong'] },
  {
    id: 'recruiting_pains',
    kind: 'multi',
    options: ['time_to_fill', 'candidate_quality', 'cost_per_hire', 'employer_brand', 'candidate_experience'],
  },
  {
    id: 'hr_functions',
    kind: 'multi',
    options: ['payroll', 'benefits', 'compliance', 'employee_relations', 'training', 'performance_management'],
  },
  { id: 'hr_admin_burden', kind: 'scale', min: 1, max: 5 },
  { id: 'compliance_complexity', kind: 'single', options: ['low', 'moderate', 'high'] },
  {
    id: 'business_processes',
    kind: 'multi',
    options: ['customer_service', 'it_support', 'finance_accounting', 'data_entry', 'procurement'],
  },
  {
    id: 'knowledge_needs',
    kind: 'multi',
    options: ['market_research', 'data_analytics', 'financial_modelling', 'legal_research', 'scientific_research'],
  },
  { id: 'control_preference', kind: 'single', options: ['tight', 'shared', 'delegate'] },
  { id: 'data_sensitivity', kind: 'single', options: ['low', 'moderate', 'high'] },
  {
    id: 'primary_goal',
    kind: 'single',
    options: ['reduce_cost', 'hire_better_faster', 'compliance', 'expertise', 'scalability', 'focus_on_core'],
  },
  { id: 'budget', kind: 'single', options: ['tight', 'moderate', 'flexible'] },
  { id: 'engagement_length', kind: 'single', options: ['project', 'one_to_two_years', 'multi_year'] },
  { id: 'single_provider', kind: 'single', options: ['yes', 'no', 'no_preference'] },
];
