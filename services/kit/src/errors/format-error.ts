import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger.js';
import { NON_FINITE_NUMBER } from '../server/finite-numbers.js';
import { ErrorCode, maskedMessage } from './codes.js';
import { isDatabaseUnavailable } from './database-unavailable.js';

export interface ErrorFormatterOptions {
  /**
   * Show masked errors' messages and every stack trace to the client: for a developer's own
   * machine only (`DEBUG_ERRORS=1`). Default false.
   */
  exposeDetails?: boolean;
}

/** A masked error as the client receives it. */
export interface MaskedError {
  errorId: string;
  code: typeof ErrorCode.INTERNAL_SERVER_ERROR | typeof ErrorCode.DATABASE_UNAVAILABLE;
  message: string;
}

/**
 * `DEBUG_ERRORS` is `1` or `true`: masked errors keep their detail in the response. Off unless
 * someone deliberately turns it on, whatever NODE_ENV says.
 */
export function exposeErrorDetails(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env.DEBUG_ERRORS?.trim().toLowerCase();
  return value === '1' || value === 'true';
}

/**
 * Logs an unexpected error with everything known about it under a fresh id, and says what the
 * client may see of it: the id, and whether the database did not answer. Shared by GraphQL
 * (`createErrorFormatter`) and the HTTP layer's own 500s, so both read the same in the log.
 */
export function maskError(log: Logger, error: unknown, context: Record<string, unknown> = {}): MaskedError {
  const errorId = randomUUID();
  const code = isDatabaseUnavailable(error) ? ErrorCode.DATABASE_UNAVAILABLE : ErrorCode.INTERNAL_SERVER_ERROR;
  log.error({ err: error, errorId, code, ...context }, 'unexpected error (masked for the client)');
  return { errorId, code, message: maskedMessage(code, errorId) };
}

/**
 * Apollo Server's `formatError`, the same for every subgraph and the gateway. A refusal meant for
 * the client (an error with any `extensions.code` but INTERNAL_SERVER_ERROR: BAD_USER_INPUT,
 * GRAPHQL_VALIDATION_FAILED, UNAUTHENTICATED, FORBIDDEN, BATCH_REJECTED, CONFLICT, …) passes with
 * its message and extensions. Anything else — a bug, a driver error whose message is the SQL
 * statement and its parameters — is logged in full under a new error id, and the client gets
 * only `Internal server error (error id …)` (or `DATABASE_UNAVAILABLE` when the database did not
 * answer). No stack trace reaches the client unless `exposeDetails`.
 *
 * An error that a subgraph already masked passes through the gateway unchanged, so the id the
 * client quotes is the one in the subgraph's log.
 */
export function createErrorFormatter(
  log: Logger,
  options: ErrorFormatterOptions = {},
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  const exposeDetails = options.exposeDetails ?? false;
  return (formatted, error) => {
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    const code = extensions.code;
    const shown = (extra: Record<string, unknown>) => ({
      ...extra,
      ...(exposeDetails && stacktrace !== undefined ? { stacktrace } : {}),
    });
    // A number no double holds is bad input, whether it came as a variable or in the text.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && extensions.reason === NON_FINITE_NUMBER) {
      return { ...formatted, extensions: shown({ ...extensions, code: 'BAD_USER_INPUT' }) };
    }
    if ((typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) || alreadyMasked(formatted)) {
      return { ...formatted, extensions: shown(extensions) };
    }
    // What was thrown, for the log: GraphQL wraps a resolver's error with its path.
    const original =
      error instanceof GraphQLError && error.originalError ? error.originalError : unwrapResolverError(error);
    const masked = maskError(log, original, { path: formatted.path, graphqlMessage: formatted.message });
    return {
      message: masked.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: shown({
        code: masked.code,
        errorId: masked.errorId,
        ...(exposeDetails ? { detail: formatted.message } : {}),
      }),
    };
  };
}

/** Masked once already (by a subgraph, seen again at the gateway): its message is exactly ours. */
function alreadyMasked(formatted: GraphQLFormattedError): boolean {
  const { code, errorId } = formatted.extensions ?? {};
  return (
    typeof errorId === 'string' &&
    (code === ErrorCode.INTERNAL_SERVER_ERROR || code === ErrorCode.DATABASE_UNAVAILABLE) &&
    formatted.message === maskedMessage(code, errorId)
  );
}
