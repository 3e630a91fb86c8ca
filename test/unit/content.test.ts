import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, DEFAULT_CONTENT_DIR, loadContent } from '../../src/lib/load-content.ts';
import { MODEL_IDS } from '../../src/domain/schemas/ids.ts';

/** The answer contract (docs/answers-v1.md), written out here so content can never drift from it. */
const ANSWERS_V1: readonly (readonly [string, string, readonly string[] | readonly [number, number]])[] = [
  ['company_size', 'single', ['under_50', '50_249', '250_999', '1000_4999', '5000_plus']],
  [
    'industry',
    'single',
    [
      'technology',
      'financial_services',
      'healthcare_life_sciences',
      'retail_ecommerce',
      'manufacturing',
      'professional_services',
      'public_sector',
      'other',
    ],
  ],
  ['countries', 'single', ['one', 'two_to_five', 'six_plus']],
  ['growth_outlook', 'single', ['shrinking', 'stable', 'moderate', 'rapid']],
  ['annual_hires', 'number', [0, 1_000_000]],
  ['hiring_pattern', 'single', ['steady', 'seasonal', 'project_spikes', 'unpredictable']],
  ['role_mix', 'single', ['high_volume', 'mixed', 'specialist', 'executive']],
  ['recruiting_capacity', 'single', ['none', 'stretched', 'adequate', 'strong']],
  ['recruiting_pains', 'multi', ['time_to_fill', 'candidate_quality', 'cost_per_hire', 'employer_brand', 'candidate_experience']],
  ['hr_functions', 'multi', ['payroll', 'benefits', 'compliance', 'employee_relations', 'training', 'performance_management']],
  ['hr_admin_burden', 'scale', [1, 5]],
  ['compliance_complexity', 'single', ['low', 'moderate', 'high']],
  ['business_processes', 'multi', ['customer_service', 'it_support', 'finance_accounting', 'data_entry', 'procurement']],
  ['knowledge_needs', 'multi', ['market_research', 'data_analytics', 'financial_modelling', 'legal_research', 'scientific_research']],
  ['control_preference', 'single', ['tight', 'shared', 'delegate']],
  ['data_sensitivity', 'single', ['low', 'moderate', 'high']],
  ['primary_goal', 'single', ['reduce_cost', 'hire_better_faster', 'compliance', 'expertise', 'scalability', 'focus_on_core']],
  ['budget', 'single', ['tight', 'moderate', 'flexible']],
  ['engagement_length', 'single', ['project', 'one_to_two_years', 'multi_year']],
  ['single_provider', 'single', ['yes', 'no', 'no_preference']],
];

/** The questions answers-v2 adds, written out again from docs/answers-v2.md (not imported), in contract order. */
const ANSWERS_V2_ADDED: readonly (readonly [string, string, readonly string[] | readonly [number, number]])[] = [
  [
    'recruiting_stages',
    'multi',
    [
      'sourcing',
      'screening',
      'interviewing_scheduling',
      'offers',
      'background_checks',
      'onboarding',
      'employer_branding',
      'workforce_planning',
    ],
  ],
  ['delivery_location', 'single', ['anywhere', 'nearshore', 'onshore_only']],
  ['data_residency', 'single', ['none', 'region', 'country']],
  ['works_council', 'single', ['yes', 'no']],
  ['public_procurement', 'single', ['yes', 'no']],
  ['employees', 'number', [0, 10_000_000]],
  ['currency', 'single', ['usd', 'eur', 'gbp', 'chf', 'cad', 'aud', 'inr', 'sgd', 'jpy', 'other']],
  ['hr_staff_fte', 'number', [0, 1_000_000]],
  ['recruiters_fte', 'number', [0, 1_000_000]],
  ['avg_salary', 'number', [0, 100_000_000]],
  ['agency_spend', 'number', [0, 10_000_000_000]],
  ['cost_per_hire', 'number', [0, 100_000_000]],
  ['time_to_fill', 'number', [0, 1000]],
  ['process_fte', 'number', [0, 1_000_000]],
  ['expert_fte', 'number', [0, 1_000_000]],
  ['agency_fee_pct', 'number', [0, 100]],
  ['retained_fee_pct', 'number', [0, 100]],
  ['hr_fte_cost', 'number', [0, 10_000_000_000]],
  ['process_fte_cost', 'number', [0, 10_000_000_000]],
  ['expert_fte_cost', 'number', [0, 10_000_000_000]],
  ['hro_saving_pct', 'number', [0, 100]],
  ['rpo_saving_pct', 'number', [0, 100]],
  ['bpo_saving_pct', 'number', [0, 100]],
  ['kpo_saving_pct', 'number', [0, 100]],
  ['governance_pct', 'number', [0, 100]],
  ['transition_pct', 'number', [0, 100]],
  ['exit_pct', 'number', [0, 100]],
  ['cost_years', 'number', [1, 10]],
];

