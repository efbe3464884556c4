import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: any;
}

export interface RawRequest {
  method?: string;
  /** Sent exactly as given (no normalisation by the client). */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Leave the Host header out entirely. */
  noHost?: boolean;
}

/**
 * One HTTP request to 127.0.0.1 with full control over Host and the raw path.
 * Resolves with the response, or rejects with the socket error (e.g. ECONNRESET).
 */
export function rawRequest(port: number, req: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const r = request(
      {
        host: '127.0.0.1',
        port,
        method: req.method ?? 'GET',
        path: req.path,
        headers: req.headers,
        setHost: !req.noHost && !Object.keys(req.headers ?? {}).some((h) => h.toLowerCase() === 'host'),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(body);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json });
        });
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

/** Like rawRequest, but a socket error becomes `{ error }` so a test can assert on it. */
export async function tryRequest(port: number, req: RawRequest): Promise<RawResponse | { error: string }> {
  try {
    return await rawRequest(port, req);
  } catch (error) {
    return { error: (error as Error).message };
  }
}
