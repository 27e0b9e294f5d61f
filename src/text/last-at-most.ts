/** Index of the last value in a sorted, non-empty list that is ≤ `target` (0 when none is): a binary search. */
export function lastAtMost(sorted: readonly number[], target: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle]! <= target) low = middle;
    else high = middle - 1;
  }
  return low;
}
