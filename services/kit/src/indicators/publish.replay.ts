import { createHash } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { refusal } from './publish.errors.js';
import type { PublishTables } from './publish.tables.js';
import type { PublishOutcome } from './publish.write.js';
import type { PublishRow } from './validate.js';

/** The first answer to a batch sent again under the same key; a different batch is refused. */
export async function findReplay(
  db: Db,
  tables: PublishTables,
  idempotencyKey: string,
  requestHash: string,
): Promise<PublishOutcome | null> {
  const [previous] = await db.select().from(tables.batch).where(eq(tables.batch.idempotencyKey, idempotencyKey));
  if (!previous) return null;
  if (previous.requestHash !== requestHash) {
    throw refusal(
      'IDEMPOTENCY_KEY_REUSED',
      `idempotency key "${idempotencyKey}" was used for a different batch; use a new key for new figures`,
    );
  }
  const result = previous.result as { batchId: string; rowsWritten: number };
  const observations = await db
    .select()
    .from(tables.observation)
    .where(eq(tables.observation.batchId, result.batchId))
    .orderBy(desc(tables.observation.revision));
  return { batchId: result.batchId, rowsWritten: result.rowsWritten, replayed: true, observations };
}

/** A batch's identity: SHA-256 of its rows, in order (the same batch sent again hashes alike). */
export function hashRows(rows: readonly PublishRow[]): string {
  const canonical = rows.map((r) => [
    r.indicator,
    r.county,
    r.year,
    r.value,
    r.note ?? null,
    r.replacesRevision ?? null,
  ]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
