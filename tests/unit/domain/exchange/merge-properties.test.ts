import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyMerge } from '../../../../main/domain/exchange/outcome';
import {
  commitLocal,
  conflictingVersions,
  contentKey,
  currentVersion,
  type EntryRecord,
  type EntryShape,
  type EntryState,
  mergeStates,
  newVersion,
} from '../../../../main/domain/exchange/revisions';

/**
 * Random edit histories on two or three copies of an inspection: inspectors
 * edit, delete, exchange packages with each other and resolve conflicts, in
 * any interleaving. The merge must be order-free, idempotent, lose nothing,
 * and report exactly the conflicts that concurrent edits made.
 */

const SHAPE: EntryShape = { metaColumns: ['updated_at', 'updated_by'], deletedColumn: 'deleted_at', updatedAtColumn: 'updated_at', updatedByColumn: 'updated_by' };
const ENTITIES = ['e0', 'e1', 'e2'];

type Copy = Map<string, EntryState>;
type Op =
  | { type: 'edit'; copy: number; entity: number }
  | { type: 'delete'; copy: number; entity: number }
  | { type: 'sync'; from: number; to: number }
  | { type: 'resolve'; copy: number; entity: number; choice: number };

/** The reference model: every edit an event with a unique id and the set of events it had seen. */
interface Event {
  id: number;
  content: string;
  seen: Set<number>;
}
type OracleCopy = Map<string, Event[]>;

function opArb(copies: number, withDeletes: boolean): fc.Arbitrary<Op> {
  const copy = fc.integer({ min: 0, max: copies - 1 });
  const entity = fc.integer({ min: 0, max: ENTITIES.length - 1 });
  const ops: fc.Arbitrary<Op>[] = [
    fc.record({ type: fc.constant('edit' as const), copy, entity }),
    fc.record({ type: fc.constant('sync' as const), from: copy, to: copy }),
    fc.record({ type: fc.constant('resolve' as const), copy, entity, choice: fc.nat(3) }),
  ];
  if (withDeletes) ops.push(fc.record({ type: fc.constant('delete' as const), copy, entity }));
  return fc.oneof(...ops);
}

function mergeCopies(a: Copy, b: Copy): Copy {
  const out = new Map(a);
  for (const [id, state] of b) out.set(id, out.has(id) ? mergeStates(SHAPE, out.get(id)!, state) : state);
  return out;
}

function oracleJoin(a: Event[], b: Event[]): Event[] {
  const all = [...new Map([...a, ...b].map((e) => [e.id, e])).values()];
  return all.filter((e) => !all.some((o) => o.seen.has(e.id)));
}

function oracleEdit(events: Event[] | undefined, id: number, content: string): Event[] {
  const seen = new Set<number>();
  for (const e of events ?? []) {
    seen.add(e.id);
    for (const s of e.seen) seen.add(s);
  }
  return [{ id, content, seen }];
}

