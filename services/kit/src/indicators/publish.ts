import { createHash, randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { integer, jsonb, pgSchema, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import type { Database, Db } from '../db/database.js';
import type { Migration } from '../db/migrate.js';
import type { ObservationRow, ObservationTables } from './store.js';
import {
  idempotencyKeyProblem,
  MAX_BATCH_ROWS,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  validateBatch,
  type BatchRules,
  type PublishRow,
  type RowError,
} from './validate.js';

export function publishingTables(schema: string) {
  const s = pgSchema(schema);
  const batch = s.table('publish_batch', {
    idempotencyKey: text('idempotency_key').primaryKey(),
    batchId: text('batch_id').notNull(),
    requestHash: text('request_hash').notNull(),
    publishedBy: text('published_by').notNull(),
    department: text('department').notNull(),
    result: jsonb('result').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  });
  const audit = s.table('audit_log', {
    id: serial('id').primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    subject: text('subject'),
    department: text('department'),
    requestId: text('request_id'),
    idempotencyKey: text('idempotency_key'),
    batchId: text('batch_id'),
    rows: integer('rows').notNull(),
    outcome: text('outcome').notNull(),
    detail: jsonb('detail'),
    /** How many attempts the entry stands for: 1, or more for refusals aggregated by minute. */
    count: integer('count').notNull().default(1),
    /** The minute of an aggregated refusal (its key with subject, department and outcome); else null. */
    minute: timestamp('minute', { withTimezone: true, mode: 'date' }),
  });
  return { batch, audit };
}

export type PublishingTables = ReturnType<typeof publishingTables>;

export function publishingMigration(schema: string): Migration {
  return {
    id: '0003_publishing',
    statements: [
      `alter table ${schema}.observation add column batch_id text`,
      `create table ${schema}.publish_batch (
        idempotency_key text primary key,
        batch_id text not null,
        request_hash text not null,
        published_by text not null,
        department text not null,
        result jsonb not null,
        created_at timestamptz not null default now()
      )`,
      `create table ${schema}.audit_log (
        id serial primary key,
        at timestamptz not null default now(),
        subject text,
        department text,
        request_id text,
        idempotency_key text,
        batch_id text,
        rows integer not null,
        outcome text not null check (outcome in ('ACCEPTED', 'REPLAYED', 'REJECTED', 'CONFLICT', 'FORBIDDEN')),
        detail jsonb
      )`,
      `create index audit_log_department_idx on ${schema}.audit_log (department, at desc)`,
    ],
  };
}

/**
 * Refusals of callers who may not publish at all (another department's token, a reader's) are
 * counted, not listed: one entry per caller, outcome and minute, whose `count` goes up. Anyone
 * with a token could otherwise grow the audit log by a row a request.
 */
export function auditAggregationMigration(schema: string): Migration {
  return {
    id: '0004_audit_aggregation',
    statements: [
      `alter table ${schema}.audit_log add column count integer not null default 1 check (count >= 1)`,
      `alter table ${schema}.audit_log add column minute timestamptz`,
      `create unique index audit_log_refusal_minute_idx on ${schema}.audit_log (subject, department, minute, outcome)
        where minute is not null`,
    ],
  };
}

/** How many row errors of a refused batch the audit log keeps (the caller got them all). */
export const AUDIT_ROW_ERRORS = 20;

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

/** A refusal: GraphQL error codes that clients can rely on. */
function refusal(
  code: string,
  message: string,
  rowErrors: RowError[] = [],
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...extensions, ...(rowErrors.length > 0 ? { rowErrors } : {}) },
  });
}

/**
 * Writes a batch of observations in one transaction, or nothing: the batch is validated whole
 * first; each row becomes the next revision of its value (corrections never overwrite);
 * `replacesRevision` guards a correction against a concurrent one; an idempotency key makes a
 * retry return the first answer. Every outcome, accepted or refused, goes to the audit log.
 */
export async function publishBatch(
  database: Database,
  tables: ObservationTables & PublishingTables,
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

async function writeOnce(
  db: Db,
  tables: ObservationTables & PublishingTables,
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
  tables: ObservationTables & PublishingTables,
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

/** The first answer to a batch sent again under the same key; a different batch is refused. */
async function findReplay(
  db: Db,
  tables: ObservationTables & PublishingTables,
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

function keyOf(row: ObservationRow): string {
  return `${row.indicatorId}|${row.countyCode}|${row.year}|${row.revision}`;
}

function hashRows(rows: readonly PublishRow[]): string {
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

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === '23505') return true;
  }
  return false;
}

/**
 * What the audit log keeps of a refused batch: how many rows and row errors, the first few row
 * errors and a hash of the rows (the same batch sent again hashes alike), never the rows: a
 * refused 10,000-row batch would otherwise store a megabyte.
 */
function refusalSummary(code: string, error: GraphQLError, rows: readonly PublishRow[]) {
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
