export {
  DEFAULT_SUPERGRAPH_PATH,
  ideEnabled,
  loadGatewayConfig,
  loadGatewaySettings,
  subgraphEnvName,
  type GatewayConfig,
  type GatewaySettings,
} from './config.js';
export type { GatewayContext } from './context.js';
export { createGateway, type CreateGatewayOptions, type Gateway, type SubgraphEndpoint } from './gateway.js';
export { gatewayOptionsFromConfig } from './options.js';
export { createDashboardRoute, DASHBOARD_PATH, DEFAULT_DASHBOARD_DIR } from './dashboard.js';
export {
  costEstimator,
  DEFAULT_DEMAND_LIMITS,
  DEFAULT_LIST_SIZES,
  DEMAND_LIMIT_VARIABLES,
  demandControl,
  listSize,
  measureOperation,
  type DemandFigures,
  type DemandLimits,
  type ListSizes,
} from './demand-control.js';
export { createIde, DEFAULT_IDE_QUERY, type Ide, type IdeAsset } from './ide.js';
export {
  loadPersistedOperations,
  persistedOperationsFromEnv,
  persistedOperationsOnly,
  PERSISTED_OPERATIONS_VARIABLE,
  type PersistedOperations,
} from './persisted-operations.js';
export {
  DEFAULT_REQUEST_TIMEOUT_MS,
  REQUEST_TIMEOUT_STATUS,
  RequestTimeoutError,
  requestTimeout,
  startDeadline,
  type RequestDeadline,
} from './request-timeout.js';
export {
  createSubgraphAgent,
  DEFAULT_SUBGRAPH_KEEP_ALIVE_MS,
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  SubgraphDataSource,
  SubgraphTimeoutError,
  type SubgraphDataSourceConfig,
} from './subgraph-data-source.js';
export {
  resolveSubgraphTimeouts,
  resolveSubgraphUrls,
  supergraphSubgraphs,
  type SupergraphSubgraph,
} from './supergraph.js';
