import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** A PostgreSQL database of the fault tests' own, on the server the `postgres` project uses. */
export interface FaultDatabase {
  name: string;
  /** `postgres://…/<name>` on the real server (not through any proxy). */
  url: string;
  /** The server's host and port, for a proxy to forward to. */
  host: string;
  port: number;
  /** A small pool on the database, for the tests' own SQL checks. */
  pool: pg.Pool;
  /** Rows of one statement. */
  rows<T extends Record<string, unknown> = Record<string, any>>(text: string, values?: unknown[]): Promise<T[]>;
  /** Closes the pool and drops the database, ending any session still on it. */
  drop(): Promise<void>;
}

/** The server the `postgres` test project uses: TEST_POSTGRES_URL or 127.0.0.1:5432, user postgres. */
export function postgresAdminUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const PREFIX = 'fupin_fault_';
/** A database of a run older than this, with nobody connected, is a leftover of a killed runner. */
const STALE_SECONDS = 3_600;

/**
 * Creates `fupin_fault_<unix seconds>_<random>`; every subgraph migrates its own schema in it.
 * First drops what killed runs left behind (they could not drop theirs): databases of this
 * kind over an hour old that nobody is connected to (a database in use is not dropped).
 */
export async function createFaultDatabase(): Promise<FaultDatabase> {
  const now = Math.floor(Date.now() / 1000);
  const name = `${PREFIX}${now}_${randomUUID().replaceAll('-', '').slice(0, 8)}`;
  await withAdmin(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like '${PREFIX}%'`,
    );
    for (const { datname } of rows) {
      const created = Number(/^fupin_fault_(\d+)_/.exec(datname)?.[1] ?? Number.NaN);
      if (!(now - created > STALE_SECONDS)) continue;
      await admin.query(`drop database if exists ${datname}`).catch(() => {}); // in use: not stale after all
    }
    await admin.query(`create database ${name}`);
  });
  const admin = new URL(postgresAdminUrl());
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  // A session the server ends (the database is dropped while idle) must not crash the runner.
  pool.on('error', () => {});
  let dropped: Promise<void> | undefined;
  return {
    name,
    url: url.toString(),
    host: admin.hostname,
    port: Number(admin.port || 5432),
    pool,
    async rows(text, values) {
      return (await pool.query(text, values)).rows;
    },
    drop() {
      dropped ??= (async () => {
        await pool.end().catch(() => {});
        await withAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
      })();
      return dropped;
    },
  };
}
