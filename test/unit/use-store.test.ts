// @vitest-environment happy-dom
import { atom } from 'nanostores';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../src/stores/use-store.ts';

/** A component that shows the store's value and counts its renders. */
function mount(store: ReturnType<typeof atom<number>>): { text: () => string; renders: () => number; unmount: () => void } {
  const root = document.createElement('div');
  document.body.append(root);
  let count = 0;
  function Counter() {
    count += 1;
    return h('output', null, String(useStore(store)));
  }
  act(() => render(h(Counter, null), root));
  return { text: () => root.textContent ?? '', renders: () => count, unmount: () => act(() => render(null, root)) };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('useStore', () => {
  it('shows the current value and renders once for several changes in one task', async () => {
    vi.useFakeTimers();
    const $count = atom(1);
    const view = mount($count);
    expect(view.text()).toBe('1');
    const before = view.renders();
    $count.set(2);
    $count.set(3);
    $count.set(4);
    expect(view.text()).toBe('1');
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(view.text()).toBe('4');
    expect(view.renders()).toBe(before + 1);
  });

  it('catches a change made between the first render and its effect', () => {
    const $count = atom(1);
    const root = document.createElement('div');
    document.body.append(root);
    function Counter() {
      const value = useStore($count);
      // Changes the store during the first render, before the effect subscribes.
      if (value === 1) $count.set(5);
      return h('output', null, String(value));
    }
    act(() => render(h(Counter, null), root));
    expect(root.textContent).toBe('5');
  });

  it('stops listening and drops a pending render when unmounted', async () => {
    vi.useFakeTimers();
    const $count = atom(1);
    const view = mount($count);
    $count.set(2);
    expect(vi.getTimerCount()).toBe(1);
    const renders = view.renders();
    view.unmount();
    expect($count.lc).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(view.renders()).toBe(renders);
  });
});
