import { AsyncLocalStorage } from 'node:async_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Agent, fetch, type Headers } from 'undici';
import type { GatewayContext } from './context.js';
import { RequestTimeoutError } from './request-timeout.js';

/**
 * How long the gateway keeps an idle connection to a subgraph for the next request (ms).
 *
 * It must be shorter than the subgraph server's own idle timeout, or the next request after a
 * pause races the server closing the socket (`ECONNRESET`, `socket hang up`). The kit's servers
 * keep idle connections 65 s (`DEFAULT_SERVER_KEEP_ALIVE_MS`), node's default server 5 s, and a
 * proxy in between anything; 4 s is below all of them, so it holds whichever side is configured,
 * and costs only a fresh localhost connection after a pause of more than 4 s. A server that
 * announces a shorter window (`Keep-Alive: timeout=<s>`) is believed: undici then keeps the
 * connection 2 s less than announced, or not at all.
 */
export const DEFAULT_SUBGRAPH_KEEP_ALIVE_MS = 4_000;

/** How long one subgraph call may take, connection, answer and body included (ms). */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;

/** The connection pool the gateway's subgraph calls share: keep-alive, idle connections dropped in time. */
export function createSubgraphAgent(keepAliveMs: number = DEFAULT_SUBGRAPH_KEEP_ALIVE_MS): Agent {
  return new Agent({
    // Without an announced timeout, keep an idle connection this long; with one, never longer.
    keepAliveTimeout: keepAliveMs,
    keepAliveMaxTimeout: keepAliveMs,
  });
}

/** A subgraph call that got no complete answer within its subgraph's timeout. */
export class SubgraphTimeoutError extends Error {
  constructor(
    readonly subgraph: string,
    readonly timeoutMs: number,
  ) {
    super(`subgraph ${subgraph} did not answer within ${timeoutMs} ms`);
    this.name = 'SubgraphTimeoutError';
  }
}

export interface SubgraphDataSourceConfig {
  url: string;
  /** The subgraph's name, so that an error can say which one did not answer. */
  subgraphName?: string;
  /** Per call, connection to last byte (default `DEFAULT_SUBGRAPH_TIMEOUT_MS`, 10 s). */
  timeoutMs?: number;
  /**
   * The connection pool; the gateway shares one between all its subgraphs (and closes it on
   * stop). Default: one of this source's own, with `DEFAULT_SUBGRAPH_KEEP_ALIVE_MS`.
   */
  agent?: Agent;
}

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** What `process` knows of the call in flight and the fetcher needs: kept across its awaits. */
interface Call {
  /** Aborted when the whole incoming request runs out of time (`REQUEST_TIMEOUT_MS`). */
  deadline?: AbortSignal;
  /** The subgraph operation is a query: safe to send again. A mutation never is. */
  retryable: boolean;
}

const currentCall = new AsyncLocalStorage<Call>();

