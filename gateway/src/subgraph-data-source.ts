import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context.js';

/**
 * Calls a subgraph over HTTP and passes on who is asking (`authorization`) and which request this
 * is (`x-request-id`), so that a subgraph's log lines join the gateway's by request id.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** The subgraph's name, so that an error can say which one did not answer. */
  readonly subgraphName: string | undefined;

  constructor(config: { url: string; subgraphName?: string }) {
    super({ url: config.url });
    this.subgraphName = config.subgraphName;
  }

  /**
   * A subgraph that does not answer at all (down, unreachable) fails the part of the query it
   * owns; the gateway would report only `ECONNREFUSED`. Say which subgraph, with a stable code,
   * so that a client can show what is missing. Answers with an HTTP error pass through as they are.
   */
  override didEncounterError(error: Error, _fetchRequest: unknown, fetchResponse?: unknown): void {
    if (fetchResponse !== undefined || !this.subgraphName) throw error;
    throw new GraphQLError(`subgraph ${this.subgraphName} did not answer (${error.message}); its fields are null`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.subgraphName },
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
}
