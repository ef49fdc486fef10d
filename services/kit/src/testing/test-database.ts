import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../db/database.js';

export interface TestDatabase extends Database {
  /** Closes the connection and removes the database (PostgreSQL) or its folder (PGlite). */
  drop(): Promise<void>;
}

/** Which engine this test run uses: `TEST_DATABASE=postgres` or PGlite (default). */
export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
}

export function postgresAdminUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/**
 * A database of the test's own: on PostgreSQL a new database, dropped by `drop()`; on PGlite a
 * copy of a data folder that the run initialised once (a fresh PGlite costs seconds and
 * hundreds of MB; reopening a copied folder costs well under one).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind() === 'postgres') {
    const name = `fupin_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const adminUrl = postgresAdminUrl();
    await withAdmin(adminUrl, (admin) => admin.query(`create database ${name}`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase(url.toString());
    return {
      ...database,
      async drop() {
        await database.close();
        await withAdmin(adminUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`));
      },
    };
  }

  const template = inject('pgliteTemplate');
  const dir = await mkdtemp(path.join(tmpdir(), 'fupin-test-'));
  await cp(template, dir, { recursive: true });
  const database = await openDatabase({ driver: 'pglite', dataDir: dir });
  return {
    ...database,
    async drop() {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function withAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
