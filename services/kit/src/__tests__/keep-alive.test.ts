import { createConnection, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_KEEP_ALIVE_MS, listen, type Listening } from '../http/listen.js';
import { keepAliveTimeoutFromEnv } from '../server/config.js';

// A client that keeps idle connections longer than the server does writes its next request into
// a socket the server is closing (ECONNRESET, "socket hang up"). The server's idle timeout is
// therefore long (65 s, above the usual 60 s of load balancers and clients) and configurable.

const ok = () => (_req: unknown, res: { end(body: string): void }) => res.end('ok');
let listening: Listening | undefined;
afterEach(async () => {
  await listening?.close(100);
  listening = undefined;
});

/** One raw keep-alive connection: send a request, wait for its answer, see whether it closed. */
function rawConnection(port: number) {
  const socket: Socket = createConnection({ host: '127.0.0.1', port });
  let received = '';
  let closed = false;
  socket.on('data', (chunk) => (received += chunk.toString()));
  socket.on('close', () => (closed = true));
  return {
    get closed() {
      return closed;
    },
    async request(): Promise<string> {
      received = '';
      socket.write('GET / HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
      for (let i = 0; i < 100 && !received.endsWith('ok'); i += 1) await sleep(10);
      return received;
    },
    destroy: () => socket.destroy(),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('keep-alive', () => {
  it('keeps idle connections 65 s by default, with the headers timeout above it', async () => {
    expect(DEFAULT_SERVER_KEEP_ALIVE_MS).toBe(65_000);
    listening = await listen(ok() as never, 0);
    expect(listening.server.keepAliveTimeout).toBe(DEFAULT_SERVER_KEEP_ALIVE_MS);
    expect(listening.server.headersTimeout).toBeGreaterThan(listening.server.keepAliveTimeout);
    const { requestTimeout, headersTimeout } = listening.server;
    expect(requestTimeout === 0 || requestTimeout >= headersTimeout).toBe(true);
  });

  it('still answers on a connection left idle for 6 s (the old limit was 5 s)', async () => {
    listening = await listen(ok() as never, 0);
    const connection = rawConnection(listening.port);
    try {
      expect(await connection.request()).toMatch(/^HTTP\/1.1 200/);
      await sleep(6_000);
      expect(connection.closed).toBe(false);
      expect(await connection.request()).toMatch(/^HTTP\/1.1 200/);
    } finally {
      connection.destroy();
    }
  }, 15_000);

  it('closes idle connections after the timeout it is given', async () => {
    listening = await listen(ok() as never, 0, '127.0.0.1', { keepAliveTimeoutMs: 200 });
    expect(listening.server.keepAliveTimeout).toBe(200);
    expect(listening.server.headersTimeout).toBeGreaterThan(200);
    const connection = rawConnection(listening.port);
    try {
      expect(await connection.request()).toMatch(/^HTTP\/1.1 200/);
      // Node 20 waits a second past keepAliveTimeout before it closes.
      await sleep(1_800);
      expect(connection.closed).toBe(true);
    } finally {
      connection.destroy();
    }
  });

  it('reads HTTP_KEEP_ALIVE_TIMEOUT_MS, and refuses a value it cannot use', () => {
    expect(keepAliveTimeoutFromEnv({})).toBe(65_000);
    expect(keepAliveTimeoutFromEnv({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '75000' })).toBe(75_000);
    expect(() => keepAliveTimeoutFromEnv({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '5s' })).toThrow(/HTTP_KEEP_ALIVE_TIMEOUT_MS/);
    expect(() => keepAliveTimeoutFromEnv({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '0' })).toThrow(/above 0/);
  });
});
