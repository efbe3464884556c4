import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CountCell, type CountTable, isSmallCount, type SumRelation, suppressSmallCounts } from '../../../main/domain/suppression';

/**
 * The attacker, written independently of the rule: a reader who sees the
 * published cells and knows every relation (rows and columns add up) and that
 * counts are whole numbers ≥ 0. It enumerates every table consistent with
 * what is published; a hidden small count is recovered when all of them agree
 * on its value.
 */
function recoveredSmallCounts(grid: number[][], table: CountTable, hidden: ReadonlySet<string>): string[] {
  const rows = grid.length;
  const cols = grid[0].length;
  const value = new Map(table.cells.map((c) => [c.id, c.value]));
  const isHidden = (id: string) => hidden.has(id) || !table.cells.find((c) => c.id === id)!.printed;
  const published = (id: string) => (isHidden(id) ? null : value.get(id)!);
  const targets = table.cells.filter((c) => isHidden(c.id) && isSmallCount(c.value)).map((c) => c.id);
  if (targets.length === 0) return [];
  const seen = new Map(targets.map((id) => [id, new Set<number>()]));
  // The reader's search is narrowed to a window around each true value: fewer candidate tables make a
  // stronger reader, so a cell that stays ambiguous here is ambiguous for the real reader too.
  const WINDOW = 2;
  const rowTotal = (r: number) => published(`R${r}`);
  const colTotal = (c: number) => published(`C${c}`);
  const candidate = grid.map((row) => row.map(() => 0));
  let done = false;

  const check = () => {
    const sums = { rows: candidate.map((row) => row.reduce((a, b) => a + b, 0)), cols: Array.from({ length: cols }, (_, c) => candidate.reduce((a, row) => a + row[c], 0)) };
    const grand = sums.rows.reduce((a, b) => a + b, 0);
    if (published('G') !== null && grand !== published('G')) return;
    for (let r = 0; r < rows; r++) if (rowTotal(r) !== null && sums.rows[r] !== rowTotal(r)) return;
    for (let c = 0; c < cols; c++) if (colTotal(c) !== null && sums.cols[c] !== colTotal(c)) return;
    const of = (id: string): number => {
      if (id === 'G') return grand;
      if (id.startsWith('R')) return sums.rows[Number(id.slice(1))];
      if (id.startsWith('C')) return sums.cols[Number(id.slice(1))];
      const [r, c] = id.slice(1).split('.').map(Number);
      return candidate[r][c];
    };
    for (const id of targets) seen.get(id)!.add(of(id));
    done = targets.every((id) => seen.get(id)!.size > 1);
  };

  const walk = (index: number) => {
    if (done) return;
    if (index === rows * cols) return check();
    const r = Math.floor(index / cols);
    const c = index % cols;
    const id = `X${r}.${c}`;
    const shown = published(id);
    if (shown !== null) {
      candidate[r][c] = shown;
      return walk(index + 1);
    }
    const rowSoFar = candidate[r].slice(0, c).reduce((a, b) => a + b, 0);
    const colSoFar = candidate.slice(0, r).reduce((a, row) => a + row[c], 0);
    const truth = grid[r][c];
    const limit = Math.min(truth + WINDOW, rowTotal(r) ?? Infinity, colTotal(c) ?? Infinity);
    // The last cell of a row or column with a printed total is forced.
    const forced = c === cols - 1 && rowTotal(r) !== null ? rowTotal(r)! - rowSoFar : r === rows - 1 && colTotal(c) !== null ? colTotal(c)! - colSoFar : null;
    if (forced !== null) {
      if (forced < 0) return;
      candidate[r][c] = forced;
      return walk(index + 1);
    }
    for (let v = Math.max(0, truth - WINDOW); v <= limit; v++) {
      if (rowTotal(r) !== null && rowSoFar + v > rowTotal(r)!) break;
      if (colTotal(c) !== null && colSoFar + v > colTotal(c)!) break;
      candidate[r][c] = v;
      walk(index + 1);
      if (done) return;
    }
  };
  walk(0);
  return targets.filter((id) => seen.get(id)!.size <= 1);
}

