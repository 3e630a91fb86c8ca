import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/domain/answers/answers.ts';
import { compareScenarios } from '../../src/domain/compare/compare.ts';
import type { Scenario } from '../../src/domain/compare/scenario.ts';
import { encodeCompareLink } from '../../src/domain/share/compare-encode.ts';
import { decodeCompareLink, type CompareLinkError } from '../../src/domain/share/compare-link.ts';
import { encodeLink } from '../../src/domain/share/link-encode.ts';
import { content, loadScenarios } from './helpers/content.ts';
import { fixtureContent } from './helpers/engine-fixture.ts';

const today: AnswerFile = {
  answers: { annual_hires: 400, recruiting_capacity: 'stretched', business_processes: ['customer_service'] },
  meta: { client: 'Acme GmbH' },
};
const smaller: AnswerFile = { answers: { ...today.answers, annual_hires: 40 }, meta: today.meta };
const tight: AnswerFile = { answers: { ...today.answers, control_preference: 'tight' }, meta: today.meta };

describe('compareScenarios (on the engine fixture, figures worked out by hand)', () => {
  const comparison = compareScenarios(fixtureContent, [
    { label: 'today', file: today },
    { label: 'fewer hires', file: smaller },
    { label: 'tight control', file: tight },
  ]);

  it('works out each scenario with the engine', () => {
    // RPO: 30 (50 hires) + 10 (200 hires) + 30 (stretched); with 40 hires only the 30 for the team.
    expect(comparison.results.map((r) => r.scores.RPO)).toEqual([70, 30, 70]);
    // BPO: 55 + 5 for customer service, less 6 for tight control.
    expect(comparison.results.map((r) => r.scores.BPO)).toEqual([60, 60, 54]);
    expect(comparison.results.map((r) => r.recommendation.label)).toEqual(['RPO + BPO', 'BPO', 'RPO + BPO']);
  });

  it('lists only the answers that differ, in questionnaire order, marking the cells that differ from the first', () => {
    expect(comparison.answers).toEqual([
      { question: 'annual_hires', short: 'hires', values: ['400', '40', '400'], differs: [false, true, false] },
      { question: 'control_preference', short: 'control', values: ['not sure', 'not sure', 'tight'], differs: [false, false, true] },
    ]);
  });

  it('lists only the reasons that differ, with their points, and which scores differ', () => {
    expect(comparison.reasons.map((r) => [r.model, r.question, r.cells.map((c) => c?.points ?? null), r.differs])).toEqual([
      ['HRO', 'control_preference', [null, null, 4], [false, false, true]],
      ['RPO', 'annual_hires', [40, null, 40], [false, true, false]],
      ['BPO', 'control_preference', [null, null, -6], [false, false, true]],
    ]);
    expect(comparison.reasons[1]?.cells[0]?.text).toBe('400 hires is real volume.');
    // HRO: 0 in the first two and 4 with tight control; KPO never moves.
    expect(comparison.scoresDiffer).toEqual({ HRO: true, RPO: true, BPO: true, KPO: false });
  });

  it('finds nothing to list between a scenario and itself', () => {
    const same = compareScenarios(fixtureContent, [
      { label: 'a', file: today },
      { label: 'b', file: today },
    ]);
    expect([same.answers, same.reasons]).toEqual([[], []]);
    expect(Object.values(same.scoresDiffer)).toEqual([false, false, false, false]);
  });
});

