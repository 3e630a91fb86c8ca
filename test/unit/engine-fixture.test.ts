import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/domain/engine/recommend.ts';
import { MODEL_IDS } from '../../src/domain/schemas/ids.ts';
import { fixtureContent as content } from './helpers/engine-fixture.ts';

/** The engine on a content made for the test (test/unit/helpers/engine-fixture.ts): every figure here is worked out by hand. */
describe('recommend() on a fixture content', () => {
  it('treats an unanswered question as unknown: a "not" of it neither fires nor counts', () => {
    expect(recommend(content, {}).scores.HRO).toBe(0);
    expect(recommend(content, { control_preference: 'tight' }).scores.HRO).toBe(4);
    expect(recommend(content, { control_preference: 'shared' }).scores.HRO).toBe(0);
  });

  it('with no answers: ranges from the open questions, shown ones included, and the verdict undetermined', () => {
    const rec = recommend(content, {});
    // RPO: a handful of hires (-40) at worst; 200 hires (+30 +10) and a stretched team (+30) at best.
    expect(rec.ranges.RPO).toEqual({ low: 0, high: 70 });
    // BPO: no process (-50) with tight control (-6) at worst; customer service (+55 +5) at best.
    expect(rec.ranges.BPO).toEqual({ low: 0, high: 60 });
    expect(rec.ranges.KPO).toEqual({ low: 0, high: 0 });
    expect(rec.standings).toEqual({ HRO: 'not_recommended', RPO: 'undecided', BPO: 'undecided', KPO: 'not_recommended' });
    expect(rec.recommendation).toMatchObject({ verdict: 'undetermined', models: [], label: 'Not enough', confidence: 'low' });
  });

  it('narrows a range as answers come in, and keeps a model undecided while its need is open', () => {
    const rec = recommend(content, { annual_hires: 200 });
    expect(rec.scores.RPO).toBe(40);
    expect(rec.ranges.RPO).toEqual({ low: 40, high: 70 });
    expect(rec.standings.RPO).toBe('undecided');
  });

  it('recommends, names the set and its shape, and gives one reason per answer with every rule behind it', () => {
    const rec = recommend(content, {
      annual_hires: 200,
      recruiting_capacity: 'stretched',
      business_processes: [],
      control_preference: 'shared',
    });
    expect(rec.recommendation).toMatchObject({ verdict: 'outsource', models: ['RPO'], label: 'RPO', combination: 'rpo' });
    expect(rec.scores).toEqual({ HRO: 0, RPO: 70, BPO: 0, KPO: 0 });
    for (const model of MODEL_IDS) expect(rec.ranges[model]).toEqual({ low: rec.scores[model], high: rec.scores[model] });
    expect(rec.shapes.RPO).toEqual({ id: 'peak', name: 'Peak shape', text: 'For peaks.', because: '200 hires.' });
    expect(rec.reasons.RPO.map((r) => [r.question, r.points, r.rules, r.text])).toEqual([
      ['annual_hires', 40, ['hires-50', 'hires-200'], '200 hires is real volume.'],
      // The label's explanation after the colon is left out inside a sentence.
      ['recruiting_capacity', 30, ['stretched'], 'Your team is stretched.'],
    ]);
    expect(rec.summary.map((s) => s.text)).toEqual(['HRO is not.', 'RPO is worth buying.', 'BPO is not.', 'KPO is not.']);
    expect(rec.deciding.map((d) => d.question)).toEqual(['annual_hires', 'recruiting_capacity']);
    expect(rec.notes[0]).toEqual({ model: null, title: 'For RPO', text: 'A note.', rule: null });
  });

  it('scales the reasons of a score held at 0 so they still add up to it, keeping each rule\u2019s own points', () => {
    const rec = recommend(content, { business_processes: [], control_preference: 'tight' });
    expect(rec.scores.BPO).toBe(0);
    expect(rec.reasons.BPO.reduce((sum, r) => sum + r.points, 0)).toBe(0);
    expect(rec.reasons.BPO.map((r) => r.rulePoints).sort()).toEqual([-50, -6]);
  });

  it('says "keep it in-house" once enough needs are known, and names an alternative with only what was chosen', () => {
    const few = recommend(content, { annual_hires: 5 });
    expect(few.ranges.RPO).toEqual({ low: 0, high: 0 });
    expect(few.recommendation.verdict).toBe('in_house');
    expect(few.alternatives).toEqual([{ id: 'recruitment_agency', name: 'An agency', text: 'Per hire.', because: '5 hires.' }]);
    const matched = recommend(content, { business_processes: ['data_entry', 'procurement'] });
    expect(matched.alternatives.map((a) => a.because)).toEqual(['Only data entry.']);
  });

  it('names a constraint pulling against a recommended model, and is then never highly confident', () => {
    const rec = recommend(content, { business_processes: ['customer_service'], control_preference: 'tight' });
    expect(rec.scores.BPO).toBe(54);
    expect(rec.recommendation.models).toEqual(['BPO']);
    expect(rec.confidence.constrained).toEqual(['BPO']);
    expect(rec.confidence.crossing).toEqual(['RPO']);
    expect(rec.recommendation.confidence).not.toBe('high');
  });
});
