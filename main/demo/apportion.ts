/**
 * Splits `total` into whole numbers proportional to `weights`, each at most
 * its cap, by largest remainder: deterministic and exact. Each gets the floor
 * of its quota, the units left go to the largest fractions; what caps cut off
 * is split again over those with room. Zero weights stay 0 unless the others
 * cannot take the total, then the room left decides.
 */
export function apportion(weights: readonly number[], total: number, caps: readonly number[]): number[] {
  const n = weights.length;
  const room = caps.map((c) => Math.max(0, c));
  const capacity = room.reduce((a, c) => a + c, 0);
  if (total > capacity) throw new Error(`cannot apportion ${total} over a capacity of ${capacity}`);
  const result = new Array<number>(n).fill(0);
  let remaining = total;
  while (remaining > 0) {
    const open = [...Array(n).keys()].filter((i) => result[i] < room[i]);
    const weighted = open.filter((i) => weights[i] > 0);
    const takers = weighted.length > 0 ? weighted : open;
    const weightOf = (i: number) => (weighted.length > 0 ? weights[i] : room[i] - result[i]);
    const sum = takers.reduce((a, i) => a + weightOf(i), 0);
    const quotas = takers.map((i) => ({ i, quota: (remaining * weightOf(i)) / sum }));
    let given = 0;
    for (const { i, quota } of quotas) {
      const give = Math.min(room[i] - result[i], Math.floor(quota));
      result[i] += give;
      given += give;
    }
    let left = remaining - given;
    quotas.sort((a, b) => b.quota - Math.floor(b.quota) - (a.quota - Math.floor(a.quota)) || a.i - b.i);
    for (const { i } of quotas) {
      if (left === 0) break;
      if (result[i] < room[i]) {
        result[i]++;
        left--;
      }
    }
    remaining = left;
  }
  return result;
}
