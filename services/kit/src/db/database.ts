import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { DatabaseTimeoutError } from '../errors/database-unavailable.js';
import { createLogger, type Logger } from '../logger.js';
import { createPgPool } from './pg-pool.js';
import { initialisePgliteDataDir } from './pglite-init.js';

/** The one query layer every subgraph uses, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
/** A transaction handle, as passed to `db.transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type DatabaseLocation = { driver: 'pglite'; dataDir: string | null } | { driver: 'postgres'; url: string };

/** Counts SQL statements, overall and for the request (or other unit of work) in scope. */
export class StatementCounter {
  total = 0;
  private readonly scope = new AsyncLocalStorage<{ statements: number }>();

  /** Runs `fn`, counting the statements issued inside it (through any await) into `into`. */
  run<T>(into: { statements: number }, fn: () => T): T {
    return this.scope.run(into, fn);
  }

  record(): void {
    this.total += 1;
    const current = this.scope.getStore();
    if (current) current.statements += 1;
  }
}

export interface Database {
  readonly location: DatabaseLocation;
  readonly db: Db;
  readonly statements: StatementCounter;
  /** Rows of a raw statement, for the rare query the query builder cannot express. */
  rows<T extends Record<string, unknown>>(query: SQL): Promise<T[]>;
  /** Throws when the database does not answer, within `pingTimeoutMs` (default 1 s) at most. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Where a service keeps its data, from a URL:
 * - `postgres://…` or `postgresql://…`: a real PostgreSQL server (production);
 * - `pglite://relative/or/absolute/dir`: embedded PostgreSQL kept in a folder, so restarts are fast;
 * - `memory://`: embedded PostgreSQL in memory (tests, throwaway runs).
 */
export function parseDatabaseUrl(url: string): DatabaseLocation {
  if (/^postgres(ql)?:\/\//.test(url)) return { driver: 'postgres', url };
  if (url === 'memory://' || url === 'pglite://memory') return { driver: 'pglite', dataDir: null };
  const match = /^pglite:\/\/(.+)$/.exec(url);
  if (match?.[1]) return { driver: 'pglite', dataDir: path.resolve(match[1]) };
  throw new Error(`DATABASE_URL "${url}" is not understood: use postgres://…, pglite://<folder> or memory://`);
}

/** Getting a connection from PostgreSQL: a server that does not answer fails after this. */
export const DEFAULT_DB_CONNECT_TIMEOUT_MS = 5_000;
/** The longest one statement may run, on the server and, when the link is gone, on the client. */
export const DEFAULT_DB_STATEMENT_TIMEOUT_MS = 10_000;
/** `ping()`, which `/ready` runs: a database busier than this is not ready. */
export const DEFAULT_DB_PING_TIMEOUT_MS = 1_000;

export interface DatabaseTimeouts {
  /** PostgreSQL: a new connection that is not ready after this fails (default 5 s). */
  connectTimeoutMs?: number;
  /**
   * PostgreSQL: `statement_timeout` on every connection, and the client gives up this plus 1 s
   * after sending a statement, so a link where nothing comes back (a frozen network, a server
   * that hangs) still ends; that connection is then closed, never reused. Default 10 s.
   */
  statementTimeoutMs?: number;
  /** `ping()` rejects after this (default 1 s), on PostgreSQL and on a busy PGlite alike. */
  pingTimeoutMs?: number;
}

export interface OpenDatabaseOptions extends DatabaseTimeouts {
  /** Where connection problems are reported (default: a logger named `database`). */
  log?: Logger;
}

let defaultLog: Logger | undefined;
const fallbackLog = () => (defaultLog ??= createLogger('database'));

export async function openDatabase(
  location: DatabaseLocation | string,
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  const where = typeof location === 'string' ? parseDatabaseUrl(location) : location;
  const statements = new StatementCounter();
  const logger: DrizzleLogger = { logQuery: () => statements.record() };

  const pingTimeoutMs = options.pingTimeoutMs ?? DEFAULT_DB_PING_TIMEOUT_MS;

  if (where.driver === 'postgres') {
    const pool = createPgPool({
      url: where.url,
      connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: options.statementTimeoutMs ?? DEFAULT_DB_STATEMENT_TIMEOUT_MS,
      log: () => options.log ?? fallbackLog(),
    });
    const db = drizzlePg(pool, { logger }) as unknown as Db;
    const ping = async () => {
      // Its own short read timeout: a connection that does not answer is dropped after a second,
      // not after the statement timeout.
      await pool.query({ text: 'select 1', query_timeout: pingTimeoutMs } as { text: string });
    };
    return makeDatabase(where, db, statements, { ping, pingTimeoutMs, close: () => pool.end() });
  }

  if (where.dataDir) {
    await mkdir(where.dataDir, { recursive: true });
    await initialisePgliteDataDir(where.dataDir);
  }
  const client = await PGlite.create(where.dataDir ?? undefined);
  const db = drizzlePglite(client, { logger }) as unknown as Db;
  // PGlite runs in this process, one statement at a time and with no statement timeout of its
  // own: a ping behind a long transaction waits for it, and the timeout of ping() answers instead.
  const ping = async () => {
    await client.query('select 1');
  };
  return makeDatabase(where, db, statements, { ping, pingTimeoutMs, close: () => client.close() });
}

function makeDatabase(
  location: DatabaseLocation,
  db: Db,
  statements: StatementCounter,
  driver: { ping: () => Promise<void>; pingTimeoutMs: number; close: () => Promise<void> },
): Database {
  let closed: Promise<void> | null = null;
  return {
    location,
    db,
    statements,
    async rows<T extends Record<string, unknown>>(query: SQL) {
      const result = (await db.execute(query)) as unknown as { rows: T[] };
      return result.rows;
    },
    ping() {
      statements.record();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DatabaseTimeoutError('ping', driver.pingTimeoutMs)), driver.pingTimeoutMs);
      });
      return Promise.race([driver.ping(), timeout]).finally(() => clearTimeout(timer));
    },
    close() {
      closed ??= driver.close();
      return closed;
    },
  };
}
