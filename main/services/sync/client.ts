import { AppError } from '../../api/envelope';
import { SYNC_API } from './protocol';

/** Talks to Doorlicht Centraal over HTTP(S); every failure becomes a clear message (unreachable, refused, revoked). */
export interface CentralConnection {
  server: string;
  credential?: string;
}

const TIMEOUT_MS = 120_000;

export function normalizeServer(server: string): string {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new AppError('invalid_input', `'${server}' is geen adres van een server (bv. https://centraal.example:8443).`, 'server');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AppError('invalid_input', `'${server}': gebruik https:// (of http:// op dit toestel zelf).`, 'server');
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol === 'http:' && !loopback) throw new AppError('invalid_input', `'${server}': een centrale server buiten dit toestel spreekt alleen https.`, 'server');
  return url.origin;
}

export async function centralRequest<T>(connection: CentralConnection, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${connection.server}${SYNC_API}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(connection.credential ? { authorization: `Bearer ${connection.credential}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new AppError('unavailable', `De centrale server ${connection.server} is niet bereikbaar (${cause}). Je werk blijft op dit toestel; synchroniseer later opnieuw.`, 'server');
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new AppError('unavailable', `De verbinding met ${connection.server} viel weg tijdens het synchroniseren. Er gaat niets verloren; synchroniseer opnieuw.`, 'server');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('database', `De centrale server ${connection.server} gaf een onleesbaar antwoord (HTTP ${response.status}).`, 'server');
  }
  if (!response.ok) {
    const error = (json as { error?: { code?: string; message?: string } }).error;
    const code = response.status === 401 ? 'unauthorized' : response.status === 403 ? 'forbidden' : response.status === 400 || response.status === 413 ? 'invalid_input' : 'database';
    throw new AppError(code, error?.message ?? `De centrale server weigerde (HTTP ${response.status}).`, error?.code === 'revoked' ? 'device' : 'server');
  }
  return json as T;
}

/**
 * A file to or from the centre (`/files/<sha256>`): the bytes as they are, no
 * JSON. A 404 is an answer (the centre lacks it or this device may not have
 * it), so it comes back as null; anything else refused is an error as above.
 */
export async function centralFile(connection: CentralConnection, method: 'GET' | 'PUT', path: string, body?: Buffer): Promise<Buffer | null> {
  let response: Response;
  let bytes: Buffer;
  try {
    response = await fetch(`${connection.server}${SYNC_API}${path}`, {
      method,
      headers: { 'content-type': 'application/octet-stream', ...(connection.credential ? { authorization: `Bearer ${connection.credential}` } : {}) },
      body: body ? new Blob([new Uint8Array(body)]) : undefined,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new AppError('unavailable', `De centrale server ${connection.server} is niet bereikbaar (${cause}). Je werk blijft op dit toestel; synchroniseer later opnieuw.`, 'server');
  }
  if (response.status === 404) return null;
  if (!response.ok) {
    let error: { code?: string; message?: string } | undefined;
    try {
      error = (JSON.parse(bytes.toString('utf8')) as { error?: { code?: string; message?: string } }).error;
    } catch {
      error = undefined;
    }
    const code = response.status === 401 ? 'unauthorized' : response.status === 403 ? 'forbidden' : response.status === 400 || response.status === 413 ? 'invalid_input' : 'database';
    throw new AppError(code, error?.message ?? `De centrale server weigerde (HTTP ${response.status}).`, error?.code === 'revoked' ? 'device' : 'server');
  }
  return bytes;
}
