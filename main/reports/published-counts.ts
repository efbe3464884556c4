import { type CountCell, type SumRelation, suppressSmallCounts } from '../domain/suppression';
import { formatDutchNumber, HIDDEN_COUNT, UNKNOWN_FIGURE } from './dutch-format';

/**
 * The report's side of complementary suppression: a group of related pupil
 * counts (one table row) in, their published text out. Unknown counts are
 * "n.b." and drop out of every relation: nobody can subtract with them.
 */
export interface CountGroup {
  /** Printed counts by id; null is unknown. */
  printed: Record<string, number | null>;
  /** Counts never printed but derivable from the relations, e.g. those who said "no". */
  implicit?: Record<string, number | null>;
  relations?: SumRelation[];
}

export interface PublishedCounts {
  text(id: string): string;
  /** Whether the count is shown, so that a rate or percentage derived from it may be shown too. */
  shown(id: string): boolean;
}

export function publishCounts(group: CountGroup): PublishedCounts {
  const known = (entries: Record<string, number | null>, printed: boolean): CountCell[] =>
    Object.entries(entries).flatMap(([id, value]) => (value === null ? [] : [{ id, value, printed }]));
  const cells = [...known(group.printed, true), ...known(group.implicit ?? {}, false)];
  const ids = new Set(cells.map((c) => c.id));
  const relations = (group.relations ?? []).filter((r) => [r.total, ...r.parts].every((id) => ids.has(id)));
  const hidden = suppressSmallCounts({ cells, relations });
  const shown = (id: string) => group.printed[id] !== null && group.printed[id] !== undefined && !hidden.has(id);
  return {
    shown,
    text: (id) => {
      const value = group.printed[id];
      if (value === null || value === undefined) return UNKNOWN_FIGURE;
      return hidden.has(id) ? HIDDEN_COUNT : formatDutchNumber(value, 0);
    },
  };
}
