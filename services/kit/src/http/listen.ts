import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  server: Server;
  port: number;
  url: string;
  /** Stops accepting, lets requests in flight finish (up to `graceMs`), then closes the rest. */
  close(graceMs?: number): Promise<void>;
}

/**
 * How long the server keeps an idle keep-alive connection open. A client that reuses a
 * connection must give it up sooner (its own idle timeout shorter than this), or its next
 * request races the server closing the socket: `ECONNRESET`, `socket hang up`. The gateway's
 * client reads this same figure and stays a few seconds below it. 65 s is also above the 60 s
 * idle timeout of the usual load balancers in front.
 */
export const DEFAULT_SERVER_KEEP_ALIVE_MS = 65_000;

export interface ListenOptions {
  /** Idle keep-alive timeout, in ms (default `DEFAULT_SERVER_KEEP_ALIVE_MS`). */
  keepAliveTimeoutMs?: number;
}

/** Listens on `port` (0 takes a free one, as tests do). */
export async function listen(
  listener: RequestListener,
  port: number,
  host = '127.0.0.1',
  options: ListenOptions = {},
): Promise<Listening> {
  const server = createServer(listener);
  const keepAlive = options.keepAliveTimeoutMs ?? DEFAULT_SERVER_KEEP_ALIVE_MS;
  server.keepAliveTimeout = keepAlive;
  // Above the keep-alive timeout (which Node 20 itself stretches by a second), so a client sending
  // its next request on an idle connection just before it expires is not cut off in its headers.
  server.headersTimeout = keepAlive + 2_000;
  if (server.requestTimeout > 0 && server.requestTimeout < server.headersTimeout) {
    server.requestTimeout = server.headersTimeout;
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    server,
    port: actual,
    url: `http://${shownHost}:${actual}`,
    close(graceMs = 10_000) {
      return new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}
