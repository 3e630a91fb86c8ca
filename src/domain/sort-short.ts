/**
 * Sorts a short list in place, stably, in the order Array.prototype.sort gives with the same
 * comparison. An insertion sort: for the handful of items the engine sorts on every call it is
 * quicker, and V8's sort allocates about a kilobyte of working space each time it runs.
 */
export function sortShort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let j = i - 1;
    // Shift the larger items right; stop at an equal one, so equal items keep their order.
    while (j >= 0 && compare(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}
