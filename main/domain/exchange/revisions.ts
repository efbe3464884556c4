import { createHash } from 'node:crypto';

/**
 * Versions of one entry as laptops exchange them.
 *
 * Each saved version of an entry gets a revision id derived from its content
 * and the revisions it was made from, and carries the ids of all revisions
 * before it. Merging two copies of an entry is then a set union that keeps
 * only the versions no other version has superseded (the "heads"). That join
 * is commutative, associative and idempotent, so copies merge to the same
 * state whatever the order, and merging a package twice changes nothing.
 *
 * Because the id is a hash of content and parents, two inspectors who make
 * the same change to the same version produce the same revision: they agree.
 * Heads with different content are a conflict for the lead to resolve.
 */

/** A record as stored: column name to value. */
export type EntryRecord = Readonly<Record<string, string | number | null>>;

export interface Revision {
  rev: string;
  /** Every revision this one descends from, sorted; never contains `rev`. */
  history: string[];
  record: EntryRecord;
}

/** One entry's versions: one head normally, more after a concurrent change. Heads are sorted by rev. */
export interface EntryState {
  heads: Revision[];
}

/** How an entry's record is read for merging: what counts as its content and who changed it when. */
export interface EntryShape {
  /** Columns that say who changed the record and when; they are not content. */
  metaColumns: readonly string[];
  /** The column holding the deletion time, whose presence (not its time) is content. */
  deletedColumn?: string;
  updatedAtColumn?: string;
  updatedByColumn?: string;
}

/** Canonical JSON: keys sorted, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value as object)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/**
 * Marks the version of a row that was removed outright (tables without a
 * deletion column: a detached attachment, a visit's progress rewritten), so
 * the removal travels like any change instead of the row coming back.
 */
export const REMOVED = '__removed';

export function isRemoved(record: EntryRecord): boolean {
  return record[REMOVED] === 1;
}

/**
 * The part of a record that is the entry's content: meta columns out. A
 * deleted entry's content is only that it is deleted, so that two inspectors
 * who both removed it agree, whatever either had edited before.
 */
export function contentOf(shape: EntryShape, record: EntryRecord): Record<string, unknown> {
  if (isRemoved(record) || (shape.deletedColumn && record[shape.deletedColumn] != null)) return { deleted: true };
  const content: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(record)) {
    if (shape.metaColumns.includes(column)) continue;
    content[column] = column === shape.deletedColumn ? false : value;
  }
  return content;
}

export function contentKey(shape: EntryShape, record: EntryRecord): string {
  return canonicalJson(contentOf(shape, record));
}

export function revisionId(shape: EntryShape, record: EntryRecord, parents: readonly string[]): string {
  const text = canonicalJson({ content: contentOf(shape, record), parents: [...parents].sort() });
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

const byRev = (a: Revision, b: Revision) => (a.rev < b.rev ? -1 : a.rev > b.rev ? 1 : 0);

/** Orders versions for display: the later change first, then the higher revision, so every copy picks the same one. */
function laterFirst(shape: EntryShape) {
  const stamp = (r: Revision) => String(r.record[shape.updatedAtColumn ?? ''] ?? '');
  return (a: Revision, b: Revision) => {
    const at = stamp(b).localeCompare(stamp(a));
    if (at !== 0) return at;
    return b.rev.localeCompare(a.rev);
  };
}

/** The same revision seen by two copies may carry other change stamps (same edit, two authors): keep one, the same everywhere. */
function preferredRecord(shape: EntryShape, a: Revision, b: Revision): Revision {
  const order = laterFirst(shape)(a, b);
  if (order !== 0) return order < 0 ? a : b;
  return canonicalJson(a.record) >= canonicalJson(b.record) ? a : b;
}

/** Joins two states of the same entry: all heads, minus those another head descends from. */
export function mergeStates(shape: EntryShape, a: EntryState, b: EntryState): EntryState {
  const byId = new Map<string, Revision>();
  for (const head of [...a.heads, ...b.heads]) {
    const known = byId.get(head.rev);
    byId.set(head.rev, known ? preferredRecord(shape, known, head) : head);
  }
  const superseded = new Set<string>();
  for (const head of byId.values()) for (const rev of head.history) superseded.add(rev);
  return { heads: [...byId.values()].filter((h) => !superseded.has(h.rev)).sort(byRev) };
}

/** The version the workbench shows and writes to its tables: the same choice on every copy. */
export function currentVersion(shape: EntryShape, state: EntryState): Revision {
  return [...state.heads].sort(laterFirst(shape))[0];
}

/** Heads with different content: the versions a lead must choose between (empty when there is no conflict). */
export function conflictingVersions(shape: EntryShape, state: EntryState): Revision[] {
  const distinct = new Map<string, Revision>();
  for (const head of [...state.heads].sort(laterFirst(shape))) {
    const key = contentKey(shape, head.record);
    if (!distinct.has(key)) distinct.set(key, head);
  }
  return distinct.size > 1 ? [...distinct.values()] : [];
}

/** A new version made from all current heads (an edit, or the lead's resolution of a conflict). */
export function newVersion(shape: EntryShape, state: EntryState | undefined, record: EntryRecord): EntryState {
  const parents = (state?.heads ?? []).map((h) => h.rev).sort();
  const history = new Set<string>(parents);
  for (const head of state?.heads ?? []) for (const rev of head.history) history.add(rev);
  return { heads: [{ rev: revisionId(shape, record, parents), history: [...history].sort(), record }] };
}

/**
 * Brings the recorded state up to date with the record as it is in the
 * workbench now. Local edits between two exchanges become one new version;
 * a record whose content is that of the shown version changes nothing, and
 * an open conflict stays open until the lead resolves it.
 */
export function commitLocal(shape: EntryShape, state: EntryState | undefined, record: EntryRecord): EntryState {
  if (state && contentKey(shape, currentVersion(shape, state).record) === contentKey(shape, record)) return state;
  if (state && conflictingVersions(shape, state).length) {
    // An edit while versions conflict continues the version on screen; the others stay, so the conflict stays open with the edit in it.
    const shown = currentVersion(shape, state);
    const edited = newVersion(shape, { heads: [shown] }, record).heads[0];
    return { heads: [...state.heads.filter((h) => h.rev !== shown.rev), edited].sort(byRev) };
  }
  return newVersion(shape, state, record);
}

export function sameState(a: EntryState | undefined, b: EntryState | undefined): boolean {
  if (!a || !b) return a === b;
  return a.heads.length === b.heads.length && a.heads.every((h, i) => h.rev === b.heads[i].rev);
}
