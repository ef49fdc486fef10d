import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAuthConfig } from '../auth/index.js';
import { openDatabase, type Database } from '../db/database.js';
import { DatabaseTimeoutError, isDatabaseUnavailable } from '../errors/index.js';
import { databaseTimeoutsFromEnv } from '../server/config.js';
import { startSubgraph, type RunningSubgraph } from '../server/subgraph-server.js';
import {
  createTestDatabase,
  postGraphQL,
  startTcpProxy,
  testDatabaseKind,
  type TcpProxy,
  type TestDatabase,
} from '../testing/index.js';
import { sqlSubgraph } from './fixtures/sql-subgraph.js';

// A database that does not answer must not hold a request, or /ready, for longer than its
// limits: on PostgreSQL through a link that goes silent (a TCP proxy, frozen), on PGlite while a
// transaction keeps it busy.

const log = pino({ level: 'silent' });
const auth = loadAuthConfig({ AUTH_SECRET: 'a-test-secret-of-forty-characters-or-so!' });

/** How long `run` took to settle, and its error. */
async function timed(run: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  try {
    await run();
    return { ms: performance.now() - started, error: undefined };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

const messages = (error: unknown): string[] => {
  const all: string[] = [];
  for (let e = error as any; e; e = e.cause) all.push(String(e.message));
  return all;
};

it('reads DB_CONNECT_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS and READY_TIMEOUT_MS', () => {
  expect(databaseTimeoutsFromEnv({})).toEqual({
    connectTimeoutMs: 5_000,
    statementTimeoutMs: 10_000,
    pingTimeoutMs: 1_000,
  });
  expect(
    databaseTimeoutsFromEnv({
      DB_CONNECT_TIMEOUT_MS: '2000',
      DB_STATEMENT_TIMEOUT_MS: '30000',
      READY_TIMEOUT_MS: '500',
    }),
  ).toEqual({ connectTimeoutMs: 2_000, statementTimeoutMs: 30_000, pingTimeoutMs: 500 });
  expect(() => databaseTimeoutsFromEnv({ DB_STATEMENT_TIMEOUT_MS: '-1' })).toThrow(/DB_STATEMENT_TIMEOUT_MS/);
});

describe.runIf(testDatabaseKind() === 'pglite')('a busy PGlite', () => {
  it('fails ping() and /ready within a second instead of waiting for the transaction', async () => {
    const database = await createTestDatabase();
    const running = await startSubgraph(sqlSubgraph, { database, port: 0, auth, log });
    let release!: () => void;
    const held = database.db.transaction(() => new Promise<void>((resolve) => (release = resolve)));
    try {
      const ping = await timed(() => database.ping());
      expect(ping.error).toBeInstanceOf(DatabaseTimeoutError);
      expect(ping.ms).toBeLessThan(1_500);

      const ready = await timed(async () => {
        const response = await fetch(`${new URL(running.url).origin}/ready`);
        expect(response.status).toBe(503);
      });
      expect(ready.error).toBeUndefined();
      expect(ready.ms).toBeLessThan(1_500);
    } finally {
      release();
      await held;
      await running.stop();
      await database.drop();
    }
    // Once the transaction ends, it answers again.
  });
});

describe.runIf(testDatabaseKind() === 'postgres')('PostgreSQL through a link that goes silent', () => {
  let owner: TestDatabase;
  let proxy: TcpProxy;
  let database: Database;
  let proxiedUrl: string;
  beforeAll(async () => {
    owner = await createTestDatabase();
    if (owner.location.driver !== 'postgres') throw new Error('expected PostgreSQL');
    const url = new URL(owner.location.url);
    proxy = await startTcpProxy({ targetHost: url.hostname, targetPort: Number(url.port || 5432) });
    url.host = `127.0.0.1:${proxy.port}`;
    proxiedUrl = url.toString();
    database = await openDatabase(proxiedUrl, {
      log,
      connectTimeoutMs: 500,
      statementTimeoutMs: 500,
      pingTimeoutMs: 300,
    });
  });
  afterAll(async () => {
    // Within seconds: a client lent out when its connection died must not hold the pool open.
    await database?.close();
    await proxy?.close();
    await owner?.drop();
  }, 10_000);

  it('ends a statement that runs too long on the server (statement_timeout) and keeps working', async () => {
    const slow = await timed(() => database.rows(sql`select pg_sleep(5)`));
    expect(slow.ms).toBeLessThan(1_400);
    expect(isDatabaseUnavailable(slow.error)).toBe(true);
    expect(messages(slow.error).join(' | ')).toMatch(/statement timeout/);
    expect(await database.rows(sql`select 1 as n`)).toEqual([{ n: 1 }]);
  });

  it('ends a statement whose answer never comes (the client-side timeout), then recovers', async () => {
    await database.rows(sql`select 1`);
    proxy.freeze();
    try {
      // On the connection already open: BEGIN gets no answer (500 ms + 1 s grace), and that
      // connection is closed at once, so the ROLLBACK fails at once instead of waiting as long again.
      const transaction = await timed(() => database.db.transaction(async (tx) => tx.execute(sql`select 1`)));
      expect(isDatabaseUnavailable(transaction.error)).toBe(true);
      expect(messages(transaction.error).join(' | ')).toMatch(/Query read timeout/);
      expect(transaction.ms).toBeGreaterThanOrEqual(1_400);
      expect(transaction.ms).toBeLessThan(2_200);

      // A new connection cannot get through either: the connect timeout (500 ms) ends it.
      const fresh = await timed(() => database.rows(sql`select 2`));
      expect(isDatabaseUnavailable(fresh.error)).toBe(true);
      expect(fresh.ms).toBeLessThan(1_200);

      const ping = await timed(() => database.ping());
      expect(ping.error).toBeInstanceOf(DatabaseTimeoutError);
      expect(ping.ms).toBeLessThan(800);
    } finally {
      proxy.thaw();
      proxy.cut();
    }
    // The connections that timed out were closed, not put back: the next statements answer.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = await timed(() => database.rows(sql`select 3 as n`));
    expect(after.error).toBeUndefined();
    expect(after.ms).toBeLessThan(1_000);
  });

  it('survives a connection cut in the middle of a transaction, and gets its pool slot back', async () => {
    const unexpected: unknown[] = [];
    const onUncaught = (error: unknown) => unexpected.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      for (let i = 0; i < 12; i += 1) {
        // More rounds than the pool has connections: a client never given back would exhaust it.
        const inFlight = timed(() => database.db.transaction(async (tx) => tx.execute(sql`select pg_sleep(0.3)`)));
        await new Promise((resolve) => setTimeout(resolve, 100));
        proxy.cut();
        const { error } = await inFlight;
        expect(isDatabaseUnavailable(error)).toBe(true);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('uncaughtException', onUncaught);
    }
    expect(unexpected).toEqual([]);
    expect(await database.rows(sql`select 4 as n`)).toEqual([{ n: 4 }]);
  });

  it('gets a subgraph to answer /ready with 503 within about a second, and queries DATABASE_UNAVAILABLE', async () => {
    // Default ping limit (READY_TIMEOUT_MS, 1 s); short statements so the test stays quick.
    const viaProxy = await openDatabase(proxiedUrl, { log, connectTimeoutMs: 500, statementTimeoutMs: 500 });
    let running: RunningSubgraph | undefined;
    try {
      running = await startSubgraph(sqlSubgraph, { database: viaProxy, port: 0, auth, log });
      const origin = new URL(running.url).origin;
      expect((await fetch(`${origin}/ready`)).status).toBe(200);
      proxy.freeze();
      const ready = await timed(async () => {
        const response = await fetch(`${origin}/ready`);
        expect(response.status).toBe(503);
      });
      expect(ready.error).toBeUndefined();
      expect(ready.ms).toBeLessThan(1_500);

      const query = await timed(async () => {
        const { body } = await postGraphQL(running!.url, '{ answer }');
        expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
        expect(JSON.stringify(body)).not.toMatch(/select|timeout|stack/i);
      });
      expect(query.error).toBeUndefined();
      expect(query.ms).toBeLessThan(2_500);
    } finally {
      proxy.thaw();
      proxy.cut();
      await running?.stop();
      await viaProxy.close();
    }
  });
});
