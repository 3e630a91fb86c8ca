import { sortShort } from './sort-short.ts';

/**
 * Shares `target` among `weights` (all of one sign) in proportion, as whole numbers that add up
 * to `target` exactly (largest remainder): truncate first, then give what is left to the largest
 * remainders, earlier entries first on a tie. All-zero weights get zero each.
 */
export function apportion(weights: readonly number[], target: number): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w * target) / total);
  const shares = exact.map((x) => Math.trunc(x));
  let left = target - shares.reduce((sum, s) => sum + s, 0);
  const step = Math.sign(left);
  const order = sortShort(
    exact.map((x, index) => ({ index, remainder: Math.abs(x - Math.trunc(x)) })),
    (a, b) => b.remainder - a.remainder || a.index - b.index,
  );
  for (const { index } of order) {
    if (left === 0) break;
    shares[index] = (shares[index] ?? 0) + step;
    left -= step;
  }
  return shares;
}
