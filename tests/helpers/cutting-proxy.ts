import { createServer, type Server, type Socket, connect } from 'node:net';

/**
 * A TCP proxy in front of the central server that cuts every connection once
 * a byte budget is spent, in either direction: a push or a pull broken off at
 * any byte, as a lost network or a killed process on either side leaves it.
 */
export interface CuttingProxy {
  url: string;
  /** Lets `bytes` more bytes through (both directions together), then cuts; null for no cut. */
  cutAfter(bytes: number | null): void;
  cuts(): number;
  close(): Promise<void>;
}

export async function cuttingProxy(target: string): Promise<CuttingProxy> {
  const { hostname, port } = new URL(target);
  let budget: number | null = null;
  let cuts = 0;
  const open = new Set<Socket>();
  const cutAll = () => {
    cuts += 1;
    for (const s of open) s.destroy();
  };
  const server: Server = createServer((client) => {
    if (budget !== null && budget <= 0) return void client.destroy();
    const upstream = connect(Number(port), hostname);
    open.add(client).add(upstream);
    const pass = (from: Socket, to: Socket) =>
      from.on('data', (chunk: Buffer) => {
        if (budget === null) return void to.write(chunk);
        if (chunk.length >= budget) {
          to.write(chunk.subarray(0, budget));
          budget = 0;
          return cutAll();
        }
        budget -= chunk.length;
        to.write(chunk);
      });
    pass(client, upstream);
    pass(upstream, client);
    for (const s of [client, upstream]) {
      s.on('error', () => {});
      s.on('close', () => {
        open.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    cutAfter(bytes) {
      budget = bytes;
    },
    cuts: () => cuts,
    close: () => {
      for (const s of open) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
