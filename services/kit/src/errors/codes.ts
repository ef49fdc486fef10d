/**
 * The codes a client sees in `extensions.code` that this kit itself produces. A refusal with any
 * code other than INTERNAL_SERVER_ERROR is a message meant for the client and is passed on; an
 * error without a code, or with INTERNAL_SERVER_ERROR, is masked (see `createErrorFormatter`).
 */
export const ErrorCode = {
  /** Something unexpected; the client sees only an error id, the log has the rest. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The database did not answer (down, unreachable, a statement or connection timed out). */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** The request body is larger than the service accepts (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The request is not something the HTTP layer can hand to GraphQL (bad JSON: HTTP 400). */
  BAD_REQUEST: 'BAD_REQUEST',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** What a masked error says: the id is the one to quote, and the one the log line carries. */
export function maskedMessage(
  code: typeof ErrorCode.INTERNAL_SERVER_ERROR | typeof ErrorCode.DATABASE_UNAVAILABLE,
  errorId: string,
): string {
  return code === ErrorCode.DATABASE_UNAVAILABLE
    ? `Database unavailable; try again later (error id ${errorId})`
    : `Internal server error (error id ${errorId})`;
}
