import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { capturingLog } from './fixtures/capturing-log.js';
import {
  createErrorFormatter,
  DatabaseTimeoutError,
  exposeErrorDetails,
  isDatabaseUnavailable,
} from '../errors/index.js';

// The one error formatter of the subgraphs and the gateway: refusals meant for the client pass,
// anything else is logged under an error id and reaches the client as that id only.

/** A driver error as drizzle wraps it: the SQL and its parameters in the message. */
function drizzleError(cause: Error): Error {
  return Object.assign(
    new Error('Failed query: insert into roads.publish_batch (idempotency_key) values ($1)\nparams: k'),
    {
      query: 'insert into roads.publish_batch (idempotency_key) values ($1)',
      params: ['k'],
      cause,
    },
  );
}

const formattedOf = (error: GraphQLError, stacktrace = true): GraphQLFormattedError => ({
  ...error.toJSON(),
  extensions: { ...error.extensions, ...(stacktrace ? { stacktrace: ['Error: …', '    at somewhere.ts:1:1'] } : {}) },
});

describe('createErrorFormatter', () => {
  it('passes a refusal with its code and message, but without a stack trace', () => {
    const { log, lines } = capturingLog();
    const format = createErrorFormatter(log);
    for (const code of [
      'BAD_USER_INPUT',
      'GRAPHQL_VALIDATION_FAILED',
      'FORBIDDEN',
      'BATCH_REJECTED',
      'SUBGRAPH_TIMEOUT',
    ]) {
      const error = new GraphQLError(`refused: ${code}`, { extensions: { code, rowErrors: [{ index: 1 }] } });
      expect(format(formattedOf(error), error)).toEqual({
        message: `refused: ${code}`,
        extensions: { code, rowErrors: [{ index: 1 }] },
      });
    }
    expect(lines).toEqual([]);
  });

  it('masks an error without a code, logging its detail under the id the client gets', () => {
    const { log, lines } = capturingLog();
    const original = drizzleError(
      Object.assign(new Error('index row size 3016 exceeds btree maximum'), { code: '54000' }),
    );
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ['publish'] });
    const formatted = createErrorFormatter(log)(
      { ...formattedOf(wrapped), extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      wrapped,
    );
    const errorId = formatted.extensions?.errorId as string;
    expect(formatted).toEqual({
      message: `Internal server error (error id ${errorId})`,
      path: ['publish'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/insert|params|btree|stack/i);
    const [line] = lines;
    expect(line).toMatchObject({ level: 50, errorId, code: 'INTERNAL_SERVER_ERROR', path: ['publish'] });
    expect(line!.err.message).toMatch(/^Failed query: insert into roads\.publish_batch/);
    expect(line!.err.params).toEqual(['k']);
  });

  it('gives an unavailable database its own code, masked the same way', () => {
    const { log } = capturingLog();
    const format = createErrorFormatter(log);
    for (const cause of [
      new Error('Query read timeout'),
      new Error('timeout exceeded when trying to connect'),
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('PGlite is closed'),
      new DatabaseTimeoutError('ping', 1000),
    ]) {
      expect(isDatabaseUnavailable(drizzleError(cause))).toBe(true);
      const wrapped = new GraphQLError('x', { originalError: drizzleError(cause) });
      const formatted = format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
      expect(formatted.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(formatted.message).toBe(
        `Database unavailable; try again later (error id ${formatted.extensions?.errorId})`,
      );
    }
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
  });

  it('lets an error masked once (by a subgraph) through the gateway with its id', () => {
    const { log, lines } = capturingLog();
    const errorId = '2f1c6a8e-8d3b-4d55-9a57-2f6f0d1c9b11';
    const seen: GraphQLFormattedError = {
      message: `Internal server error (error id ${errorId})`,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId, serviceName: 'roads' },
    };
    expect(createErrorFormatter(log)(seen, new GraphQLError(seen.message))).toEqual(seen);
    expect(lines).toEqual([]);
    // Anything else claiming an id is masked anew.
    const other = createErrorFormatter(log)(
      { message: 'select * from secrets', extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } },
      new Error('select * from secrets'),
    );
    expect(other.extensions?.errorId).not.toBe(errorId);
    expect(other.message).not.toMatch(/select/);
  });

  it('shows the detail and stack traces only when asked to (DEBUG_ERRORS)', () => {
    const { log } = capturingLog();
    const format = createErrorFormatter(log, { exposeDetails: true });
    const refusal = new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } });
    expect(format(formattedOf(refusal), refusal).extensions?.stacktrace).toBeDefined();
    const masked = format(
      { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      new Error('boom'),
    );
    expect(masked.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', detail: 'boom', stacktrace: ['at x'] });

    expect(exposeErrorDetails({})).toBe(false);
    expect(exposeErrorDetails({ NODE_ENV: 'development' })).toBe(false);
    expect(exposeErrorDetails({ DEBUG_ERRORS: '1' })).toBe(true);
    expect(exposeErrorDetails({ DEBUG_ERRORS: 'true' })).toBe(true);
    expect(exposeErrorDetails({ DEBUG_ERRORS: 'yes' })).toBe(false);
  });
});
