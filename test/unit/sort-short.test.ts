import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortShort } from '../../src/domain/sort-short.ts';

describe('sortShort', () => {
  it('orders a list as Array.prototype.sort does, equal items kept in their order', () => {
    // Keys from a small range, so ties are common and stability is tested; the id tells equal keys apart.
    const list = fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 40 }).map((keys) => keys.map((key, id) => ({ key, id })));
    fc.assert(
      fc.property(list, (items) => {
        const compare = (a: { key: number }, b: { key: number }): number => b.key - a.key;
        expect(sortShort([...items], compare)).toEqual([...items].sort(compare));
      }),
    );
  });

  it('sorts in place and returns the same list', () => {
    const list = [3, 1, 2];
    expect(sortShort(list, (a, b) => a - b)).toBe(list);
    expect(list).toEqual([1, 2, 3]);
  });

  it('breaks ties by a second key when the comparison gives one', () => {
    const rows = [
      { points: 5, rule: 2 },
      { points: -5, rule: 1 },
      { points: 7, rule: 3 },
    ];
    sortShort(rows, (a, b) => Math.abs(b.points) - Math.abs(a.points) || a.rule - b.rule);
    expect(rows.map((r) => r.rule)).toEqual([3, 1, 2]);
  });
});
