import { GraphQLError } from 'graphql';
import { requirePublisher, type Principal } from '../auth/index.js';
import type { RequestContext } from '../context.js';
import { loadAuditLog, recordRefusedAttempt } from './publish.audit.js';
import type { PublishingTables } from './publish.tables.js';

/** What the checks read of a request. */
type Caller = Pick<RequestContext, 'principal' | 'db' | 'requestId'>;

/**
 * The publisher of this request, or a refusal that the audit log counts: one entry per caller
 * and minute (a request without a token names no one, and is in the request log only).
 */
export async function authorisePublisher(
  ctx: Caller,
  tables: PublishingTables,
  departments: readonly string[],
  rows: number,
  idempotencyKey?: string | null,
): Promise<Principal> {
  try {
    return requirePublisher(ctx.principal, departments);
  } catch (error) {
    if (ctx.principal) {
      const extensions = error instanceof GraphQLError ? error.extensions : {};
      await recordRefusedAttempt(ctx.db, tables, {
        subject: ctx.principal.subject,
        department: ctx.principal.department,
        requestId: ctx.requestId,
        idempotencyKey: idempotencyKey ?? null,
        rows,
        outcome: 'FORBIDDEN',
        detail: { code: extensions.code, reason: extensions.reason, message: (error as Error).message },
      });
    }
    throw error;
  }
}

/** Reading the audit log needs a token of one of the departments that publish here (any role). */
export function requireDepartment(principal: Principal | null, departments: readonly string[]): Principal {
  if (!principal) {
    throw new GraphQLError('reading the audit log needs a token', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  if (!departments.includes(principal.department)) {
    throw new GraphQLError(`the audit log is readable by ${departments.join(', ')} only`, {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  return principal;
}

/**
 * The caller's department's audit log, newest first, as `AuditEntry` shows it: `limit` kept
 * within 1–500, `detail` as JSON text.
 */
export async function readAuditLog(
  ctx: Caller,
  tables: PublishingTables,
  departments: readonly string[],
  limit: number,
) {
  const principal = requireDepartment(ctx.principal, departments);
  const rows = await loadAuditLog(ctx.db, tables, [principal.department], Math.min(Math.max(limit, 1), 500));
  return rows.map((row) => ({
    ...row,
    id: String(row.id),
    detail: row.detail == null ? null : JSON.stringify(row.detail),
  }));
}
