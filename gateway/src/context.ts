import type { Logger } from '@fupin/kit';

/** What the gateway keeps of one incoming request. */
export interface GatewayContext {
  /** The caller's `x-request-id`, or one the gateway made up; sent on to every subgraph. */
  requestId: string;
  /** The caller's `authorization` header, passed through untouched: the subgraphs decide. */
  authorization?: string;
  log: Logger;
}
