import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * The store's current value; the component renders again (once per task, however many changes)
 * when it changes. What @nanostores/preact's useStore does without its `keys` and `ssr` options,
 * whose code every page with a script would otherwise load.
 *
 * Mirrors @nanostores/preact 1.1.0 (index.js, for nanostores 1.x): the value read before the first
 * effect, one setTimeout-batched re-render per task, unlisten and clearTimeout on unmount.
 * Compare again when nanostores or @nanostores/preact has a major release; test/unit/use-store.test.ts
 * holds the behaviour.
 */
export function useStore<Value>(store: ReadableAtom<Value>): Value {
  const [, forceRender] = useState({});
  const [before] = useState(() => store.get());
  useEffect(() => {
    // A change between the first render and this effect would otherwise be missed.
    if (before !== store.get()) forceRender({});
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unlisten = store.listen(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        forceRender({});
      });
    });
    return () => {
      unlisten();
      clearTimeout(timer);
    };
  }, [store]);
  return store.get();
}