/** A grid of counts with row totals, column totals and a grand total; any of them may be left unprinted. */
function gridTable(grid: number[][], printed: (id: string) => boolean): CountTable {
  const cells: CountCell[] = [];
  const relations: SumRelation[] = [];
  const cols = grid[0].length;
  grid.forEach((row, r) => {
    row.forEach((v, c) => cells.push({ id: `X${r}.${c}`, value: v, printed: printed(`X${r}.${c}`) }));
    cells.push({ id: `R${r}`, value: row.reduce((a, b) => a + b, 0), printed: printed(`R${r}`) });
    relations.push({ total: `R${r}`, parts: row.map((_, c) => `X${r}.${c}`) });
  });
  for (let c = 0; c < cols; c++) {
    cells.push({ id: `C${c}`, value: grid.reduce((a, row) => a + row[c], 0), printed: printed(`C${c}`) });
    relations.push({ total: `C${c}`, parts: grid.map((_, r) => `X${r}.${c}`) });
  }
  cells.push({ id: 'G', value: grid.flat().reduce((a, b) => a + b, 0), printed: printed('G') });
  relations.push({ total: 'G', parts: grid.map((_, r) => `R${r}`) });
  relations.push({ total: 'G', parts: Array.from({ length: cols }, (_, c) => `C${c}`) });
  return { cells, relations };
}

// Small counts are what the rule is about, so the generator leans on them.
const count = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 4 }) }, { weight: 2, arbitrary: fc.integer({ min: 5, max: 14 }) });

describe('complementary suppression', () => {
  it('no hidden small count can be recovered from totals and differences (property, brute-force reader)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }).chain((rows) =>
          fc.integer({ min: 2, max: 3 }).chain((cols) =>
            fc.tuple(fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }), fc.func(fc.boolean())),
          ),
        ),
        ([grid, coin]) => {
          // Interior cells are mostly printed; totals at random; an unprinted cell is still derivable by the reader.
          const printed = (id: string) => (id.startsWith('X') ? coin(id) || coin(`${id}'`) : coin(id));
          const table = gridTable(grid, printed);
          const hidden = suppressSmallCounts(table);
          for (const cell of table.cells) if (cell.printed && isSmallCount(cell.value)) expect(hidden.has(cell.id)).toBe(true);
          expect(recoveredSmallCounts(grid, table, hidden)).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  }, 120_000);

  it('a hidden zero cannot pin a small count through non-negativity (found by the property)', () => {
    const grid = [[5, 3, 0], [5, 2, 0]];
    const unprinted = new Set(['C2', 'R1', 'X0.2', 'X1.2']);
    const table = gridTable(grid, (id) => !unprinted.has(id));
    expect(recoveredSmallCounts(grid, table, suppressSmallCounts(table))).toEqual([]);
  });

  it('a survey row 18 | 20 hides the yes-count, so the 2 who said no stay hidden', () => {
    const table: CountTable = {
      cells: [{ id: 'yes', value: 18, printed: true }, { id: 'asked', value: 20, printed: true }, { id: 'no', value: 2, printed: false }],
      relations: [{ total: 'asked', parts: ['yes', 'no'] }],
    };
    expect([...suppressSmallCounts(table)]).toEqual(['yes']);
  });

  it('"above the Z threshold 22, referred to the CLB 21": one of the two goes', () => {
    const table: CountTable = {
      cells: [{ id: 'above', value: 22, printed: true }, { id: 'referred', value: 21, printed: true }, { id: 'notReferred', value: 1, printed: false }],
      relations: [{ total: 'above', parts: ['referred', 'notReferred'] }],
    };
    expect([...suppressSmallCounts(table)]).toEqual(['referred']);
  });

  it('hides nothing when no small count can be derived, and zeros are shown', () => {
    const table: CountTable = {
      cells: [{ id: 'a', value: 0, printed: true }, { id: 'b', value: 12, printed: true }, { id: 't', value: 12, printed: true }],
      relations: [{ total: 't', parts: ['a', 'b'] }],
    };
    expect(suppressSmallCounts(table).size).toBe(0);
  });
});
