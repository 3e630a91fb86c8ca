import { describe, expect, it } from 'vitest';
import { splitContent, withDetails, withExplanations } from '../../src/domain/content-parts.ts';
import { withTender } from '../../src/domain/rfp/with-tender.ts';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { summarise } from '../../src/domain/engine/summarise.ts';
import { MODEL_IDS } from '../../src/domain/model-ids.ts';
import { recommendForTender } from '../../src/domain/engine/recommend-for-tender.ts';
import { scoreAnswers } from '../../src/domain/engine/score-answers.ts';
import { buildRfp } from '../../src/domain/rfp/build-rfp.ts';
import { content, loadScenarios } from './helpers/content.ts';

const parts = splitContent(content);
const explained = withExplanations(parts.scoring, parts.explanations);
const detailed = withDetails(explained, parts.details);
const tender = withTender(detailed, parts.tender, parts.terms);
const scenarios = loadScenarios();

/** A copy of an object without some keys, in the same order. */
function without(value: object, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

describe('the content parts the pages load', () => {
  it('joined again, give every engine entry point exactly what the whole content gives', () => {
    for (const { name, file } of scenarios) {
      const whole = recommend(content, file.answers);
      expect(recommend(detailed, file.answers), name).toEqual(whole);
      expect(scoreAnswers(parts.scoring, file.answers), name).toEqual(scoreAnswers(content, file.answers));
      // The summary: all but what would change it, what to watch, the set's description and the rules' titles.
      const summary = summarise(explained, file.answers);
      expect(Object.keys(summary)).toEqual(Object.keys(without(whole, 'changes', 'risks', 'kpis', 'notes')));
      expect(without(summary, 'recommendation', 'reasons'), name).toEqual(
        without(whole, 'recommendation', 'reasons', 'changes', 'risks', 'kpis', 'notes'),
      );
      expect(summary.recommendation, name).toEqual(without(whole.recommendation, 'description'));
      for (const model of MODEL_IDS) expect(summary.reasons[model], name).toEqual(whole.reasons[model].map((r) => without(r, 'ruleTitle')));
      expect(recommendForTender(tender, file.answers), name).toEqual(recommendForTender(content, file.answers));
      const input = { recommendation: recommendForTender(content, file.answers), answers: file.answers, meta: file.meta };
      expect(buildRfp(tender, input, { today: '2026-03-02' }), name).toEqual(buildRfp(content, input, { today: '2026-03-02' }));
    }
  });

  it('carry only what their pages show: the questionnaire no sentence of a result, a summary no risk, KPI or guide text', () => {
    const scoring = JSON.stringify(parts.scoring);
    const rule = content.rules[0] ?? expect.fail('no rules');
    const model = content.models[1] ?? expect.fail('no models');
    expect(scoring).not.toContain(rule.because);
    expect(scoring).not.toContain(model.shapes[0]?.text);
    const summary = JSON.stringify(explained);
    for (const text of [model.risks[0]?.description, model.kpis[0]?.definition, model.description, model.pricing[0]?.description])
      expect(summary).not.toContain(text);
    expect(JSON.stringify(detailed)).toContain(model.risks[0]?.description);
    expect(JSON.stringify(detailed)).not.toContain(model.description);
  });

  it('refuse parts cut from other content', () => {
    const fewer = { ...parts.explanations, rules: parts.explanations.rules.slice(1) };
    expect(() => withExplanations(parts.scoring, fewer)).toThrow(/rules of two content parts do not match/);
    expect(() => withDetails(explained, { ...parts.details, models: [] })).toThrow(/models of two content parts do not match/);
  });
});
