/**
 * How many of `days`, sorted, fall on or before `day`: one binary search, shared by every
 * timeline the status queries keep (decisions, membership flips, standings).
 *
 * @internal
 */
export function countUpTo(days: Int32Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as number) <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}
