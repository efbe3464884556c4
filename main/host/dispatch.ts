import { contract, isOperationName } from '../api/contract';
import { AppError, type Envelope, fail, ok } from '../api/envelope';
import { DatabaseOpenError, RecordBusyError } from '../db/connection';
import { describeHolder, liveHolders } from '../app/record-lock';
import { controlCharacterReason, findControlCharacterIn } from '../domain/control-characters';
import type { ServiceContext } from '../services/context';
import { handlers } from '../services/handlers';

type AnyHandler = (ctx: ServiceContext, input: unknown) => Promise<unknown>;

function isSqliteConstraint(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('SQLITE_CONSTRAINT');
}

/**
 * The one way into the services for every transport: look the operation up,
 * validate its input with the contract's schema, run it, and answer an
 * envelope. Nothing is written when validation fails.
 */
export async function dispatch(ctx: ServiceContext, name: unknown, rawInput: unknown): Promise<Envelope<unknown>> {
  if (!isOperationName(name)) return fail('unknown_operation', `Onbekende bewerking: ${String(name).slice(0, 80)}`);
  const parsed = contract[name].safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // An unknown key is reported on its parent; name the key itself.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const field = path.join('.').slice(0, 120) || undefined;
    // zod lists every unknown key; a reply names the first and counts the rest, so it stays small.
    const message = issue.code === 'unrecognized_keys' ? `onbekend veld${issue.keys.length > 1 ? ` (en nog ${issue.keys.length - 1} onbekende velden)` : ''}` : issue.message.slice(0, 300);
    return fail('invalid_input', field ? `Ongeldige invoer voor ${field}: ${message}` : `Ongeldige invoer: ${message}`, field);
  }
  // Every string the schema accepted, checked in one place: no control characters (tab and newlines excepted).
  const control = findControlCharacterIn(parsed.data);
  if (control) {
    const field = control.path.join('.').slice(0, 120) || undefined;
    return fail('invalid_input', `Ongeldige invoer${field ? ` voor ${field}` : ''}: ${controlCharacterReason(control)}`, field);
  }
  try {
    return ok(await (handlers[name] as AnyHandler)(ctx, parsed.data));
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toBody() };
    if (error instanceof DatabaseOpenError) return fail('database', error.message);
    if (error instanceof RecordBusyError) {
      const others = liveHolders(ctx.dataDir, ctx.recordLock?.id);
      return fail('busy', others.length ? `${error.message} (Open in: ${others.slice(0, 3).map(describeHolder).join('; ')}.)` : error.message);
    }
    if (isSqliteConstraint(error)) return fail('conflict', `De gegevens spreken bestaande gegevens tegen (${(error as Error).message})`);
    console.error(`[doorlicht] ${name} failed:`, error);
    return fail('internal', 'Er liep iets onverwachts mis. Uw gegevens zijn niet gewijzigd; probeer opnieuw.');
  }
}
