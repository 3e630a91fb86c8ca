import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain/engine/recommendation.ts';
import { changeSentence } from '../../src/domain/report/change-words.ts';

const change = (over: Partial<Change>): Change => ({
  question: 'annual_hires',
  short: 'external hires a year',
  from: '150',
  to: '250',
  value: 250,
  models: ['HRO', 'RPO'],
  label: 'HRO + RPO (total talent)',
  ...over,
});

describe('changeSentence', () => {
  it('says which model would join which, in plain words', () => {
    expect(changeSentence(change({}), ['HRO'], 'number')).toBe(
      'With 250 external hires a year instead of 150, RPO would join HRO: HRO + RPO (total talent).',
    );
  });

  it('says which would drop out, and when nothing would clear the line', () => {
    expect(changeSentence(change({ to: '49', models: ['HRO'], label: 'HRO' }), ['HRO', 'RPO'], 'number')).toBe(
      'With 49 external hires a year instead of 150, RPO would drop out: HRO.',
    );
    expect(
      changeSentence(
        change({
          question: 'hr_admin_burden',
          short: 'admin burden',
          from: '4 of 5',
          to: '1 of 5',
          models: [],
          label: 'Keep it in-house for now',
        }),
        ['HRO'],
        'choice',
      ),
    ).toBe('If admin burden were "1 of 5" rather than "4 of 5", no model would clear the line: Keep it in-house for now.');
  });

  it('speaks of an open question as one still to answer, and of a swap as both', () => {
    expect(
      changeSentence(
        change({ short: 'business processes', from: 'not sure', to: 'customer service', models: ['BPO'], label: 'BPO' }),
        [],
        'choice',
      ),
    ).toBe('If you answered "customer service" for business processes, BPO would clear the line: BPO.');
    expect(changeSentence(change({ models: ['BPO'], label: 'BPO' }), ['RPO'], 'number')).toBe(
      'With 250 external hires a year instead of 150, BPO would clear the line and RPO would drop out: BPO.',
    );
  });
});