describe('loadContent: the real content/', () => {
  const content = loadContent();

  it('has 20 core questions in 5 sections, 2 optional sections, the cost view’s own questions, and the 4 models', () => {
    const core = content.sections.filter((s) => s.optional !== true);
    expect(core.flatMap((s) => s.questions)).toHaveLength(20);
    expect(core).toHaveLength(5);
    expect(content.sections.filter((s) => s.optional === true).map((s) => s.id)).toEqual(['scope-constraints', 'figures']);
    expect(content.questions).toHaveLength(20 + ANSWERS_V2_ADDED.length);
    expect(content.costQuestions.every((q) => content.costs.some((a) => a.id === q.id))).toBe(true);
    expect(content.models.map((m) => m.id)).toEqual([...MODEL_IDS]);
    expect(content.rules.length).toBeGreaterThan(0);
    expect(content.combinations.some((c) => c.models.length === 0)).toBe(true);
  });

  it('has every question and value of answers-v1 first, in contract order, then those of answers-v2', () => {
    expect(content.questions.slice(0, ANSWERS_V1.length).map((q) => q.id)).toEqual(ANSWERS_V1.map(([id]) => id));
    expect(new Set(content.questions.slice(ANSWERS_V1.length).map((q) => q.id))).toEqual(new Set(ANSWERS_V2_ADDED.map(([id]) => id)));
    for (const [id, kind, values] of [...ANSWERS_V1, ...ANSWERS_V2_ADDED]) {
      const question = content.questions.find((q) => q.id === id);
      expect(question?.kind, id).toBe(kind);
      if (question?.kind === 'single' || question?.kind === 'multi') expect(question.options.map((o) => o.value)).toEqual(values);
      if (question?.kind === 'number' || question?.kind === 'scale') expect([question.min, question.max]).toEqual(values);
    }
  });

  it('loads the same content from the default folder', () => {
    expect(loadContent(DEFAULT_CONTENT_DIR)).toEqual(content);
  });
});

