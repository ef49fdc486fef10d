import type { Logger, Principal } from '@fupin/kit';

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
}
