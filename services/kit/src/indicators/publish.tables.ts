import { integer, jsonb, pgSchema, serial, text, timestamp } from 'drizzle-orm/pg-core';
import type { ObservationTables } from './store.js';

/** A department's publishing tables: the batches kept for idempotency, and the audit log. */
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

/** What a publish writes to: the observation store and the publishing tables. */
export type PublishTables = ObservationTables & PublishingTables;
