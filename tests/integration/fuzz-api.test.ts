import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, type OperationName, operationNames } from '../../main/api/contract';
import { dispatch } from '../../main/host/dispatch';
import { seedDemo } from '../../main/services/demo';
import { callOk, openTestServices, type TestServices } from '../helpers/services';

/**
 * Property-based fuzzing of every operation in the contract through dispatch,
 * with a fixed seed: arbitrary JSON and near-valid inputs built from each
 * schema's own shape (right keys, plausible values, one thing wrong). No
 * input may crash, hang, or answer `internal`; every rejection says what is
 * wrong (and names the field when the schema knows it), and a rejected input
 * writes nothing (SQLite's total_changes() is unchanged).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
/** Valid inputs run real use cases (reports, backups…); a few per operation suffice here — the fuzz is about rejection. */
const MAX_ACCEPTED_DISPATCHES = 25;
const CALL_TIMEOUT_MS = 10_000;
const SEED = 20261128;

let services: TestServices;
const known = { ids: [] as string[], schools: [] as string[] };
export const fuzzFigures = { operations: 0, cases: 0, rejected: 0, accepted: 0 };

beforeAll(async () => {
  services = await openTestServices();
  await seedDemo(services.ctx, { seed: 3, years: 2, perGroup: { 'basis-gewoon': 3, 'basis-buitengewoon': 1, 'secundair-gewoon': 2, 'secundair-buitengewoon': 1 } });
  const schools = await callOk(services.ctx, 'listSchools', { limit: 10 });
  known.schools = schools.map((s: { instellingsnummer: string }) => s.instellingsnummer);
  const inspection = await callOk(services.ctx, 'createInspection', { instellingsnummer: known.schools[0], type: 'full' });
  known.ids = [inspection.id, 'km.1', 'goed-gedragen', '1.0'];
}, 120_000);
afterAll(async () => {
  await services?.close();
  console.log(`[fuzz] ${fuzzFigures.operations} operations, ${fuzzFigures.cases} cases, ${fuzzFigures.rejected} rejected, ${fuzzFigures.accepted} accepted`);
});

type Schema = z.ZodType & { def?: any; _zod?: { def: any } };

function defOf(schema: Schema): any {
  return (schema as any)._zod?.def ?? (schema as any).def ?? {};
}

/** Values a field of this schema plausibly gets: mostly of the right type, sometimes right on or past a limit. */
function plausible(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const strings = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(...known.ids, ...known.schools, '', ' ', '2024-02-30', '2024-09-01', 'volgens', 'docx', 'pdf', 'a'.repeat(300)),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  );
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
      return fc.oneof(plausible(def.innerType, depth), fc.constantFrom(undefined, null));
    case 'pipe':
      return plausible(def.in, depth);
    case 'enum':
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...Object.values(def.entries)) }, { weight: 1, arbitrary: strings });
    case 'literal':
      return fc.oneof(fc.constantFrom(...def.values), strings);
    case 'string':
      return strings;
    case 'number':
    case 'int':
      return fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, Number.NaN), fc.double());
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(plausible(def.element, depth + 1), { maxLength: 6 });
    case 'object':
      return depth > 3 ? fc.constant({}) : nearValidObject(schema, depth + 1);
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 10 }), depth > 3 ? fc.jsonValue() : plausible(def.valueType, depth + 1), { maxKeys: 4 });
    case 'union':
      return fc.oneof(...def.options.map((o: Schema) => plausible(o, depth)));
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** An object with the schema's keys and plausible values, then at most one thing made wrong. */
function nearValidObject(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const shape: Record<string, Schema> = defOf(schema).shape ?? {};
  const keys = Object.keys(shape);
  const base = fc.record(Object.fromEntries(keys.map((k) => [k, plausible(shape[k], depth)])), { requiredKeys: [] });
  return fc.tuple(base, fc.nat(5), fc.constantFrom(...(keys.length ? keys : ['x'])), fc.jsonValue({ maxDepth: 2 })).map(([value, how, key, junk]) => {
    const copy: Record<string, unknown> = { ...(value as object) };
    for (const k of Object.keys(copy)) if (copy[k] === undefined) delete copy[k];
    if (how === 0) delete copy[key];
    else if (how === 1) copy[key] = junk;
    else if (how === 2) copy[`${key}_extra`] = junk;
    else if (how === 3) copy.__proto__pollution = { polluted: true };
    return copy;
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`hang: ${what} did not answer within ${ms} ms`)), ms);
    }),
  ]);
}

async function totalChanges(): Promise<number> {
  return (await services.ctx.db.get<{ n: number }>('SELECT total_changes() AS n'))!.n;
}

const REJECTION_CODES = new Set(['invalid_input', 'not_found', 'conflict']);

describe('fuzzing every operation through dispatch', () => {
  it.each(operationNames.map((name) => [name]))('%s', async (name: OperationName) => {
    const schema = contract[name] as Schema;
    const input = fc.oneof(
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
      { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
      { weight: 3, arbitrary: nearValidObject(schema) },
    );
    let accepted = 0;
    fuzzFigures.operations++;
    // Writes are checked with SQLite's total_changes(): it must not move across any rejected input.
    // A run of schema-rejected inputs is checked as a whole (before the next accepted one and at the end),
    // so the 10,000 cases stay fast; an input that reaches a use case is checked on its own.
    let checkpoint = await totalChanges();
    const assertNothingWritten = async (what: string) => {
      expect(await totalChanges(), `${name} wrote rows for a rejected input (${what})`).toBe(checkpoint);
    };
    await fc.assert(
      fc.asyncProperty(input, async (raw) => {
        fuzzFigures.cases++;
        const valid = schema.safeParse(raw ?? {});
        if (valid.success && accepted >= MAX_ACCEPTED_DISPATCHES) return;
        if (valid.success) await assertNothingWritten('a schema-rejected input before this one');
        const answer = await withTimeout(dispatch(services.ctx, name, raw), CALL_TIMEOUT_MS, name);
        const shown = JSON.stringify(raw)?.slice(0, 300);
        if (answer.ok) {
          accepted++;
          fuzzFigures.accepted++;
          checkpoint = await totalChanges();
          return;
        }
        fuzzFigures.rejected++;
        expect(REJECTION_CODES, `${name} answered ${JSON.stringify(answer.error)} for ${shown}`).toContain(answer.error.code);
        expect(answer.error.message.length).toBeGreaterThan(5);
        if (!valid.success) {
          expect(answer.error.code, shown).toBe('invalid_input');
          const issue = valid.error.issues[0];
          // The field is the path joined with dots; only an unknown key named "" at the top has no name to give.
          const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
          if (path.join('.') !== '') expect(answer.error.field, answer.error.message).toBe(path.join('.'));
        } else {
          accepted++; // passed validation and ran the use case, which refused it
          await assertNothingWritten(shown ?? '');
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    await assertNothingWritten('the last schema-rejected inputs');
  }, 600_000);
});
