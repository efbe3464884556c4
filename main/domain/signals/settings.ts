/**
 * Every threshold the risk signals use, in one place. Change a number here
 * and the list, the school page, the overview and the CLI all follow.
 * Percentiles are 0…100 within the peer group (same niveau and onderwijsvorm,
 * same school year); the robust z-score is (value − median) / (1.4826 · MAD).
 */
export const SIGNAL_SETTINGS = {
  /** Fewer comparable schools than this: no comparison, no relative signal. */
  minPeerGroupSize: 5,
  /** Schools with fewer pupils than this are compared but never flagged on a relative basis (too noisy). */
  minPupilsForRelative: 20,
  high: {
    /** Remarkably many: percentile and robust z must both pass. */
    attention: { percentile: 95, robustZ: 2.5 },
    severe: { percentile: 99, robustZ: 3.5 },
  },
  low: {
    /** Remarkably few (possible under-registration): only ever "attention". */
    attention: { percentile: 5, robustZ: -1.5 },
  },
  /** The trend compares this year's rate with the rate this many years earlier (or the oldest year available). */
  trendYears: 3,
  /**
   * Absolute thresholds where the plan wants cases looked at one by one
   * (actions 17, 19, 8). Set above 1: footnote 1 counts 1,105 pupils not
   * re-enrolled over ~950 secondary schools, so "any case" would flag most
   * schools and stop being a signal.
   */
  absolute: {
    definitiveAfterFeb1: { attention: 3, severe: 6 },
    excludedNotReenrolled: { attention: 3, severe: 6 },
    /** Share (%) of pupils above the Z-code threshold not referred to the CLB. */
    zNotReferredPct: { attention: 35, severe: 60 },
  },
} as const;

export type SignalSettings = typeof SIGNAL_SETTINGS;
