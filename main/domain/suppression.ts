/**
 * Small-cell suppression that holds against subtraction.
 *
 * A published table of pupil counts must not let a reader recover a count of
 * 1–4 pupils: not from the cell itself, and not from totals, differences or
 * percentages elsewhere in the same table or document. Hiding only the small
 * cell is not enough ("Boven Z-drempel 22, naar CLB 21" gives away the one
 * pupil not referred), so cells the reader could subtract with are hidden
 * too: complementary suppression.
 *
 * The table is described as cells and sum relations (total = sum of parts).
 * A cell can be implicit: never printed, but derivable (the pupils who said
 * "no" in a survey row that prints "yes" and "asked"). Hidden cells all show
 * the same mark, so the reader learns nothing from which mark a cell has.
 *
 * Zero is not a small count: no pupil can be recognised in a count of none.
 */

export const SMALL_COUNT_LIMIT = 5;

export interface CountCell {
  id: string;
  value: number;
  /** False for a value the table never prints but a reader can derive. */
  printed: boolean;
}

export interface SumRelation {
  total: string;
  parts: readonly string[];
}

export interface CountTable {
  cells: readonly CountCell[];
  relations: readonly SumRelation[];
}

/** A count that could point at individual pupils: 1 to limit − 1. */
export function isSmallCount(value: number, limit = SMALL_COUNT_LIMIT): boolean {
  return value >= 1 && value < limit;
}

const EPSILON = 1e-9;

/**
 * The hidden cells whose value follows from the published ones through the
 * relations (linear algebra over the rationals: the cell's unit vector lies
 * in the row space of the relations restricted to hidden cells).
 */
export function derivableHiddenCells(table: CountTable, hidden: ReadonlySet<string>): Set<string> {
  const unknowns = table.cells.filter((c) => hidden.has(c.id)).map((c) => c.id);
  const column = new Map(unknowns.map((id, i) => [id, i]));
  const rows: number[][] = [];
  for (const relation of table.relations) {
    const row = Array<number>(unknowns.length).fill(0);
    let any = false;
    const add = (id: string, sign: number) => {
      const i = column.get(id);
      if (i === undefined) return;
      row[i] += sign;
      any = true;
    };
    add(relation.total, 1);
    for (const part of relation.parts) add(part, -1);
    if (any) rows.push(row);
  }
  // Reduced row echelon form.
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < unknowns.length && r < rows.length; c++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++) if (Math.abs(rows[i][c]) > Math.abs(rows[best][c])) best = i;
    if (Math.abs(rows[best][c]) < EPSILON) continue;
    [rows[r], rows[best]] = [rows[best], rows[r]];
    const p = rows[r][c];
    rows[r] = rows[r].map((v) => v / p);
    for (let i = 0; i < rows.length; i++) {
      if (i === r || Math.abs(rows[i][c]) < EPSILON) continue;
      const f = rows[i][c];
      rows[i] = rows[i].map((v, j) => v - f * rows[r][j]);
    }
    pivots.push(c);
    r++;
  }
  const derivable = new Set<string>();
  pivots.forEach((c, i) => {
    if (rows[i].every((v, j) => j === c || Math.abs(v) < EPSILON)) derivable.add(unknowns[c]);
  });
  return derivable;
}

/**
 * Which printed cells to hide: every small count, and as few other cells as
 * this greedy rule finds so that no small count (printed or implicit) can be
 * derived. Returns the ids of hidden printed cells.
 */
export function suppressSmallCounts(table: CountTable, limit = SMALL_COUNT_LIMIT): Set<string> {
  const byId = new Map(table.cells.map((c) => [c.id, c]));
  const sensitive = (id: string) => isSmallCount(byId.get(id)?.value ?? 0, limit);
  const hidden = new Set(table.cells.filter((c) => !c.printed || isSmallCount(c.value, limit)).map((c) => c.id));

  const totals = new Set(table.relations.map((r) => r.total));
  const neighbours = (id: string) => new Set(table.relations.filter((r) => r.total === id || r.parts.includes(id)).flatMap((r) => [r.total, ...r.parts]));
  /** Cells to hide next, best first: beside the pinned cell, not zero, a part before a total, the smallest. */
  const candidates = (pinned: string) => {
    const near = neighbours(pinned);
    return table.cells
      .filter((c) => !hidden.has(c.id))
      .sort(
        (a, b) =>
          Number(!near.has(a.id)) - Number(!near.has(b.id)) ||
          Number(a.value === 0) - Number(b.value === 0) ||
          Number(totals.has(a.id)) - Number(totals.has(b.id)) ||
          a.value - b.value,
      )
      .map((c) => c.id);
  };

  // A hidden zero can only go up, and counts are never negative: a reader may pin it, and a sum with it, at zero.
  // So the check treats hidden zeros as known, which is stricter than the reader can be.
  const pinnedCells = (set: ReadonlySet<string>) => derivableHiddenCells(table, new Set([...set].filter((id) => byId.get(id)!.value !== 0)));

  for (let guard = 0; guard <= table.cells.length; guard++) {
    const pinned = [...pinnedCells(hidden)].find(sensitive);
    if (pinned === undefined) break;
    const options = candidates(pinned);
    if (options.length === 0) break;
    // The first cell whose hiding frees the pinned one; else the best one, and look again.
    const freeing = options.find((id) => !pinnedCells(new Set([...hidden, id])).has(pinned));
    hidden.add(freeing ?? options[0]);
  }
  return new Set([...hidden].filter((id) => byId.get(id)?.printed));
}
