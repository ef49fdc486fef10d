import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../testing/index.js';

describe('the database connection', () => {
  it.runIf(testDatabaseKind() === 'postgres')(
    'survives the server ending an idle connection, and answers the next query on a new one',
    async () => {
      const database = await createTestDatabase();
      try {
        const [before] = await database.rows<{ pid: number }>(sql`select pg_backend_pid() as pid`);
        const unhandled: unknown[] = [];
        const onUnhandled = (error: unknown) => unhandled.push(error);
        process.on('uncaughtException', onUnhandled);
        try {
          // Another session ends ours, as a restart or a fail-over would.
          const other = await createTestDatabase();
          await other.rows(sql`select pg_terminate_backend(${before!.pid})`);
          await other.drop();
          await new Promise((resolve) => setTimeout(resolve, 100));
        } finally {
          process.off('uncaughtException', onUnhandled);
        }
        expect(unhandled).toEqual([]);
        const [after] = await database.rows<{ pid: number }>(sql`select pg_backend_pid() as pid`);
        expect(after!.pid).not.toBe(before!.pid);
      } finally {
        await database.drop();
      }
    },
  );

  it('answers a ping', async () => {
    const database = await createTestDatabase();
    await expect(database.ping()).resolves.toBeUndefined();
    await database.drop();
  });
});
