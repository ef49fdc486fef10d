import { desc, inArray, sql } from 'drizzle-orm';
import type { GraphQLError } from 'graphql';
import type { Db } from '../db/database.js';
import { hashRows } from './publish.replay.js';
import type { PublishingTables } from './publish.tables.js';
import { idempotencyKeyProblem, type PublishRow, type RowError } from './validate.js';

/** How many row errors of a refused batch the audit log keeps (the caller got them all). */
export const AUDIT_ROW_ERRORS = 20;

/**
 * What the audit log keeps of a refused batch: how many rows and row errors, the first few row
 * errors and a hash of the rows (the same batch sent again hashes alike), never the rows: a
 * refused 10,000-row batch would otherwise store a megabyte.
 */
export function refusalSummary(code: string, error: GraphQLError, rows: readonly PublishRow[]) {
  const rowErrors = (error.extensions.rowErrors as RowError[] | undefined) ?? [];
  return {
    code,
    message: error.message,
    rowCount: rows.length,
    rowErrorCount: rowErrors.length,
    rowErrors: rowErrors.slice(0, AUDIT_ROW_ERRORS),
    batchHash: hashRows(rows),
  };
}

export type AuditOutcome = 'ACCEPTED' | 'REPLAYED' | 'REJECTED' | 'CONFLICT' | 'FORBIDDEN';

/** The caller and request of one refused attempt, counted into its minute's entry. */
export interface RefusedAttempt {
  subject: string;
  department: string;
  requestId: string | null;
  idempotencyKey: string | null;
  rows: number;
  outcome: AuditOutcome;
  /** Kept from the minute's first attempt: the same caller is refused for the same reason. */
  detail: unknown;
}

/**
 * Counts one refused attempt into its caller's entry for the current minute (by the database's
 * clock): the first attempt of the minute inserts it, each further one adds to `count` and
 * `rows` and moves `at` and `requestId` to the latest. One statement, on PostgreSQL and PGlite.
 */
export async function recordRefusedAttempt(db: Db, tables: PublishingTables, attempt: RefusedAttempt): Promise<void> {
  const { audit } = tables;
  await db
    .insert(audit)
    .values({
      subject: attempt.subject,
      department: attempt.department,
      requestId: attempt.requestId,
      idempotencyKey: idempotencyKeyProblem(attempt.idempotencyKey) ? null : attempt.idempotencyKey,
      batchId: null,
      rows: attempt.rows,
      outcome: attempt.outcome,
      detail: attempt.detail as object,
      count: 1,
      minute: sql`date_trunc('minute', now())`,
    })
    .onConflictDoUpdate({
      target: [audit.subject, audit.department, audit.minute, audit.outcome],
      // The unique index is partial (aggregated entries only): ON CONFLICT must name its predicate.
      targetWhere: sql.raw('minute is not null'),
      set: {
        count: sql.raw('audit_log.count + 1'),
        rows: sql.raw('audit_log.rows + excluded.rows'),
        at: sql.raw('excluded.at'),
        requestId: sql.raw('excluded.request_id'),
        idempotencyKey: sql.raw('excluded.idempotency_key'),
      },
    });
}

/** One line of the audit log; written outside any batch transaction, so a refusal stays recorded. */
export async function recordAudit(
  db: Db,
  tables: PublishingTables,
  entry: {
    subject: string | null;
    department: string | null;
    requestId: string | null;
    idempotencyKey: string | null;
    batchId?: string | null;
    rows: number;
    outcome: AuditOutcome;
    detail: unknown;
  },
): Promise<void> {
  await db.insert(tables.audit).values({ ...entry, batchId: entry.batchId ?? null, detail: entry.detail as object });
}

/** The department's audit log, newest first. */
export function loadAuditLog(db: Db, tables: PublishingTables, departments: readonly string[], limit: number) {
  return db
    .select()
    .from(tables.audit)
    .where(inArray(tables.audit.department, [...departments]))
    .orderBy(desc(tables.audit.id))
    .limit(limit);
}
