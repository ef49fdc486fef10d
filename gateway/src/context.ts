import type { Logger, Principal } from '@fupin/kit';
import type { RequestDeadline } from './request-timeout.js';

/** What the gateway keeps of one incoming request. */
export interface GatewayContext {
  /** The caller's `x-request-id`, or one the gateway made up; sent on to every subgraph. */
  requestId: string;
  /**
   * The caller's `authorization` header, passed on untouched: every subgraph checks it again, and
   * a publishing mutation decides from it whether the caller may publish.
   */
  authorization?: string;
  /** Who is asking, from the verified token; null without one. A bad token is refused before planning. */
  principal: Principal | null;
  log: Logger;
  /**
   * The request's wall-clock limit (`REQUEST_TIMEOUT_MS`): subgraph calls stop when it passes.
   * The gateway always sets it; a context made elsewhere (a test of a data source) may leave it out.
   */
  deadline?: RequestDeadline;
}
