/**
 * Whether an error means the database did not answer, as opposed to a statement it refused (a
 * constraint, a type, a bug). Both are masked from the client; this one gets its own code,
 * `DATABASE_UNAVAILABLE`, because trying again later may help. Drizzle wraps the driver's error
 * (`Failed query: …`, with the SQL and its parameters) and keeps it as `cause`, and GraphQL
 * keeps a resolver's error as `originalError`: the whole chain is read.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 10; e = next(e), depth += 1) {
    if (e instanceof DatabaseTimeoutError) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.test(code) || NETWORK_CODES.has(code))) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => message.startsWith(m))) return true;
  }
  return false;
}

/** What an error wraps: GraphQL's `originalError`, or the standard `cause`. */
function next(error: unknown): unknown {
  const { originalError, cause } = error as { originalError?: unknown; cause?: unknown };
  return originalError ?? cause;
}

/** The kit's own: a statement or a ping that got no answer within its limit. */
export class DatabaseTimeoutError extends Error {
  constructor(
    readonly what: string,
    readonly timeoutMs: number,
  ) {
    super(`${what}: the database did not answer within ${timeoutMs} ms`);
    this.name = 'DatabaseTimeoutError';
  }
}

// SQLSTATE class 08 (connection exception), 57014 (query_canceled: statement_timeout),
// 57P01–57P03 (the server shutting down or starting), 53300 (too_many_connections).
const UNAVAILABLE_SQLSTATES = /^(08[0-9A-Z]{3}|57014|57P0[123]|53300)$/;
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// What node-postgres, pg-pool and PGlite say when there is no connection to ask.
const UNAVAILABLE_MESSAGES = [
  'Query read timeout',
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Cannot use a pool after calling end on the pool',
  'Client has encountered a connection error and is not queryable',
  'PGlite is closed',
];
