import { afterEach, describe, expect, it } from 'vitest';
import { encodeCompareLink } from '../../src/domain/share/compare-encode.ts';
import { $compareError, $comparison, connectCompare, type CompareWindow } from '../../src/stores/compare.ts';
import { content, loadScenarios } from './helpers/content.ts';

/** The address bar: a hash that can be changed, and its hashchange listeners. */
class FakeWindow implements CompareWindow {
  location = { hash: '' };
  private readonly listeners = new Set<() => void>();
  addEventListener(_: 'hashchange', listener: () => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_: 'hashchange', listener: () => void): void {
    this.listeners.delete(listener);
  }
  go(hash: string): void {
    this.location = { hash };
    for (const listener of this.listeners) listener();
  }
  get listening(): number {
    return this.listeners.size;
  }
}

const [a, b, c] = loadScenarios();
if (!a || !b || !c) throw new Error('the scenario fixtures are there');
let disconnect: (() => void) | null = null;
afterEach(() => {
  disconnect?.();
  disconnect = null;
});

describe('the compare page store', () => {
  it('opens the comparison in the address bar, then any other pasted into it, until stopped', () => {
    const win = new FakeWindow();
    win.location = {
      hash: `#${encodeCompareLink([
        { label: 'one', file: a.file },
        { label: 'two', file: b.file },
      ])}`,
    };
    disconnect = connectCompare(content, win);
    expect($comparison.get()?.scenarios.map((s) => s.label)).toEqual(['one', 'two']);
    expect($compareError.get()).toBeNull();

    win.go(
      `#${encodeCompareLink([
        { label: 'x', file: a.file },
        { label: 'y', file: b.file },
        { label: 'z', file: c.file },
      ])}`,
    );
    expect($comparison.get()?.results).toHaveLength(3);

    win.go('#c1~~1AB~');
    expect($comparison.get()).toBeNull();
    expect($compareError.get()).toMatchObject({ code: 'damaged', title: 'This comparison link is incomplete' });

    win.go('');
    expect([$comparison.get(), $compareError.get()]).toEqual([null, null]);
    disconnect();
    disconnect = null;
    expect(win.listening).toBe(0);
  });
});
