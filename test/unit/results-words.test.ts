import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/domain/engine/recommend.ts';
import type { Confidence } from '../../src/domain/engine/recommendation.ts';
import { confidenceInWords, headlineOf } from '../../src/domain/report/confidence-words.ts';
import { content, loadScenarios } from './helpers/content.ts';

const { closeMargin } = content.settings;

/** BPO sits within closeMargin of the line (see the engine's confidence tests). */
/** One back-office process and nothing else: BPO just over the line. */
const ON_THE_LINE = { business_processes: ['it_support'] } as const;

function confidence(change: Partial<Confidence>): Confidence {
  return { ...recommend(content, loadScenarios()[0]?.file.answers ?? {}).confidence, ...change };
}

describe('confidenceInWords', () => {
  it('names the level and gives the engine’s reasons for it', () => {
    const rec = recommend(content, loadScenarios().find((s) => s.name === 'total-talent')?.file.answers ?? {});
    const words = confidenceInWords(rec.confidence, closeMargin);
    expect(rec.confidence.level).toBe('high');
    expect(words.label).toBe('High confidence');
    expect(words.why).toBe(rec.confidence.explanation.join(' '));
    expect(words.noClearWinner).toBeNull();
  });

  it('says there is no clear winner, which model and why, when a score is too close to call', () => {
    const rec = recommend(content, ON_THE_LINE);
    const words = confidenceInWords(rec.confidence, closeMargin);
    expect(words.label).toBe('Low confidence');
    expect(words.noClearWinner).toBe(
      `BPO scores within ${closeMargin} points of the line, so one different answer could tip it either way. Treat it as a judgment call and check the answers behind that score.`,
    );
    expect(words.why).toMatch(
      new RegExp(`BPO scores \\d+, \\d+ points? (above|below) the line of ${content.settings.recommendAt}: too close to call`),
    );
  });

  it('speaks of several models in the plural', () => {
    const words = confidenceInWords(
      confidence({
        level: 'low',
        noClearWinner: true,
        closeCalls: [
          { model: 'HRO', score: 54, distance: 1 },
          { model: 'KPO', score: 57, distance: 2 },
          { model: 'RPO', score: 63, distance: 8 },
        ],
      }),
      closeMargin,
    );
    expect(words.noClearWinner).toBe(
      `HRO and KPO score within ${closeMargin} points of the line, so one different answer could tip them either way. Treat them as a judgment call and check the answers behind those scores.`,
    );
  });

  it('has a label for every level', () => {
    expect(confidenceInWords(confidence({ level: 'medium' }), closeMargin).label).toBe('Medium confidence');
    expect(confidenceInWords(confidence({ level: 'low' }), closeMargin).label).toBe('Low confidence');
  });
});

describe('headlineOf', () => {
  it('joins the set’s label and headline', () => {
    const byName = new Map(loadScenarios().map((s) => [s.name, recommend(content, s.file.answers)]));
    const talent = byName.get('total-talent');
    const inHouse = byName.get('in-house-tight-control');
    const rpo = byName.get('rpo-volume-hiring');
    if (!talent || !inHouse || !rpo) throw new Error('scenario missing');
    expect(headlineOf(talent)).toBe('HRO + RPO (total talent): one provider across the employee lifecycle');
    expect(headlineOf(inHouse)).toBe('Keep it in-house for now: nothing here is worth handing over yet');
    expect(headlineOf(rpo)).toBe('RPO: hand over recruitment to a specialist provider');
  });
});