/** Plays the ops; returns the copies, every revision ever made, and the oracle copies. */
function play(copyCount: number, ops: Op[]) {
  const copies: Copy[] = Array.from({ length: copyCount }, () => new Map());
  const oracle: OracleCopy[] = Array.from({ length: copyCount }, () => new Map());
  const made: string[] = [];
  let clock = 0;
  const stamp = () => `2026-11-28T10:${String(Math.floor(clock / 60) % 60).padStart(2, '0')}:${String(clock % 60).padStart(2, '0')}.000Z`;
  const eventOfRev = new Map<string, Event>();
  const save = (c: number, entity: string, record: EntryRecord, oracleContent: string) => {
    const before = copies[c].get(entity);
    const next = commitLocal(SHAPE, before, record);
    if (next === before) return;
    copies[c].set(entity, next);
    const created = next.heads.find((h) => !before?.heads.some((b) => b.rev === h.rev))!;
    made.push(created.rev);
    // While versions conflict, an edit continues only the version on screen.
    const events = oracle[c].get(entity);
    const continued = before && conflictingVersions(SHAPE, before).length ? [eventOfRev.get(currentVersion(SHAPE, before).rev)!] : events;
    const [event] = oracleEdit(continued, clock, oracleContent);
    eventOfRev.set(created.rev, event);
    oracle[c].set(entity, [...(events ?? []).filter((e) => !event.seen.has(e.id)), event]);
  };
  for (const op of ops) {
    clock += 1;
    if (op.type === 'edit') {
      const note = `copy ${op.copy} edit ${clock}`;
      save(op.copy, ENTITIES[op.entity], { id: ENTITIES[op.entity], note, updated_at: stamp(), updated_by: `inspector ${op.copy}`, deleted_at: null }, note);
    } else if (op.type === 'delete') {
      const state = copies[op.copy].get(ENTITIES[op.entity]);
      if (!state) continue;
      const shown = currentVersion(SHAPE, state).record;
      save(op.copy, ENTITIES[op.entity], { ...shown, updated_at: stamp(), updated_by: `inspector ${op.copy}`, deleted_at: stamp() }, 'deleted');
    } else if (op.type === 'resolve') {
      const entity = ENTITIES[op.entity];
      const state = copies[op.copy].get(entity);
      const versions = state ? conflictingVersions(SHAPE, state) : [];
      if (!state || versions.length === 0) continue;
      const chosen = versions[op.choice % versions.length].record;
      const resolved = newVersion(SHAPE, state, { ...chosen, updated_at: stamp(), updated_by: `inspector ${op.copy}` });
      copies[op.copy].set(entity, resolved);
      made.push(resolved.heads[0].rev);
      const content = String(chosen.deleted_at != null ? 'deleted' : chosen.note);
      const events = oracleEdit(oracle[op.copy].get(entity), clock, content);
      eventOfRev.set(resolved.heads[0].rev, events[0]);
      oracle[op.copy].set(entity, events);
    } else if (op.from !== op.to) {
      copies[op.to] = mergeCopies(copies[op.to], copies[op.from]);
      for (const [entity, events] of oracle[op.from]) oracle[op.to].set(entity, oracleJoin(oracle[op.to].get(entity) ?? [], events));
    }
  }
  return { copies, oracle, made };
}

const serialize = (copy: Copy) =>
  JSON.stringify([...copy.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, s]) => [id, s.heads.map((h) => [h.rev, h.history, h.record])]));

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

const SETTINGS = { seed: 20261128, numRuns: 400 };

