import { randomUUID } from 'node:crypto';
import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { refusal } from './publish.errors.js';
import { findReplay } from './publish.replay.js';
import type { PublishTables } from './publish.tables.js';
import type { ObservationRow } from './store.js';
import type { PublishRow, RowError } from './validate.js';

export interface Publisher {
  subject: string;
  department: string;
}

export interface PublishRequest {
  rows: readonly PublishRow[];
  idempotencyKey?: string | null;
  publisher: Publisher;
  requestId: string;
}

export interface PublishOutcome {
  batchId: string;
  rowsWritten: number;
  replayed: boolean;
  /** The observations written, as stored (with their new revisions). */
  observations: ObservationRow[];
}

/**
 * Writes a validated batch in one transaction: each row the next revision of its value, the
 * batch kept under its idempotency key. A unique violation means someone else wrote first: the
 * same key (answered as they were) or the same revision (a conflict).
 */
export async function writeOnce(
  db: Db,
  tables: PublishTables,
  rows: PublishRow[],
  requestHash: string,
  request: PublishRequest,
): Promise<PublishOutcome> {
  try {
    return await db.transaction((tx) => write(tx as unknown as Db, tables, rows, requestHash, request));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Someone else wrote first: the same idempotency key (then answer as they were answered),
    // or the same revision of a value (a concurrent correction: a conflict).
    if (request.idempotencyKey) {
      const replay = await findReplay(db, tables, request.idempotencyKey, requestHash);
      if (replay) return replay;
    }
    throw refusal(
      'CONFLICT',
      'a value in this batch was corrected by someone else at the same time; read it again and retry',
    );
  }
}

async function write(
  tx: Db,
  tables: PublishTables,
  rows: PublishRow[],
  requestHash: string,
  request: PublishRequest,
): Promise<PublishOutcome> {
  if (request.idempotencyKey) {
    const replay = await findReplay(tx, tables, request.idempotencyKey, requestHash);
    if (replay) return replay;
  }

  const { observation } = tables;
  const current = await tx
    .select({
      indicatorId: observation.indicatorId,
      countyCode: observation.countyCode,
      year: observation.year,
      revision: sql<number>`max(${observation.revision})`,
    })
    .from(observation)
    .where(
      and(
        inArray(observation.indicatorId, [...new Set(rows.map((r) => r.indicator))]),
        inArray(observation.countyCode, [...new Set(rows.map((r) => r.county))]),
        inArray(observation.year, [...new Set(rows.map((r) => r.year))]),
      ),
    )
    .groupBy(observation.indicatorId, observation.countyCode, observation.year);
  const revisionOf = new Map(current.map((c) => [`${c.indicatorId}|${c.countyCode}|${c.year}`, Number(c.revision)]));

  const conflicts: RowError[] = [];
  const batchId = randomUUID();
  const publishedAt = new Date();
  const values = rows.map((row, index) => {
    const latest = revisionOf.get(`${row.indicator}|${row.county}|${row.year}`) ?? 0;
    if (row.replacesRevision != null && row.replacesRevision !== latest) {
      conflicts.push({
        index,
        field: 'replacesRevision',
        code: 'REVISION_CONFLICT',
        message: `row ${index + 1}: corrects revision ${row.replacesRevision}, but the current revision is ${latest === 0 ? 'none' : latest}`,
      });
    }
    return {
      indicatorId: row.indicator,
      countyCode: row.county,
      year: row.year,
      revision: latest + 1,
      value: row.value,
      note: row.note ?? null,
      publishedBy: request.publisher.subject,
      publishedAt,
      isSample: false,
      batchId,
    };
  });
  if (conflicts.length > 0) {
    throw refusal(
      'CONFLICT',
      `${conflicts.length} row(s) correct a revision that is no longer current; nothing was written`,
      conflicts,
    );
  }

  const written: ObservationRow[] = [];
  for (let i = 0; i < values.length; i += 1000) {
    written.push(
      ...(await tx
        .insert(observation)
        .values(values.slice(i, i + 1000))
        .returning()),
    );
  }
  const outcome: PublishOutcome = { batchId, rowsWritten: written.length, replayed: false, observations: written };
  if (request.idempotencyKey) {
    await tx.insert(tables.batch).values({
      idempotencyKey: request.idempotencyKey,
      batchId,
      requestHash,
      publishedBy: request.publisher.subject,
      department: request.publisher.department,
      result: { batchId, rowsWritten: written.length, keys: written.map(keyOf) },
    });
  }
  return outcome;
}

function keyOf(row: ObservationRow): string {
  return `${row.indicatorId}|${row.countyCode}|${row.year}|${row.revision}`;
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === '23505') return true;
  }
  return false;
}
