import { GraphQLError } from 'graphql';
import type { Database } from '../db/database.js';
import { recordAudit, refusalSummary, type AuditOutcome } from './publish.audit.js';
import { refusal } from './publish.errors.js';
import { hashRows } from './publish.replay.js';
import type { PublishTables } from './publish.tables.js';
import { writeOnce, type PublishOutcome, type PublishRequest } from './publish.write.js';
import {
  idempotencyKeyProblem,
  MAX_BATCH_ROWS,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  validateBatch,
  type BatchRules,
} from './validate.js';

export {
  AUDIT_ROW_ERRORS,
  loadAuditLog,
  recordAudit,
  recordRefusedAttempt,
  type AuditOutcome,
  type RefusedAttempt,
} from './publish.audit.js';
export { auditAggregationMigration, publishingMigration } from './publish.migrations.js';
export { publishingTables, type PublishingTables, type PublishTables } from './publish.tables.js';
export type { Publisher, PublishOutcome, PublishRequest } from './publish.write.js';

/**
 * Writes a batch of observations in one transaction, or nothing: the batch is validated whole
 * first; each row becomes the next revision of its value (corrections never overwrite);
 * `replacesRevision` guards a correction against a concurrent one; an idempotency key makes a
 * retry return the first answer. Every outcome, accepted or refused, goes to the audit log.
 */
export async function publishBatch(
  database: Database,
  tables: PublishTables,
  rules: BatchRules,
  request: PublishRequest,
): Promise<PublishOutcome> {
  const { db } = database;
  const keyProblem = idempotencyKeyProblem(request.idempotencyKey);
  const audit = (outcome: AuditOutcome, detail: unknown, batchId: string | null = null) =>
    recordAudit(db, tables, {
      subject: request.publisher.subject,
      department: request.publisher.department,
      requestId: request.requestId,
      // A key too long to use is not kept either: the refusal's detail says how long it was.
      idempotencyKey: keyProblem ? null : (request.idempotencyKey ?? null),
      batchId,
      rows: request.rows.length,
      outcome,
      detail,
    });

  try {
    if (request.rows.length === 0) throw refusal('BATCH_EMPTY', 'a batch needs at least one row');
    if (request.rows.length > MAX_BATCH_ROWS) {
      throw refusal(
        'BATCH_TOO_LARGE',
        `a batch has at most ${MAX_BATCH_ROWS} rows (got ${request.rows.length}); split it`,
      );
    }
    if (keyProblem) {
      throw refusal('IDEMPOTENCY_KEY_TOO_LONG', keyProblem, [], {
        field: 'idempotencyKey',
        maxLength: MAX_IDEMPOTENCY_KEY_LENGTH,
      });
    }
    const { rows, errors } = validateBatch(request.rows, rules);
    if (errors.length > 0) {
      throw refusal('BATCH_REJECTED', `${errors.length} row(s) refused; nothing was written`, errors);
    }
    const requestHash = hashRows(rows);
    const outcome = await writeOnce(db, tables, rows, requestHash, request);
    await audit(outcome.replayed ? 'REPLAYED' : 'ACCEPTED', null, outcome.batchId);
    return outcome;
  } catch (error) {
    if (error instanceof GraphQLError) {
      const code = String(error.extensions.code);
      await audit(code === 'CONFLICT' ? 'CONFLICT' : 'REJECTED', refusalSummary(code, error, request.rows));
    }
    throw error;
  }
}
