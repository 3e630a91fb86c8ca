import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { recommendForTender, type TenderRecommendation } from '../../src/domain/engine/recommend-for-tender.ts';
import fc from 'fast-check';
import { content, loadScenarios } from './helpers/content.ts';
import { answersArbitrary } from './helpers/arbitraries.ts';

/** The parts of a recommendation a tender is drafted from. */
const tenderParts = (rec: TenderRecommendation) => ({
  models: rec.recommendation.models,
  scores: rec.scores,
  risks: rec.risks,
  kpis: rec.kpis,
  notes: rec.notes,
});

describe('recommendForTender', () => {
  it.each(loadScenarios().map((s) => [s.name, s.file.answers] as const))(
    '%s: the same set, scores, risks, KPIs and notes as recommend()',
    (_, answers) => {
      expect(tenderParts(recommendForTender(content, answers))).toEqual(tenderParts(recommend(content, answers)));
    },
  );

  it('agrees with recommend() for any answers', () => {
    fc.assert(
      fc.property(answersArbitrary(content), (answers) => {
        expect(tenderParts(recommendForTender(content, answers))).toEqual(tenderParts(recommend(content, answers)));
      }),
      { numRuns: 200 },
    );
  });
});
