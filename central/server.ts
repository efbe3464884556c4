import { readFileSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { z } from 'zod';
import { MAX_BODY_BYTES, pullRequestSchema, pushRequestSchema, SYNC_API, type WhoAmI } from '../main/services/sync/protocol';
import { authenticate, enrol, type Principal, securityEvent } from './accounts';
import type { Pool } from './db';
import { CentralError } from './errors';
import { getFile, missingFiles, missingRequestSchema, putFile } from './files';
import type { Logger } from './log';
import { monitoring } from './monitoring';
import { type PullPageRequest, pullPage, pullResultJson } from './pull';
import { pushBatch } from './push';

export interface ServeOptions {
  pool: Pool;
  port: number;
  host?: string;
  tlsCert?: string;
  tlsKey?: string;
  log: Logger;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const enrolSchema = z.object({ code: z.string().min(1).max(100), label: z.string().max(200).default('') }).strict();

async function readJson(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new CentralError(413, 'too_large', `Het verzoek is groter dan ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new CentralError(413, 'too_large', `Het verzoek is groter dan ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new CentralError(400, 'invalid_input', 'Het verzoek is geen geldige JSON.');
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new CentralError(400, 'invalid_input', `${issue.path.join('.') || 'verzoek'}: ${issue.message}`);
  }
  return r.data;
}

function send(res: ServerResponse, status: number, body: unknown, text = JSON.stringify(body), extra: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text), ...extra });
  res.end(text);
}

/**
 * At most this many syncs are worked on at once (the pool's connections); the
 * rest wait before their body is read, so memory stays bounded however many
 * laptops sync together, and a queue this long answers "try again later".
 */
const IN_FLIGHT = 8;
const MAX_WAITING = 500;

function limiter(size: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async function run<T>(work: () => Promise<T>): Promise<T> {
    if (running >= size) {
      if (waiting.length >= MAX_WAITING) throw new CentralError(503, 'conflict', 'De centrale server is druk; Doorlicht probeert het later opnieuw.');
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else running += 1;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

/** The laptops' API. Every route but enrolment and health needs a device credential; every refusal is logged with the device. */
export function centralHandler(pool: Pool, log: Logger) {
  const heavy = limiter(IN_FLIGHT);
  async function who(req: IncomingMessage): Promise<Principal> {
    try {
      return await authenticate(pool, req.headers.authorization);
    } catch (error) {
      if (error instanceof CentralError) {
        const deviceId = /^Bearer ([0-9a-f-]{36})\./.exec(req.headers.authorization ?? '')?.[1];
        log('warn', error.code === 'revoked' ? 'revoked_device_refused' : 'unauthorized', { deviceId, path: req.url, remote: req.socket.remoteAddress });
        await securityEvent(pool, error.code, { deviceId, detail: req.url ?? '' }).catch(() => {});
      }
      throw error;
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '').split('?')[0];
    const started = Date.now();
    if (req.method === 'GET' && path === `${SYNC_API}/health`) return send(res, 200, { ok: true });
    if (req.method === 'POST' && path === `${SYNC_API}/enrol`) {
      const body = parse(enrolSchema, await readJson(req));
      const device = await enrol(pool, body.code, body.label);
      log('info', 'device_enrolled', { deviceId: device.deviceId, role: device.user.role });
      return send(res, 200, device);
    }
    const principal = await who(req);
    if (req.method === 'GET' && path === `${SYNC_API}/me`) {
      const { rows } = await pool.query<{ name: string }>('SELECT t.name FROM teams t JOIN team_members m ON m.team_id = t.id WHERE m.user_id = $1 ORDER BY t.name', [principal.userId]);
      const me: WhoAmI = { name: principal.name, role: principal.role, deviceId: principal.deviceId, teams: rows.map((r) => r.name) };
      return send(res, 200, me);
    }
    if (req.method === 'POST' && path === `${SYNC_API}/push`) {
      const result = await heavy(async () => pushBatch(pool, principal, parse(pushRequestSchema, await readJson(req)), log));
      log('info', 'push', { deviceId: principal.deviceId, ...result, ms: Date.now() - started });
      return send(res, 200, result);
    }
    if (req.method === 'POST' && path === `${SYNC_API}/pull`) {
      const page = await heavy(async () => {
        const request = parse(pullRequestSchema, await readJson(req));
        return pullPage(pool, principal, request as PullPageRequest);
      });
      log('info', 'pull', { deviceId: principal.deviceId, payloads: page.payloads.length, schools: page.schools.length, cursor: page.cursor, ms: Date.now() - started });
      return send(res, 200, null, pullResultJson(page));
    }
    if (req.method === 'POST' && path === `${SYNC_API}/files/missing`) {
      const { hashes } = parse(missingRequestSchema, await readJson(req));
      return send(res, 200, { missing: await missingFiles(pool, principal, hashes) });
    }
    const file = /^\/api\/v1\/files\/([^/]+)$/.exec(path)?.[1];
    if (file !== undefined && req.method === 'PUT') {
      const stored = await heavy(() => putFile(pool, principal, file, req));
      log('info', 'file_stored', { deviceId: principal.deviceId, sha256: file, stored, ms: Date.now() - started });
      return send(res, 200, { stored });
    }
    if (file !== undefined && req.method === 'GET') {
      const content = await heavy(() => getFile(pool, principal, file));
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store', 'content-length': content.length });
      return void res.end(content);
    }
    if (req.method === 'GET' && path === `${SYNC_API}/monitoring`) {
      if (principal.role !== 'staff' && principal.role !== 'lead' && principal.role !== 'admin') {
        throw new CentralError(403, 'forbidden', 'De Vlaamse monitoring is voor de medewerkers van de inspectie.');
      }
      return send(res, 200, await monitoring(pool));
    }
    throw new CentralError(404, 'not_found', `Onbekende route ${req.method} ${path}`);
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      // A refused body is not read to its end: the connection closes after the answer.
      if (error instanceof CentralError) return send(res, error.status, { error: { code: error.code, message: error.message } }, undefined, error.status === 413 ? { connection: 'close' } : {});
      log('error', 'request_failed', { path: req.url, message: (error as Error).message });
      send(res, 500, { error: { code: 'internal', message: 'De centrale server kon dit verzoek niet verwerken.' } });
    });
  };
}

/** Starts the API: plain HTTP only on loopback; anywhere else TLS with the configured certificate. */
export async function serve(options: ServeOptions): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const host = options.host ?? '127.0.0.1';
  const tls = Boolean(options.tlsCert && options.tlsKey);
  if (!tls && !LOOPBACK.has(host)) {
    throw new CentralError(400, 'invalid_input', `Op ${host} luistert de server alleen met TLS: geef --tls-cert en --tls-key (of tlsCert/tlsKey in de configuratie).`);
  }
  const handler = centralHandler(options.pool, options.log);
  const server = tls ? createHttps({ cert: readFileSync(options.tlsCert!), key: readFileSync(options.tlsKey!) }, handler) : createHttp(handler);
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
  options.log('info', 'listening', { url, tls });
  return { server, url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
