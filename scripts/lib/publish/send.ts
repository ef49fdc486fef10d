// Sending a department's figures to the gateway, batch after batch, each under its own
// idempotency key.
import { createHash } from 'node:crypto';
import type { PublishRow, RowError } from '@fupin/kit';
import { publishOperation } from './operations.js';

export const DEFAULT_GATEWAY = 'http://127.0.0.1:4000/graphql';
export const DEFAULT_BATCH_SIZE = 1000;

/** One batch: rows[start … start + rows.length) of the figures published. */
export interface Batch {
  /** 0-based. */
  index: number;
  start: number;
  rows: PublishRow[];
  idempotencyKey: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Rows as canonical JSON: the same figures give the same text, however the file spelled them. */
function canonical(rows: readonly PublishRow[]): string {
  return JSON.stringify(
    rows.map((r) => [r.indicator, r.county, r.year, r.value, r.note ?? null, r.replacesRevision ?? null]),
  );
}

/**
 * The file's content hash: of every row read, in order (a CSV and an .xlsx with the same
 * figures hash alike; a re-saved workbook too).
 */
export function contentHash(rows: readonly PublishRow[]): string {
  return sha256(canonical(rows));
}

/**
 * A batch's idempotency key: from the department, the file's content hash, the batch's index
 * and its rows. Sending the same file again (same department, same batch size) sends the same
 * keys, and the subgraph answers a key it has seen with its first answer instead of writing again.
 */
export function idempotencyKey(
  department: string,
  fileHash: string,
  batchIndex: number,
  rows: readonly PublishRow[],
): string {
  const digest = sha256(JSON.stringify(['fupin-publish/1', department, fileHash, batchIndex, sha256(canonical(rows))]));
  return `publish:${department}:${fileHash.slice(0, 12)}:${batchIndex + 1}:${digest.slice(0, 32)}`;
}

export function planBatches(
  rows: readonly PublishRow[],
  options: { department: string; fileHash: string; batchSize: number },
): Batch[] {
  const batches: Batch[] = [];
  for (let start = 0; start < rows.length; start += options.batchSize) {
    const index = batches.length;
    const slice = rows.slice(start, start + options.batchSize);
    batches.push({
      index,
      start,
      rows: slice,
      idempotencyKey: idempotencyKey(options.department, options.fileHash, index, slice),
    });
  }
  return batches;
}

export type BatchOutcome =
  | { kind: 'written'; batchId: string; rowsWritten: number; replayed: boolean }
  /**
   * The server said no: nothing of this batch was written, and sending it again as it is cannot
   * help. A subgraph's refusal (BATCH_REJECTED, CONFLICT, FORBIDDEN…, HTTP 200) or the gateway's
   * (any HTTP 4xx: PERSISTED_OPERATION_NOT_FOUND, UNAUTHENTICATED, a body too large…).
   */
  | { kind: 'refused'; code: string; message: string; rowErrors: RowError[]; httpStatus: number }
  /**
   * No usable answer (connection failure, timeout, HTTP 5xx, 408, 429, an unknown error): the
   * batch may or may not be written, and trying again later may help.
   */
  | { kind: 'failed'; message: string };

/** Refusals the server means, whatever the HTTP status: sending the batch again cannot help. */
export const REFUSAL_CODES: ReadonlySet<string> = new Set([
  'BATCH_REJECTED',
  'CONFLICT',
  'IDEMPOTENCY_KEY_REUSED',
  'BATCH_TOO_LARGE',
  'BATCH_EMPTY',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'IDEMPOTENCY_KEY_TOO_LONG',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  // The gateway's own refusals: persisted-operations-only mode, request limits.
  'PERSISTED_OPERATION_NOT_FOUND',
  'OPERATION_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_COSTLY',
]);

/** 4xx statuses that mean "not now" rather than "no": retried like a failure. */
const RETRYABLE_CLIENT_STATUSES: ReadonlySet<number> = new Set([408, 429]);

export interface SendOptions {
  gateway: string;
  token: string;
  mutation: string;
  fetch?: typeof fetch;
  /** Per attempt. */
  timeoutMs?: number;
  /** Waits before the 2nd, 3rd… attempts after a failure (a retry is safe: same key). */
  retryDelaysMs?: readonly number[];
  onRetry?: (message: string, delayMs: number) => void;
}

interface GraphQLAnswer {
  data?: Record<string, { batchId: string; rowsWritten: number; replayed: boolean } | null> | null;
  errors?: { message: string; extensions?: { code?: string; rowErrors?: RowError[] } }[];
}

/** Sends one batch; retries what failed without an answer, never what was refused. */
export async function sendBatch(batch: Batch, options: SendOptions): Promise<BatchOutcome> {
  const delays = options.retryDelaysMs ?? [1000, 4000];
  let outcome = await attempt(batch, options);
  for (const delay of delays) {
    if (outcome.kind !== 'failed') break;
    options.onRetry?.(outcome.message, delay);
    await new Promise((resolve) => setTimeout(resolve, delay));
    outcome = await attempt(batch, options);
  }
  return outcome;
}

/**
 * The request's body: the mutation in Apollo's persisted-query format, its text and its sha256
 * (`extensions.persistedQuery`), so that a gateway in persisted-operations-only mode that lists
 * scripts/lib/publish/persisted-operations.json runs it, and any other gateway too.
 */
export function requestBody(batch: Batch, mutation: string): string {
  const operation = publishOperation(mutation);
  const rows = batch.rows.map((r) => ({
    indicator: r.indicator,
    county: r.county,
    year: r.year,
    value: r.value,
    note: r.note ?? null,
    replacesRevision: r.replacesRevision ?? null,
  }));
  return JSON.stringify({
    query: operation.text,
    variables: { input: { rows, idempotencyKey: batch.idempotencyKey } },
    extensions: { persistedQuery: { version: 1, sha256Hash: operation.hash } },
  });
}

async function attempt(batch: Batch, options: SendOptions): Promise<BatchOutcome> {
  let response: Response;
  let text: string;
  try {
    response = await (options.fetch ?? fetch)(options.gateway, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${options.token}`,
      },
      body: requestBody(batch, options.mutation),
      signal: AbortSignal.timeout(options.timeoutMs ?? 300_000),
    });
    text = await response.text();
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    return { kind: 'failed', message: `no answer from ${options.gateway} (${reason})` };
  }
  return classify(response.status, text, options);
}

/**
 * What an answer means. HTTP 5xx, 408 and 429: failed (may be retried). Any other 4xx: refused,
 * with the GraphQL error's code, or `HTTP_<status>` without one. Otherwise the GraphQL answer
 * decides: the mutation's result is written; a REFUSAL_CODES error is refused; any other error
 * (a subgraph that did not answer, an internal error) failed.
 */
export function classify(
  status: number,
  text: string,
  options: Pick<SendOptions, 'gateway' | 'mutation'>,
): BatchOutcome {
  let answer: GraphQLAnswer | undefined;
  try {
    answer = JSON.parse(text) as GraphQLAnswer;
  } catch {
    answer = undefined;
  }
  const error = typeof answer === 'object' && answer !== null ? answer.errors?.[0] : undefined;
  const code = typeof error?.extensions?.code === 'string' ? error.extensions.code : undefined;
  const message = typeof error?.message === 'string' ? error.message : undefined;
  const without = `${options.gateway} answered HTTP ${status} without a GraphQL answer${text ? `: ${text.slice(0, 200)}` : ''}`;

  if (status >= 500 || RETRYABLE_CLIENT_STATUSES.has(status)) {
    return { kind: 'failed', message: error ? `HTTP ${status}: ${code ?? 'UNKNOWN'}: ${message}` : without };
  }
  if (status >= 400) {
    return {
      kind: 'refused',
      code: code ?? `HTTP_${status}`,
      message: message ?? without,
      rowErrors: error?.extensions?.rowErrors ?? [],
      httpStatus: status,
    };
  }
  const result = answer?.data?.[options.mutation];
  if (result && !answer?.errors?.length) {
    return { kind: 'written', batchId: result.batchId, rowsWritten: result.rowsWritten, replayed: result.replayed };
  }
  if (error) {
    if (code !== undefined && REFUSAL_CODES.has(code)) {
      return {
        kind: 'refused',
        code,
        message: message ?? code,
        rowErrors: error.extensions?.rowErrors ?? [],
        httpStatus: status,
      };
    }
    return { kind: 'failed', message: `${code ?? 'UNKNOWN'}: ${message}` };
  }
  return { kind: 'failed', message: without };
}