describe('compare links', () => {
  const [first, second, third] = loadScenarios();
  if (!first || !second || !third) throw new Error('the scenario fixtures are there');
  const scenarios: Scenario[] = [
    { label: 'today', file: first.file },
    { label: 'after the acquisition 🇩🇪 <b>', file: second.file },
    { label: '', file: third.file },
  ];

  function refusal(fragment: string): CompareLinkError {
    const decoded = decodeCompareLink(content, fragment);
    if (decoded.ok) throw new Error('expected the link to be refused');
    return decoded.error;
  }

  it('reopen every scenario with its label, names and answers', () => {
    const fragment = encodeCompareLink(scenarios);
    expect(fragment).toMatch(/^c1(~[A-Za-z0-9_-]*~2[A-Za-z0-9_.-]+){3}$/);
    expect(decodeCompareLink(content, fragment)).toEqual({ ok: true, value: scenarios });
    expect(decodeCompareLink(content, `#${fragment}`)).toEqual({ ok: true, value: scenarios });
  });

  it('hold each scenario as its own share link', () => {
    const parts = encodeCompareLink(scenarios).split('~');
    expect([parts[2], parts[4], parts[6]]).toEqual(scenarios.map((s) => encodeLink(s.file)));
  });

  it('name the scenario that is damaged, with its label', () => {
    const parts = encodeCompareLink(scenarios).split('~');
    const damaged = [...parts];
    damaged[4] = `${(parts[4] ?? '').slice(0, 3)}Z${(parts[4] ?? '').slice(4)}`;
    const error = refusal(damaged.join('~'));
    expect(error).toMatchObject({ code: 'scenario', scenario: 2, title: 'Scenario 2 of this comparison cannot be opened' });
    expect(error.message).toBe(
      'Scenario 2 ("after the acquisition 🇩🇪 <b>"): This link has an answer that is not valid. The answer for company size in this link is not valid.',
    );

    const badLabel = [...parts];
    badLabel[5] = '%%%';
    expect(refusal(badLabel.join('~'))).toMatchObject({ scenario: 3, message: 'The label of scenario 3 cannot be read.' });
  });

  it('refuse too few or too many scenarios, a cut link, a newer format and a results link, saying which', () => {
    const one = encodeCompareLink(scenarios.slice(0, 1));
    expect(refusal(one).message).toContain('2 to 4 scenarios side by side; this link has 1');
    const five = encodeCompareLink([...scenarios, ...scenarios.slice(0, 2)]);
    expect(refusal(five).message).toContain('this link has 5');
    expect(refusal(encodeCompareLink(scenarios).split('~').slice(0, -1).join('~')).title).toBe('This comparison link is incomplete');
    expect(refusal(encodeCompareLink(scenarios).replace(/^c1/, 'c2')).code).toBe('future-version');
    expect(refusal(encodeLink(first.file)).code).toBe('not-compare');
    expect(refusal('').code).toBe('empty');
    expect(refusal('hello').code).toBe('damaged');
  });
});

describe('compareScenarios: the cost difference', () => {
  const base = {
    business_processes: ['customer_service'],
    primary_goal: 'reduce_cost',
    currency: 'eur',
    process_fte: 20,
    process_fte_cost: 40_000,
    bpo_saving_pct: 30,
    governance_pct: 5,
    transition_pct: 20,
    exit_pct: 10,
    cost_years: 3,
  } as const;
  const scenario = (label: string, answers: Record<string, unknown>): Scenario => ({ label, file: { answers, meta: {} } as AnswerFile });

  it('puts each scenario’s difference over its years side by side, marking the one that differs', () => {
    const { costs } = compareScenarios(content, [scenario('today', base), scenario('bigger', { ...base, process_fte: 40 })]);
    expect(costs.map((c) => c.model)).toEqual(['BPO']);
    // 20 × 40k = 800k in-house; fees 560k, oversight 28k: 212k a year; 3 years less 112k transition and 56k exit = 468k.
    expect(costs[0]?.cells[0]).toEqual({ total: { low: 468_000, high: 468_000 }, years: 3, currency: 'eur', missing: 0 });
    expect(costs[0]?.cells[1]?.total).toEqual({ low: 936_000, high: 936_000 });
    expect(costs[0]?.differs).toEqual([false, true]);
  });

  it('says how many figures a scenario still needs rather than guessing them', () => {
    const { governance_pct: _, ...open } = base;
    void _;
    const { costs } = compareScenarios(content, [scenario('today', base), scenario('no governance', open)]);
    expect(costs[0]?.cells[1]).toMatchObject({ total: null, missing: 1 });
  });
});
