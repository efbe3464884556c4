import { conflictingVersions, type EntryShape, type EntryState, sameState } from './revisions';

/** What merging did to one entry. */
export type MergeOutcome = 'added' | 'updated' | 'same' | 'conflict';

export function classifyMerge(shape: EntryShape, before: EntryState | undefined, after: EntryState): MergeOutcome {
  if (!before) return conflictingVersions(shape, after).length ? 'conflict' : 'added';
  if (sameState(before, after)) return 'same';
  return conflictingVersions(shape, after).length ? 'conflict' : 'updated';
}

export interface MergeSummary {
  added: number;
  updated: number;
  same: number;
  conflicts: number;
}

export function summarize(outcomes: Iterable<MergeOutcome>): MergeSummary {
  const summary: MergeSummary = { added: 0, updated: 0, same: 0, conflicts: 0 };
  for (const o of outcomes) {
    if (o === 'conflict') summary.conflicts += 1;
    else summary[o] += 1;
  }
  return summary;
}
