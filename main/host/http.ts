import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fail } from '../api/envelope';
import { MAX_IMPORT_BODY_BYTES } from '../domain/import/limits';
import type { ServiceContext } from '../services/context';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { dispatch } from './dispatch';
import { isAllowedHost, isAllowedOrigin } from './origin';
import { createSessionCookie, type SessionCookie } from './session-cookie';

export const TOKEN_HEADER = 'x-doorlicht-token';
// Imports travel as base64 in the body: the cap follows the importer's largest file (see domain/import/limits.ts).
const MAX_BODY_BYTES = Math.max(8 * 1024 * 1024, MAX_IMPORT_BODY_BYTES);

/** The page policy (shared with the desktop app); see security/csp.ts. */
export { CONTENT_SECURITY_POLICY };

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

export interface HttpHostOptions {
  ctx: ServiceContext;
  /** The built renderer (out/renderer); omit to serve the API only. */
  staticDir?: string;
  port?: number;
  token?: string;
}

export interface HttpHost {
  server: Server;
  port: number;
  token: string;
  /** The address to open, with the token in the fragment (never sent to the server or logged). */
  url: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

function tokensMatch(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Reads a JSON body up to the limit. Past it, the rest is drained (not
 * buffered) so that the 413 answer still reaches the client.
 */
function readBody(req: IncomingMessage): Promise<string | 'too_large'> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    req.resume();
    return Promise.resolve('too_large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        req.removeAllListeners('data');
        req.resume();
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Said when neither the token nor this launch's session cookie is there: how to get back in, not just "no". */
export const UNAUTHORIZED_MESSAGE =
  'Ontbrekend of ongeldig toegangstoken. Open het adres dat Doorlicht bij het starten toonde (met #token=…), of start Doorlicht opnieuw.';

async function handleApi(req: IncomingMessage, res: ServerResponse, opts: { ctx: ServiceContext; token: string; session: SessionCookie; port: number; name: string }) {
  if (req.method !== 'POST') return sendJson(res, 405, fail('invalid_input', 'Gebruik POST voor API-aanroepen.'));
  if (tokensMatch(req.headers[TOKEN_HEADER], opts.token)) {
    // The token proves the start link: from now on this browser may go on with the cookie alone (new tabs, reloads).
    res.setHeader('set-cookie', opts.session.header);
  } else if (!opts.session.authorises(req, opts.port)) {
    return sendJson(res, 401, fail('unauthorized', UNAUTHORIZED_MESSAGE));
  }
  const body = await readBody(req);
  if (body === 'too_large') {
    res.setHeader('connection', 'close');
    return sendJson(res, 413, fail('invalid_input', 'De aanvraag is te groot.'));
  }
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body) : {};
  } catch {
    return sendJson(res, 400, fail('invalid_input', 'De aanvraag is geen geldige JSON.'));
  }
  sendJson(res, 200, await dispatch(opts.ctx, opts.name, input));
}

function serveStatic(res: ServerResponse, staticDir: string, pathname: string): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return sendJson(res, 400, fail('invalid_input', 'Ongeldig pad.'));
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  let file = join(staticDir, relative);
  if (!file.startsWith(staticDir + sep) && file !== staticDir) {
    res.writeHead(403).end();
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticDir, 'index.html');
  res.writeHead(200, {
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
  });
  createReadStream(file).pipe(res);
}

/** Decides what a request is and answers it; the checks come before anything else happens. */
function createRouter(options: HttpHostOptions, token: string) {
  let session: SessionCookie | undefined;
  return (req: IncomingMessage, res: ServerResponse, port: number): void => {
    session ??= createSessionCookie(port);
    if (!isAllowedHost(req.headers.host, port)) return sendJson(res, 403, fail('forbidden', 'Onbekende host.'));
    if (!isAllowedOrigin(req.headers.origin, port)) return sendJson(res, 403, fail('forbidden', 'Aanvraag van een andere oorsprong geweigerd.'));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, { ctx: options.ctx, token, session, port, name: url.pathname.slice('/api/'.length) }).catch((error) => {
        console.error('[doorlicht] http host error', error);
        if (!res.headersSent) sendJson(res, 500, fail('internal', 'Interne fout in de lokale server.'));
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('invalid_input', 'Niet toegestaan.'));
    if (!options.staticDir) return sendJson(res, 404, fail('not_found', 'Geen pagina.'));
    serveStatic(res, options.staticDir, url.pathname);
  };
}

/**
 * Browser mode's transport: the same dispatch as Electron IPC, on 127.0.0.1
 * only. Every API call needs the per-launch token; a foreign Host (DNS
 * rebinding) or Origin is refused before anything else happens.
 */
export function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const route = createRouter(options, token);
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      server.on('request', (req, res) => {
        try {
          route(req, res, port);
        } catch (error) {
          // One malformed request must never take browser mode down.
          console.error('[doorlicht] http host error', error);
          if (!res.headersSent) sendJson(res, 400, fail('invalid_input', 'Ongeldige aanvraag.'));
          else res.destroy();
        }
      });
      resolve({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/#token=${token}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
