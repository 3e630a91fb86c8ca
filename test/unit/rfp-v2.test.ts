import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers/answers.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { buildRfp } from '../../src/domain/rfp/build-rfp.ts';
import { rfpToMarkdown } from '../../src/domain/rfp/markdown.ts';
import { content } from './helpers/content.ts';

/** The RFP draft for RPO (the RFP page lets a buyer tender a model the engine did not recommend). */
function rfpText(answers: Answers): string {
  const rec = recommend(content, answers);
  return rfpToMarkdown(
    buildRfp(content, { recommendation: rec, answers, meta: { client: 'Acme' } }, { today: '2026-12-01', models: ['RPO'] }),
  );
}

const HIRING: Answers = { annual_hires: 300, recruiting_capacity: 'stretched', recruiting_pains: ['time_to_fill'] };

describe('the RFP draft reads the answers of contract v2', () => {
  it('tenders sourcing and screening as what it is, when only those stages are handed over', () => {
    const answers: Answers = { ...HIRING, recruiting_stages: ['sourcing', 'screening'] };
    const rec = recommend(content, answers);
    expect(rec.recommendation.models).not.toContain('RPO');
    expect(rec.alternatives.map((a) => a.id)).toContain('sourcing_service');
    expect(rec.risks.map((r) => r.id)).not.toContain('sourcing-only-scope');
    const text = rfpText(answers);
    expect(text).toContain('This lot is a sourcing and screening service, not full RPO');
    expect(text).not.toContain('We want full-cycle recruitment process outsourcing');
  });

  it('lists exactly the chosen stages for a wider scope, and keeps full-cycle RPO when none were chosen', () => {
    const chosen = rfpText({ ...HIRING, recruiting_stages: ['sourcing', 'screening', 'offers', 'onboarding'] });
    expect(chosen).toContain('We want recruitment process outsourcing for the stages below');
    expect(chosen).toMatch(/Offers and negotiation/);
    expect(chosen).not.toMatch(/Employer branding and recruitment marketing/);
    expect(chosen).not.toContain('not full RPO');
    expect(rfpText(HIRING)).toContain('We want full-cycle recruitment process outsourcing');
  });

  it('uses the baselines and the currency, and leaves a field to fill where a figure is missing', () => {
    const text = rfpText({ ...HIRING, employees: 640, currency: 'eur', avg_salary: 48_000, recruiters_fte: 2 });
    expect(text).toContain('**Employees today:** 640');
    expect(text).toContain('**Average yearly salary of hires:** 48,000 (euro (EUR))');
    expect(text).toContain('Quote all prices in euro (EUR)');
    const bare = rfpText(HIRING);
    expect(bare).toContain('Number of employees today');
    expect(bare).not.toContain('Average yearly salary of hires');
  });

  it('carries the delivery constraints into data protection, transition and instructions', () => {
    const text = rfpText({
      ...HIRING,
      delivery_location: 'onshore_only',
      data_residency: 'country',
      works_council: 'yes',
      public_procurement: 'yes',
    });
    expect(text).toContain('**Where the work may be done:** only in our own country');
    expect(text).toContain('**Where data must stay:**');
    expect(text).toContain('We must consult employee representatives');
    expect(text).toContain('public procurement rules that apply to us');
  });
});
