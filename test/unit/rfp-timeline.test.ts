import { describe, expect, it } from 'vitest';
import { defaultTimeline, isIsoDate } from '../../src/domain/rfp/timeline.ts';

describe('defaultTimeline', () => {
  it('counts the milestones from a fixed today', () => {
    expect(defaultTimeline('2026-03-02')).toEqual({
      issue: '2026-03-02',
      'questions-due': '2026-03-12',
      'answers-published': '2026-03-16',
      'proposals-due': '2026-03-30',
      shortlist: '2026-04-13',
      award: '2026-04-27',
      start: '2026-05-25',
    });
  });

  it('moves a date that falls at a weekend to the Monday after', () => {
    // 2026-03-07 is a Saturday; the questions deadline (+10) is a Tuesday, the proposals (+28) a Saturday.
    const timeline = defaultTimeline('2026-03-07');
    expect(timeline.issue).toBe('2026-03-09');
    expect(timeline['proposals-due']).toBe('2026-04-06');
    expect(defaultTimeline('2026-03-08').issue).toBe('2026-03-09');
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(defaultTimeline('2027-12-20')['questions-due']).toBe('2027-12-30');
    expect(defaultTimeline('2027-12-20')['proposals-due']).toBe('2028-01-17');
    expect(defaultTimeline('2028-02-18')['questions-due']).toBe('2028-02-28');
    expect(defaultTimeline('2028-02-15')['answers-published']).toBe('2028-02-29');
  });

  it('keeps the milestones in order, never at a weekend', () => {
    for (let day = 1; day <= 31; day++) {
      const dates = Object.values(defaultTimeline(`2026-01-${String(day).padStart(2, '0')}`));
      expect([...dates].sort()).toEqual(dates);
      for (const date of dates) expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
    }
  });

  it('refuses a today that is not a real date', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-3-2', '', '2026-03-02T10:00'])
      expect(() => defaultTimeline(bad), bad).toThrow(RangeError);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
  });
});
