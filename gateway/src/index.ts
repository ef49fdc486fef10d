export { DEFAULT_SUPERGRAPH_PATH, loadGatewayConfig, subgraphEnvName, type GatewayConfig } from './config.js';
export type { GatewayContext } from './context.js';
export { createGateway, type CreateGatewayOptions, type Gateway, type SubgraphEndpoint } from './gateway.js';
export { createDashboardRoute, DASHBOARD_PATH, DEFAULT_DASHBOARD_DIR } from './dashboard.js';
export { createIde, DEFAULT_IDE_QUERY, type Ide, type IdeAsset } from './ide.js';
export {
  loadPersistedOperations,
  persistedOperationsFromEnv,
  persistedOperationsOnly,
  PERSISTED_OPERATIONS_VARIABLE,
  type PersistedOperations,
} from './persisted-operations.js';
export { SubgraphDataSource } from './subgraph-data-source.js';
export { resolveSubgraphUrls, supergraphSubgraphs, type SupergraphSubgraph } from './supergraph.js';