describe('loadContent: broken content is refused with the file, the field and the problem', () => {
  const temp = mkdtempSync(join(tmpdir(), 'advisor-content-'));
  let copies = 0;
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  /** A fresh copy of content/ with one file changed. */
  function brokenCopy(file: string, change: (json: Record<string, unknown>) => void): string {
    const root = join(temp, String(copies++));
    cpSync(DEFAULT_CONTENT_DIR, root, { recursive: true });
    const path = join(root, file);
    const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${file} is not an object`);
    change(json as Record<string, unknown>);
    writeFileSync(path, JSON.stringify(json, null, 2));
    return root;
  }

  function problems(root: string): ContentError {
    try {
      loadContent(root);
    } catch (error) {
      if (error instanceof ContentError) return error;
      throw error;
    }
    throw new Error('expected loadContent to throw a ContentError');
  }

  /** Walks a path such as "rules.0.when" through parsed JSON, to edit one field. */
  function at(json: unknown, path: string): Record<string, unknown> {
    let node = json;
    for (const key of path.split('.')) {
      if (typeof node !== 'object' || node === null) throw new Error(`no ${path}`);
      node = (node as Record<string, unknown>)[key];
    }
    if (typeof node !== 'object' || node === null) throw new Error(`${path} is not an object`);
    return node as Record<string, unknown>;
  }

  function expectProblem(error: ContentError, line: string | RegExp): void {
    expect(error.message).toMatch(/^content\/ has \d+ problems?:/);
    if (typeof line === 'string') expect(error.message).toContain(`  - ${line}`);
    else expect(error.message).toMatch(line);
  }

  it('accepts an untouched copy', () => {
    expect(loadContent(brokenCopy('rules/hiring.json', () => undefined))).toEqual(loadContent());
  });

  it('refuses a rule that names a question that does not exist', () => {
    const error = problems(brokenCopy('rules/hiring.json', (json) => void (at(json, 'rules.0.when')['question'] = 'annual_hire')));
    expectProblem(
      error,
      'content/rules/hiring.json: rules[0].when.question: "annual_hire" is not a question. Did you mean "annual_hires"?',
    );
    expect(error.issues).toEqual([expect.objectContaining({ file: 'content/rules/hiring.json', path: 'rules[0].when.question' })]);
  });

  it('refuses an option value that is not an option of the question', () => {
    const error = problems(brokenCopy('rules/hiring.json', (json) => void (at(json, 'rules.7.when')['value'] = ['seasonal', 'sometimes'])));
    expectProblem(error, 'content/rules/hiring.json: rules[7].when.value: "sometimes" is not an option of "hiring_pattern"');
  });

  it('refuses a risk or KPI the model does not have', () => {
    const risk = problems(brokenCopy('rules/hiring.json', (json) => void (at(json, 'rules.7.effects.1')['risk'] = 'volume-swings')));
    expectProblem(risk, 'content/rules/hiring.json: rules[7].effects[1].risk: "volume-swings" is not a risk of RPO');
    const kpi = problems(brokenCopy('rules/hiring.json', (json) => void (at(json, 'rules.5.effects.1')['kpi'] = 'cost-per-hires')));
    expectProblem(kpi, 'content/rules/hiring.json: rules[5].effects[1].kpi: "cost-per-hires" is not a KPI of RPO');
  });

  it('refuses an operator that does not apply to the kind of question', () => {
    const error = problems(
      brokenCopy(
        'rules/hiring.json',
        (json) => void (at(json, 'rules')['4'] = { ...at(json, 'rules.4'), when: { question: 'hiring_pattern', op: 'gte', value: 2 } }),
      ),
    );
    expectProblem(error, 'content/rules/hiring.json: rules[4].when.op: "gte" does not apply to single question "hiring_pattern"');
  });

  it('refuses an {answer:id} placeholder naming a question the rule does not read', () => {
    const error = problems(
      brokenCopy(
        'rules/hiring.json',
        (json) => void (at(json, 'rules.0')['because'] = 'You expect {answer} hires at {answer:company_size}.'),
      ),
    );
    expectProblem(error, 'content/rules/hiring.json: rules[0].because: {answer:company_size} names a question the rule does not read');
  });

  it('refuses a misspelt field', () => {
    const error = problems(
      brokenCopy('rules/hiring.json', (json) => {
        const rule = at(json, 'rules.0');
        rule['efects'] = rule['effects'];
        delete rule['effects'];
      }),
    );
    expectProblem(error, 'content/rules/hiring.json: rules[0]: has unknown field "efects"');
    expectProblem(error, 'content/rules/hiring.json: rules[0].effects: is required');
    const question = problems(brokenCopy('questions/2-hiring.json', (json) => void (at(json, 'questions.0')['unti'] = 'hires')));
    expectProblem(question, /content\/questions\/2-hiring\.json: questions\[0\].*: (has unknown field "unti"|does not match)/);
  });

  it('tells a field of the wrong type from a missing one', () => {
    const error = problems(
      brokenCopy('models/hro.json', (json) => {
        at(json, 'risks.0')['always'] = 'yes';
        delete at(json, 'kpis.0')['name'];
      }),
    );
    expectProblem(error, 'content/models/hro.json: kpis[0].name: is required (string)');
    expectProblem(error, 'content/models/hro.json: risks[0].always: must be boolean, not string');
  });

  it('refuses a scoring rule that reads silence, a default shape with a condition, and a standing without a fallback', () => {
    const silence = problems(
      brokenCopy(
        'rules/hiring.json',
        (json) => void (at(json, 'rules')['0'] = { ...at(json, 'rules.0'), when: { question: 'annual_hires', op: 'unanswered' } }),
      ),
    );
    expectProblem(
      silence,
      'content/rules/hiring.json: rules[0].when: a rule that scores points may not test "answered" or "unanswered": an unanswered question is not evidence',
    );
    const shape = problems(
      brokenCopy('models/rpo.json', (json) => {
        const shapes = json['shapes'] as Record<string, unknown>[];
        const last = shapes[shapes.length - 1];
        if (last) last['when'] = { question: 'annual_hires', op: 'gte', value: 1 };
      }),
    );
    expectProblem(shape, /content\/models\/rpo\.json: shapes\[\d+\]\.when: the last shape is the default/);
    const standing = problems(
      brokenCopy(
        'models/kpo.json',
        (json) =>
          void (json['standing'] = (json['standing'] as { standing: string }[])
            .filter((l) => l.standing !== 'undecided')
            .concat([{ standing: 'undecided', when: { question: 'budget', op: 'eq', value: 'tight' }, text: 'Open.' }] as never)),
      ),
    );
    expectProblem(standing, 'content/models/kpo.json: standing: needs a "undecided" line without "when", for when no other applies');
  });

  it('refuses a file that is not valid JSON', () => {
    const root = brokenCopy('rules/hiring.json', () => undefined);
    writeFileSync(join(root, 'rules', 'hiring.json'), '{ "topic": "Hiring", "rules": [ }');
    expectProblem(problems(root), /content\/rules\/hiring\.json: \(file\): is not valid JSON: /);
  });

  it('refuses a renamed contract option, at its field', () => {
    const error = problems(
      brokenCopy('questions/1-organisation.json', (json) => void (at(json, 'questions.0.options.0')['value'] = 'micro')),
    );
    expectProblem(
      error,
      'content/questions/1-organisation.json: questions[0].options[0].value: must be "under_50" (answers-v1 values keep their order; add new ones at the end)',
    );
  });

  it('refuses a missing contract question and a changed kind or range', () => {
    const missing = problems(
      brokenCopy('questions/5-priorities.json', (json) => {
        const questions = at(json, 'questions');
        if (Array.isArray(questions)) questions.pop();
      }),
    );
    expectProblem(missing, 'content/questions: single_provider: the contract question "single_provider" (answers-v1) is missing');
    const range = problems(brokenCopy('questions/2-hiring.json', (json) => void (at(json, 'questions.0')['max'] = 5000)));
    expectProblem(range, 'content/questions/2-hiring.json: questions[0].max: the range must be 0 to 1000000 (answers-v1)');
  });

  it('refuses a rule id used twice', () => {
    const error = problems(brokenCopy('rules/hiring.json', (json) => void (at(json, 'rules.1')['id'] = 'rpo-no-hiring')));
    expectProblem(error, 'content/rules/hiring.json: rules[1].id: rule id "rpo-no-hiring" is used twice');
  });

  it('refuses a showIf that reads a later question', () => {
    const error = problems(
      brokenCopy(
        'questions/2-hiring.json',
        (json) => void (at(json, 'questions.1')['showIf'] = { question: 'hr_admin_burden', op: 'gte', value: 3 }),
      ),
    );
    expectProblem(
      error,
      'content/questions/2-hiring.json: questions[1].showIf.question: "hr_admin_burden" comes later in the questionnaire; a question can only depend on earlier ones',
    );
  });

  it('refuses a showIf that reads its own question', () => {
    const error = problems(
      brokenCopy(
        'questions/2-hiring.json',
        (json) => void (at(json, 'questions.1')['showIf'] = { question: 'hiring_pattern', op: 'answered' }),
      ),
    );
    expectProblem(error, 'content/questions/2-hiring.json: questions[1].showIf.question: a question cannot depend on itself');
    expect(error.issues).toHaveLength(1);
  });

  it('refuses a contract question of another kind', () => {
    const error = problems(
      brokenCopy('questions/3-hr-operations.json', (json) => {
        const question = at(json, 'questions.1');
        question['kind'] = 'number';
        question['unit'] = 'points';
        delete question['labels'];
      }),
    );
    expectProblem(
      error,
      'content/questions/3-hr-operations.json: questions[1].kind: "hr_admin_burden" must be of kind "scale" (answers-v1), not "number"',
    );
  });

  it('refuses a model guide that does not exist and a combination set named twice', () => {
    const guide = problems(brokenCopy('models/hro.json', (json) => void (json['guide'] = 'hro-guide')));
    expectProblem(guide, 'content/models/hro.json: guide: there is no guide "hro-guide" in content/guides/');
    const set = problems(brokenCopy('combinations/bpo-only.json', (json) => void (json['models'] = ['HRO'])));
    expectProblem(set, /content\/combinations\/(bpo|hro)-only\.json: models: another combination already names the set \[HRO\]/);
  });

  it('lists every problem, one per line', () => {
    const error = problems(
      brokenCopy('rules/hiring.json', (json) => {
        at(json, 'rules.0.when')['question'] = 'annual_hire';
        at(json, 'rules.1')['id'] = 'rpo-no-hiring';
      }),
    );
    expect(error.issues).toHaveLength(2);
    expect(error.message.split('\n')).toHaveLength(3);
  });
});
