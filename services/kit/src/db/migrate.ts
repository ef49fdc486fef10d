import { sql } from 'drizzle-orm';
import type { Database, Tx } from './database.js';

/**
 * One step of a subgraph's schema history. Steps run once each, in order, and are recorded in
 * `<schema>.schema_migrations`; the pending steps of a start run in one transaction, so a
 * failing step leaves the database as it was. A released step never changes (add a new one).
 */
export interface Migration {
  id: string;
  /** Plain SQL statements, run one by one (PGlite's extended protocol takes one at a time). */
  statements?: readonly string[];
  /** Code, for steps that load data through the query builder. */
  run?: (tx: Tx) => Promise<void>;
}

// One lock for all migrations of all subgraphs on one server: replicas starting together
// then wait for each other instead of racing to create the same tables.
const MIGRATION_LOCK = 4_242_2018;

export async function runMigrations(
  database: Database,
  schema: string,
  migrations: readonly Migration[],
): Promise<string[]> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name "${schema}"`);
  const ids = new Set<string>();
  for (const m of migrations) {
    if (ids.has(m.id)) throw new Error(`migration "${m.id}" of ${schema} is listed twice`);
    ids.add(m.id);
  }

  const { db } = database;
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await takeMigrationLock(tx);
    await tx.execute(sql.raw(`create schema if not exists ${schema}`));
    await tx.execute(
      sql.raw(`create table if not exists ${schema}.schema_migrations (
        id text primary key,
        applied_at timestamptz not null default now()
      )`),
    );
    const done = await tx.execute(sql.raw(`select id from ${schema}.schema_migrations`));
    const doneIds = new Set((done as unknown as { rows: { id: string }[] }).rows.map((r) => r.id));
    for (const migration of migrations) {
      if (doneIds.has(migration.id)) continue;
      for (const statement of migration.statements ?? []) await tx.execute(sql.raw(statement));
      if (migration.run) await migration.run(tx);
      await tx.execute(sql`insert into ${sql.raw(schema)}.schema_migrations (id) values (${migration.id})`);
      applied.push(migration.id);
    }
  });
  return applied;
}

/** How long a start waits for another replica's migrations before giving up. */
const MIGRATION_LOCK_WAIT_MS = 5 * 60_000;

/**
 * The lock, asked for in short statements rather than one blocking one: a blocking wait is one
 * statement, and the statement timeout (`DB_STATEMENT_TIMEOUT_MS`) would end the start of a
 * replica that merely waits for another's migrations.
 */
async function takeMigrationLock(tx: Tx): Promise<void> {
  const deadline = Date.now() + MIGRATION_LOCK_WAIT_MS;
  for (;;) {
    const result = await tx.execute(sql`select pg_try_advisory_xact_lock(${MIGRATION_LOCK}) as locked`);
    const locked = (result as unknown as { rows: { locked: boolean }[] }).rows[0]?.locked;
    if (locked) return;
    if (Date.now() > deadline) {
      throw new Error(`waited ${MIGRATION_LOCK_WAIT_MS / 1000} s for another service's migrations to finish`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
