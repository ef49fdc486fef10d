import type { Logger } from '@fupin/kit';
import type { GatewayConfig } from './config.js';
import type { CreateGatewayOptions } from './gateway.js';
import { resolveSubgraphTimeouts, resolveSubgraphUrls } from './supergraph.js';

/**
 * `createGateway`'s options from a configuration read by `loadGatewayConfig`, over a supergraph:
 * what main.ts runs with, and what tests build their gateways from, so that the two cannot drift.
 */
export function gatewayOptionsFromConfig(
  config: GatewayConfig,
  supergraphSdl: string,
  log: Logger,
): CreateGatewayOptions {
  return {
    supergraphSdl,
    subgraphUrls: resolveSubgraphUrls(supergraphSdl, config.subgraphUrlOverrides),
    log,
    cors: config.cors,
    auth: config.auth,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    subgraphTimeoutsMs: resolveSubgraphTimeouts(supergraphSdl, config.subgraphTimeoutOverrides),
    subgraphKeepAliveMs: config.subgraphKeepAliveMs,
    requestTimeoutMs: config.requestTimeoutMs,
    limits: config.limits,
    introspection: config.introspection,
    ide: config.ide,
    exposeErrorDetails: config.exposeErrorDetails,
  };
}
