import type { Migration } from '../db/migrate.js';

/** Migration 0003: the batches kept for idempotency, the audit log, and each observation's batch. */
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