/**
 * Calls a subgraph over HTTP and passes on who is asking (`authorization`) and which request this
 * is (`x-request-id`), so that a subgraph's log lines join the gateway's by request id.
 *
 * Over a pooled keep-alive connection (undici) that is given up before the subgraph closes it;
 * a query whose connection was closed or reset before any answer came is sent once more, on a
 * fresh connection (a mutation never is: it may have been carried out). Each call has a timeout
 * (`SUBGRAPH_TIMEOUT`), and stops when the incoming request runs out of time (`REQUEST_TIMEOUT`).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** The subgraph's name, so that an error can say which one did not answer. */
  readonly subgraphName: string | undefined;
  readonly timeoutMs: number;
  readonly agent: Agent;

  constructor(config: SubgraphDataSourceConfig) {
    super({ url: config.url });
    this.subgraphName = config.subgraphName;
    this.timeoutMs = config.timeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
    this.agent = config.agent ?? createSubgraphAgent();
    this.fetcher = (url, init) => this.send(url, init ?? {}, currentCall.getStore());
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const call: Call = {
      deadline: 'incomingRequestContext' in options ? options.context.deadline?.signal : undefined,
      retryable: isQuery(options.request.query),
    };
    return currentCall.run(call, () => super.process(options));
  }

  /**
   * A subgraph that does not answer at all (down, unreachable, too slow) fails the part of the
   * query it owns; the gateway would report only `ECONNREFUSED`. Say which subgraph, with a stable
   * code, so that a client can show what is missing. Answers with an HTTP error pass through.
   */
  override didEncounterError(error: Error, _fetchRequest: unknown, fetchResponse?: unknown): void {
    if (error instanceof RequestTimeoutError) {
      throw new GraphQLError(error.message, {
        extensions: { code: 'REQUEST_TIMEOUT', timeoutMs: error.timeoutMs },
        originalError: error,
      });
    }
    if (fetchResponse !== undefined || !this.subgraphName) throw error;
    if (error instanceof SubgraphTimeoutError) {
      throw new GraphQLError(`${error.message}; its fields are null`, {
        extensions: { code: 'SUBGRAPH_TIMEOUT', subgraph: error.subgraph, timeoutMs: error.timeoutMs },
        originalError: error,
      });
    }
    throw new GraphQLError(`subgraph ${this.subgraphName} did not answer (${error.message}); its fields are null`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.subgraphName },
      originalError: error,
    });
  }

  /**
   * A subgraph that refused with an HTTP error and a GraphQL body (503 `SERVICE_UNAVAILABLE` when
   * its token keys cannot be fetched, say) is passed on with its own message and code, and the
   * subgraph's name. Apollo's own error (`503: Service Unavailable`) has no code, so the error
   * formatter would mask it as an internal error. 401 and 403 keep Apollo's codes.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    if (error.extensions.code !== undefined) return error;
    const body = (error.extensions.response as { body?: unknown } | undefined)?.body;
    const first = (body as { errors?: unknown } | undefined)?.errors;
    const refusal = Array.isArray(first)
      ? (first[0] as { message?: unknown; extensions?: Record<string, unknown> })
      : undefined;
    const code = refusal?.extensions?.code;
    // INTERNAL_SERVER_ERROR too: one the subgraph masked already keeps its error id (the error
    // formatter knows it); any other is masked by the formatter.
    if (typeof code !== 'string') return error;
    return new GraphQLError(typeof refusal?.message === 'string' ? refusal.message : error.message, {
      extensions: { ...refusal?.extensions, code, ...(this.subgraphName ? { subgraph: this.subgraphName } : {}) },
      originalError: error,
    });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Only an incoming operation has a caller to speak for (the enum of kinds is not exported).
    if (!('incomingRequestContext' in options)) return;
    const headers = options.request.http?.headers;
    if (!headers) return;
    headers.set('x-request-id', options.context.requestId);
    if (options.context.authorization) headers.set('authorization', options.context.authorization);
  }

  /** One call: within the timeout, the body read whole, sent again once if its connection was lost. */
  private async send(url: string, init: FetcherInit, call: Call | undefined): Promise<FetcherResponse> {
    const deadline = call?.deadline;
    if (deadline?.aborted) throw deadline.reason;
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new SubgraphTimeoutError(this.subgraphName ?? url, this.timeoutMs)),
      this.timeoutMs,
    );
    const onDeadline = () => controller.abort(deadline?.reason);
    deadline?.addEventListener('abort', onDeadline, { once: true });
    try {
      for (let attempt = 1; ; attempt += 1) {
        let response: Awaited<ReturnType<typeof fetch>>;
        try {
          response = await fetch(url, {
            method: init.method,
            headers: init.headers,
            body: init.body,
            dispatcher: this.agent,
            signal: controller.signal,
          });
        } catch (error) {
          if (controller.signal.aborted) throw controller.signal.reason;
          // Closed or reset before any answer: the subgraph did not see it, or a query does no
          // harm twice. The pool has dropped that connection; the next attempt opens a new one.
          if (attempt === 1 && call?.retryable && connectionLost(error)) continue;
          throw new Error(`request to ${url} failed, reason: ${reason(error)}`, { cause: error });
        }
        try {
          // Read here, under the same timer: a subgraph that sends its headers and stalls is
          // still a subgraph that did not answer.
          const body = Buffer.from(await response.arrayBuffer());
          return new BufferedResponse(response, body);
        } catch (error) {
          if (controller.signal.aborted) throw controller.signal.reason;
          throw new Error(`request to ${url} failed while reading the answer, reason: ${reason(error)}`, {
            cause: error,
          });
        }
      }
    } finally {
      clearTimeout(timer);
      deadline?.removeEventListener('abort', onDeadline);
    }
  }
}

/** A subgraph operation the planner wrote as a query (`query …` or `{ … }`), not a mutation. */
function isQuery(operation: string | undefined): boolean {
  return operation !== undefined && /^\s*(?:query\b|\{)/.test(operation);
}

const CONNECTION_LOST_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
const CONNECTION_LOST_MESSAGES = ['socket hang up', 'other side closed', 'ECONNRESET'];

/** The connection was closed or reset under the request (the keep-alive race), anywhere in the cause chain. */
function connectionLost(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_LOST_CODES.has(code)) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && CONNECTION_LOST_MESSAGES.some((m) => message.includes(m))) return true;
  }
  return false;
}

/** undici's `fetch failed` says nothing; its cause says what happened (`connect ECONNREFUSED …`). */
function reason(error: unknown): string {
  let deepest = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const cause = (deepest as { cause?: unknown } | undefined)?.cause;
    if (!cause) break;
    deepest = cause;
  }
  return (deepest as Error | undefined)?.message ?? String(deepest);
}

/** A subgraph's answer, read whole within the call's timeout, as `RemoteGraphQLDataSource` reads responses. */
class BufferedResponse implements FetcherResponse {
  readonly url: string;
  readonly redirected: boolean;
  readonly status: number;
  readonly ok: boolean;
  readonly statusText: string;
  readonly headers: Headers;
  bodyUsed = false;

  constructor(
    response: Pick<BufferedResponse, 'url' | 'redirected' | 'status' | 'ok' | 'statusText' | 'headers'>,
    private readonly body: Buffer,
  ) {
    this.url = response.url;
    this.redirected = response.redirected;
    this.status = response.status;
    this.ok = response.ok;
    this.statusText = response.statusText;
    this.headers = response.headers;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength) as ArrayBuffer;
  }

  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body.toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  clone(): BufferedResponse {
    return new BufferedResponse(this, this.body);
  }
}
