import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { createLogger, type Logger } from '../logger.js';
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
  /** Throws when the database does not answer. */
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

export interface OpenDatabaseOptions {
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

  if (where.driver === 'postgres') {
    const pool = new pg.Pool({ connectionString: where.url, max: 10 });
    // An idle connection that the server ends (a restart, a fail-over, a dropped database) is
    // reported here; unhandled, it would bring the whole process down. The pool replaces it.
    pool.on('error', (error) => {
      (options.log ?? fallbackLog()).warn({ err: error }, 'database connection lost; the pool will reconnect');
    });
    const db = drizzlePg(pool, { logger }) as unknown as Db;
    return makeDatabase(where, db, statements, () => pool.end());
  }

  if (where.dataDir) {
    await mkdir(where.dataDir, { recursive: true });
    await initialisePgliteDataDir(where.dataDir);
  }
  const client = await PGlite.create(where.dataDir ?? undefined);
  const db = drizzlePglite(client, { logger }) as unknown as Db;
  return makeDatabase(where, db, statements, () => client.close());
}

function makeDatabase(
  location: DatabaseLocation,
  db: Db,
  statements: StatementCounter,
  close: () => Promise<void>,
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
    async ping() {
      await db.execute(sql`select 1`);
    },
    close() {
      closed ??= close();
      return closed;
    },
  };
}
