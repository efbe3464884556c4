/** Robust statistics over a peer group; inputs are sorted ascending copies. */

export function sortedNumbers(values: Iterable<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** Percentile by linear interpolation between closest ranks (p in 0…100); NaN for an empty set. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  if (n === 1) return sorted[0];
  const position = (Math.min(100, Math.max(0, p)) / 100) * (n - 1);
  const lower = Math.floor(position);
  const upper = Math.min(n - 1, lower + 1);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** Index of the first element ≥ value (lower bound) or > value (upper bound). */
function bound(sorted: ArrayLike<number>, value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value || (strict && sorted[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Mid-rank percentile of a value within the group (0…100): the share below it
 * plus half the share equal to it, so ties (many schools with 0) land in the middle.
 */
export function percentileRank(sorted: ArrayLike<number>, value: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const below = bound(sorted, value, false);
  const equal = bound(sorted, value, true) - below;
  return ((below + equal / 2) / n) * 100;
}

/**
 * Median absolute deviation around the median. The input is sorted, so the
 * deviations grow outwards from the median on both sides: merging the two
 * runs finds the middle deviation in linear time, without a second sort.
 */
export function medianAbsoluteDeviation(sorted: ArrayLike<number>, median: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) / 2;
  const lowerRank = Math.floor(position);
  const upperRank = Math.ceil(position);
  let left = bound(sorted, median, false) - 1;
  let right = left + 1;
  let lowerValue = 0;
  for (let rank = 0; rank <= upperRank; rank++) {
    const fromLeft = left >= 0 ? median - sorted[left] : Number.POSITIVE_INFINITY;
    const fromRight = right < n ? sorted[right] - median : Number.POSITIVE_INFINITY;
    const deviation = fromLeft <= fromRight ? fromLeft : fromRight;
    if (fromLeft <= fromRight) left--;
    else right++;
    if (rank === lowerRank) lowerValue = deviation;
    if (rank === upperRank) return lowerValue + (deviation - lowerValue) * (position - lowerRank);
  }
  return lowerValue;
}

export interface PeerStats {
  n: number;
  median: number;
  p25: number;
  p75: number;
  mad: number;
  sorted: Float64Array;
}

export function peerStats(values: Iterable<number>): PeerStats {
  const sorted = sortedNumbers(values);
  const median = quantile(sorted, 50);
  return { n: sorted.length, median, p25: quantile(sorted, 25), p75: quantile(sorted, 75), mad: medianAbsoluteDeviation(sorted, median), sorted };
}

/**
 * (value − median) / (1.4826 · MAD). When MAD is 0 (most peers report the same
 * value, typically 0) any difference is infinitely far, so the percentile decides alone.
 */
export function robustZ(value: number, stats: Pick<PeerStats, 'median' | 'mad'>): number {
  const diff = value - stats.median;
  if (diff === 0) return 0;
  if (stats.mad === 0) return diff > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  return diff / (1.4826 * stats.mad);
}
