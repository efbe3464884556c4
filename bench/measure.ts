import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  runs: number;
  medianMs: number;
  p90Ms: number;
}

/** Runs `work` a few times to warm up, then `runs` times; reports median and p90 in ms. */
export async function measure(name: string, runs: number, work: () => Promise<unknown>): Promise<Measurement> {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, runs, medianMs: times[Math.floor(runs / 2)], p90Ms: times[Math.floor(runs * 0.9)] };
}

export function ratio(ours: Measurement, baseline: Measurement): string {
  return (ours.medianMs / baseline.medianMs).toFixed(2);
}
