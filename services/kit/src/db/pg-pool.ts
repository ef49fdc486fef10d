import pg from 'pg';
import type { Logger } from '../logger.js';

export interface PgPoolOptions {
  url: string;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  log: () => Logger;
}

/**
 * How much longer than `statement_timeout` the client waits for an answer: the server's own
 * cancellation (a clean error, the connection kept) arrives first whenever the server can send.
 */
export const CLIENT_GRACE_MS = 1_000;

/**
 * The node-postgres pool under drizzle, with limits on everything that can wait: getting a
 * connection (`connectionTimeoutMillis`), a statement on the server (`statement_timeout`) and the
 * answer on the client (`query_timeout`), for when the link is gone and the server cannot answer.
 */
export function createPgPool(options: PgPoolOptions): pg.Pool {
  const pool = new GuardedPool({
    connectionString: options.url,
    max: 10,
    connectionTimeoutMillis: options.connectTimeoutMs,
    // Sent at connection start: the server cancels a longer statement (SQLSTATE 57014).
    statement_timeout: options.statementTimeoutMs,
    query_timeout: options.statementTimeoutMs + CLIENT_GRACE_MS,
    Client: ClosingOnTimeoutClient,
  });
  // An idle connection that the server ends (a restart, a fail-over, a dropped database) is
  // reported here; unhandled, it would bring the whole process down. The pool replaces it.
  pool.on('error', (error) => {
    options.log().warn({ err: error }, 'database connection lost; the pool will reconnect');
  });
  return pool;
}

/**
 * A client that closes its connection when a statement got no answer in time. pg itself only
 * stops waiting: the statement stays in flight, and every later statement on that connection
 * (a transaction's ROLLBACK too) would queue behind it and wait out a timeout of its own.
 */
class ClosingOnTimeoutClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    // A connection lost while checked out fails its statements (they get the error); the event
    // itself, with no listener while the pool lends the client out, would end the process.
    this.on('error', () => undefined);
  }

  // pg's `query` has many overloads; this one wrapper sits in front of all of them.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (error: Error | null, result: unknown) => {
        if (error) this.closeIfTimedOut(error);
        (last as (e: Error | null, r: unknown) => void)(error, result);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) result.catch((error: Error) => this.closeIfTimedOut(error));
    return result as never;
  }

  private closeIfTimedOut(error: Error): void {
    if (error?.message === 'Query read timeout') this.end().catch(() => undefined);
  }
}

type Release = (error?: Error | boolean) => void;

/**
 * A pool whose lent clients go back by themselves when their connection ends. drizzle's
 * `transaction()` sends BEGIN before its try/finally: when BEGIN fails (the connection is gone,
 * or timed out above), it never releases the client, and the pool, one slot short for good,
 * would wait for it forever (on `end()` too). Releasing twice is harmless here.
 */
class GuardedPool extends pg.Pool {
  // `connect` with a callback (pool.query uses it) or without (drizzle); both lend a guarded client.
  override connect(...args: unknown[]): never {
    const callback = args[0] as ((e: Error | undefined, c?: pg.PoolClient, d?: Release) => void) | undefined;
    const connect = super.connect as (...a: unknown[]) => unknown;
    if (typeof callback === 'function') {
      return connect.call(this, (error: Error | undefined, client?: pg.PoolClient, done?: Release) => {
        if (client) guard(client);
        callback(error, client, client ? (e) => client.release(e) : done);
      }) as never;
    }
    return (connect.call(this) as Promise<pg.PoolClient>).then((client) => guard(client)) as never;
  }
}

function guard(client: pg.PoolClient): pg.PoolClient {
  const release = client.release.bind(client) as Release;
  let released = false;
  const onEnd = () => client.release(new Error('the connection ended while the client was lent out'));
  client.release = (error?: Error | boolean) => {
    if (released) return;
    released = true;
    client.off('end', onEnd);
    release(error);
  };
  client.once('end', onEnd);
  return client;
}
