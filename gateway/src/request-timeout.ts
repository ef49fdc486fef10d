import { setMaxListeners } from 'node:events';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './context.js';

/** The most one request may take at the gateway, from its context to its answer (ms). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** The HTTP status of a request that ran out of time: the gateway's upstreams did not answer in time. */
export const REQUEST_TIMEOUT_STATUS = 504;

/** A request that ran past `REQUEST_TIMEOUT_MS`: the reason its deadline aborts with. */
export class RequestTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the request did not complete within ${timeoutMs} ms (REQUEST_TIMEOUT_MS), so the gateway stopped it`);
    this.name = 'RequestTimeoutError';
  }
}

/** One request's wall-clock limit: its signal aborts (with a `RequestTimeoutError`) when it passes. */
export interface RequestDeadline {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  /** The request is answered: the timer is not needed any more. */
  clear(): void;
}

/** Starts the clock of one request. */
export function startDeadline(timeoutMs: number): RequestDeadline {
  const controller = new AbortController();
  // Every subgraph call of the request listens to it, and removes its listener when done: a query
  // plan with more than ten calls in parallel is no leak, so Node's warning at 10 does not apply.
  setMaxListeners(0, controller.signal);
  const timer = setTimeout(() => controller.abort(new RequestTimeoutError(timeoutMs)), timeoutMs);
  // Never what keeps the process alive (a request refused before Apollo answers leaves it set).
  timer.unref();
  return { signal: controller.signal, timeoutMs, clear: () => clearTimeout(timer) };
}

/**
 * Answers a request that ran out of time with HTTP 504 and an error `REQUEST_TIMEOUT` (first, with
 * the limit in `extensions.timeoutMs`). When the deadline passes, every subgraph call still in
 * flight is stopped (`SubgraphDataSource` listens to it), so the plan finishes at once with what
 * it had: the fields already fetched are kept, the rest are null.
 */
export function requestTimeout(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const deadline = contextValue.deadline;
          if (!deadline) return;
          deadline.clear();
          if (!deadline.signal.aborted) return;
          response.http.status = REQUEST_TIMEOUT_STATUS;
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const timeout = {
            message: (deadline.signal.reason as Error).message,
            extensions: { code: 'REQUEST_TIMEOUT', timeoutMs: deadline.timeoutMs },
          };
          // Each subgraph call it stopped said the same; one is enough.
          const others = (result.errors ?? []).filter((error) => error.extensions?.code !== 'REQUEST_TIMEOUT');
          result.errors = [timeout, ...others];
        },
      };
    },
  };
}