describe('merging copies of an inspection', () => {
  for (const copyCount of [2, 3]) {
    it(`${copyCount} copies merge to the same state in every order, and merging again changes nothing`, () => {
      fc.assert(
        fc.property(fc.array(opArb(copyCount, true), { maxLength: 40 }), (ops) => {
          const { copies } = play(copyCount, ops);
          const results = permutations(copies).map((order) => order.reduce(mergeCopies));
          const first = serialize(results[0]);
          for (const r of results) expect(serialize(r)).toBe(first);
          // Grouped differently: (a ⊔ b) ⊔ c against a ⊔ (b ⊔ c).
          if (copyCount === 3) expect(serialize(mergeCopies(copies[0], mergeCopies(copies[1], copies[2])))).toBe(first);
          for (const copy of copies) expect(serialize(mergeCopies(results[0], copy))).toBe(first);
          expect(serialize(mergeCopies(results[0], results[0]))).toBe(first);
        }),
        SETTINGS,
      );
    });

    it(`${copyCount} copies: no version is dropped silently`, () => {
      fc.assert(
        fc.property(fc.array(opArb(copyCount, true), { maxLength: 40 }), (ops) => {
          const { copies, made } = play(copyCount, ops);
          const merged = copies.reduce(mergeCopies);
          const accounted = new Set<string>();
          for (const state of merged.values()) for (const head of state.heads) [head.rev, ...head.history].forEach((r) => accounted.add(r));
          for (const rev of made) expect(accounted.has(rev)).toBe(true);
        }),
        SETTINGS,
      );
    });

    it(`${copyCount} copies: exactly the concurrent different edits are reported as conflicts, with every version`, () => {
      fc.assert(
        fc.property(fc.array(opArb(copyCount, false), { maxLength: 40 }), (ops) => {
          const { copies, oracle } = play(copyCount, ops);
          const merged = copies.reduce(mergeCopies);
          const expected = oracle.reduce((acc, o) => {
            const out = new Map(acc);
            for (const [id, events] of o) out.set(id, oracleJoin(out.get(id) ?? [], events));
            return out;
          });
          for (const entity of ENTITIES) {
            const events = expected.get(entity) ?? [];
            const contents = new Set(events.map((e) => e.content));
            const state = merged.get(entity);
            const versions = state ? conflictingVersions(SHAPE, state) : [];
            expect(new Set(versions.map((v) => String(v.record.note)))).toEqual(contents.size > 1 ? contents : new Set());
            if (state && contents.size === 1) expect(String(currentVersion(SHAPE, state).record.note)).toBe([...contents][0]);
          }
        }),
        SETTINGS,
      );
    });
  }

  it('two inspectors who make the same change to the same version agree, even after one edits further', () => {
    const base = commitLocal(SHAPE, undefined, { id: 'x', note: 'start', updated_at: 't1', updated_by: 'An', deleted_at: null });
    const an = commitLocal(SHAPE, base, { id: 'x', note: 'same', updated_at: 't2', updated_by: 'An', deleted_at: null });
    const bart = commitLocal(SHAPE, base, { id: 'x', note: 'same', updated_at: 't3', updated_by: 'Bart', deleted_at: null });
    expect(conflictingVersions(SHAPE, mergeStates(SHAPE, an, bart))).toEqual([]);
    expect(classifyMerge(SHAPE, an, mergeStates(SHAPE, an, bart))).toBe('same');
    const anLater = commitLocal(SHAPE, an, { id: 'x', note: 'later', updated_at: 't4', updated_by: 'An', deleted_at: null });
    const merged = mergeStates(SHAPE, bart, anLater);
    expect(merged.heads.map((h) => h.record.note)).toEqual(['later']);
    expect(classifyMerge(SHAPE, bart, merged)).toBe('updated');
  });

  it('an edit on one side and a delete on the other is a conflict; two deletes are one', () => {
    const base = commitLocal(SHAPE, undefined, { id: 'x', note: 'start', updated_at: 't1', updated_by: 'An', deleted_at: null });
    const edited = commitLocal(SHAPE, base, { id: 'x', note: 'edited', updated_at: 't2', updated_by: 'An', deleted_at: null });
    const deleted = commitLocal(SHAPE, base, { id: 'x', note: 'start', updated_at: 't3', updated_by: 'Bart', deleted_at: 't3' });
    expect(classifyMerge(SHAPE, edited, mergeStates(SHAPE, edited, deleted))).toBe('conflict');
    const deletedToo = commitLocal(SHAPE, edited, { id: 'x', note: 'edited', updated_at: 't4', updated_by: 'An', deleted_at: 't4' });
    expect(conflictingVersions(SHAPE, mergeStates(SHAPE, deleted, deletedToo))).toEqual([]);
  });

  it('an edit during a conflict continues the version on screen and keeps the conflict open, with the edit as a version', () => {
    const a = commitLocal(SHAPE, undefined, { id: 'x', note: 'a', updated_at: 't1', updated_by: 'An', deleted_at: null });
    const b = commitLocal(SHAPE, undefined, { id: 'x', note: 'b', updated_at: 't2', updated_by: 'Bart', deleted_at: null });
    const conflict = mergeStates(SHAPE, a, b);
    const edited = commitLocal(SHAPE, conflict, { id: 'x', note: 'b, aangevuld', updated_at: 't3', updated_by: 'An', deleted_at: null });
    expect(conflictingVersions(SHAPE, edited).map((v) => v.record.note)).toEqual(['b, aangevuld', 'a']);
    // Bart's copy, which still has the bare conflict, learns the edit and keeps the conflict too.
    expect(conflictingVersions(SHAPE, mergeStates(SHAPE, conflict, edited)).map((v) => v.record.note)).toEqual(['b, aangevuld', 'a']);
  });

  it('a record whose content did not change makes no new version, so an open conflict stays open', () => {
    const a = commitLocal(SHAPE, undefined, { id: 'x', note: 'a', updated_at: 't1', updated_by: 'An', deleted_at: null });
    const b = commitLocal(SHAPE, undefined, { id: 'x', note: 'b', updated_at: 't2', updated_by: 'Bart', deleted_at: null });
    const conflict = mergeStates(SHAPE, a, b);
    const shown = currentVersion(SHAPE, conflict).record;
    expect(shown.note).toBe('b');
    expect(commitLocal(SHAPE, conflict, { ...shown, updated_at: 't9' })).toBe(conflict);
    expect(contentKey(SHAPE, shown)).not.toBe(contentKey(SHAPE, a.heads[0].record));
  });
});
