import { contract, isOperationName } from '../api/contract';
import { AppError, type Envelope, fail, ok } from '../api/envelope';
import { DatabaseOpenError } from '../db/connection';
import type { ServiceContext } from '../services/context';
import { handlers } from '../services/handlers';

type AnyHandler = (ctx: ServiceContext, input: unknown) => Promise<unknown>;

function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

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
    const field = path.join('.') || undefined;
    return fail('invalid_input', field ? `Ongeldige invoer voor ${field}: ${issue.message}` : `Ongeldige invoer: ${issue.message}`, field);
  }
  try {
    return ok(await (handlers[name] as AnyHandler)(ctx, parsed.data));
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toBody() };
    if (error instanceof DatabaseOpenError) return fail('database', error.message);
    if (isSqliteBusy(error)) return fail('busy', 'De gegevens zijn bezet: een ander venster of de CLI schrijft op dit moment. Er is niets gewijzigd; probeer zo opnieuw.');
    if (isSqliteConstraint(error)) return fail('conflict', `De gegevens spreken bestaande gegevens tegen (${(error as Error).message})`);
    console.error(`[doorlicht] ${name} failed:`, error);
    return fail('internal', 'Er liep iets onverwachts mis. Uw gegevens zijn niet gewijzigd; probeer opnieuw.');
  }
}
