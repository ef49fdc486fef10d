import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './context.js';

/**
 * Calls a subgraph over HTTP and passes on who is asking (`authorization`) and which request this
 * is (`x-request-id`), so that a subgraph's log lines join the gateway's by request id.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Only an incoming operation has a caller to speak for (the enum of kinds is not exported).
    if (!('incomingRequestContext' in options)) return;
    const headers = options.request.http?.headers;
    if (!headers) return;
    headers.set('x-request-id', options.context.requestId);
    if (options.context.authorization) headers.set('authorization', options.context.authorization);
  }
}
