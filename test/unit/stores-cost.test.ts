import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/domain/answers/answers.ts';
import { assumptionQuestion, type AdvisorContent } from '../../src/domain/content.ts';
import { decodeLink } from '../../src/domain/share/link-codec.ts';
import { costAssumptionSchema } from '../../src/domain/schemas/cost.ts';
import { setCostFigure, setCurrency } from '../../src/stores/cost.ts';
import { setResultAnswer } from '../../src/stores/result-answers.ts';
import { $fragment, $opened } from '../../src/stores/opened-answers.ts';
import { fixtureContent } from './helpers/engine-fixture.ts';

/** The fixture, with one assumption (a percentage) and a currency question made for these tests. */
const governance = costAssumptionSchema.parse({
  id: 'governance_pct',
  label: 'Managing the provider',
  unit: 'percent',
  models: ['BPO'],
  help: 'Yours.',
});
const content: AdvisorContent = {
  ...fixtureContent,
  costs: [governance],
  questions: [
    ...fixtureContent.questions,
    assumptionQuestion(governance),
    {
      id: 'currency',
      kind: 'single',
      prompt: 'Currency?',
      short: 'currency',
      help: 'Pick one.',
      options: [
        { value: 'eur', label: 'Euro' },
        { value: 'usd', label: 'Dollar' },
      ],
    },
  ],
};

/** A writer that records what it was asked to write. */
function recorder(): { writes: [string, AnswerValue | null][]; write: (id: string, value: AnswerValue | null) => void } {
  const writes: [string, AnswerValue | null][] = [];
  return { writes, write: (id, value) => writes.push([id, value]) };
}

describe('setCostFigure: a typed figure becomes an answer, or is explained', () => {
  it('writes a valid whole number, accepting grouped thousands', () => {
    const { writes, write } = recorder();
    expect(setCostFigure(content, 'governance_pct', ' 12 ', write)).toEqual({ status: 'valid', value: 12 });
    expect(setCostFigure(content, 'annual_hires', '1,000', write)).toEqual({ status: 'valid', value: 1000 });
    expect(writes).toEqual([
      ['governance_pct', 12],
      ['annual_hires', 1000],
    ]);
  });

  it('removes the answer for an emptied field, so the published figure applies again', () => {
    const { writes, write } = recorder();
    expect(setCostFigure(content, 'governance_pct', '   ', write)).toEqual({ status: 'empty' });
    expect(writes).toEqual([['governance_pct', null]]);
  });

  it('writes nothing for a mistake or a figure out of range, and says why', () => {
    const { writes, write } = recorder();
    const decimal = setCostFigure(content, 'governance_pct', '6.5', write);
    const over = setCostFigure(content, 'governance_pct', '140', write);
    expect(decimal.status === 'invalid' && decimal.message).toMatch(/whole number/);
    expect(over.status === 'invalid' && over.message).toMatch(/out of range.*between 0 and 100/);
    expect(setCostFigure(content, 'control_preference', '3', write).status).toBe('invalid');
    expect(setCostFigure(content, 'no_such_question', '3', write).status).toBe('invalid');
    expect(writes).toEqual([]);
  });
});

describe('setCurrency', () => {
  it('writes one of the options, removes the answer for none, and ignores anything else', () => {
    const { writes, write } = recorder();
    setCurrency(content, 'usd', write);
    setCurrency(content, '', write);
    setCurrency(content, 'xyz', write);
    expect(writes).toEqual([
      ['currency', 'usd'],
      ['currency', null],
    ]);
  });
});

describe('setResultAnswer: an edited figure is an answer on screen, so the link carries it', () => {
  const closed = $opened.get();
  afterEach(() => $opened.set(closed));

  it('sets and removes one answer, keeps the others and the names, and the fragment follows', () => {
    $opened.set({ ...closed, phase: 'open', source: 'saved', file: { answers: { annual_hires: 40 }, meta: { client: 'Acme' } } });
    setResultAnswer('governance_pct', 9);
    expect($opened.get().file).toEqual({ answers: { annual_hires: 40, governance_pct: 9 }, meta: { client: 'Acme' } });
    // Opened from saved answers, the page now shows its link's answers, not those saved.
    expect($opened.get().source).toBe('link');
    const decoded = decodeLink(content, $fragment.get());
    expect(decoded.ok && decoded.value.answers).toEqual({ annual_hires: 40, governance_pct: 9 });

    setResultAnswer('governance_pct', null);
    expect($opened.get().file?.answers).toEqual({ annual_hires: 40 });
  });

  it('does nothing when no answers are on screen', () => {
    setResultAnswer('governance_pct', 9);
    expect($opened.get().file).toBeNull();
  });
});
