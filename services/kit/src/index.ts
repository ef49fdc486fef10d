import 'reflect-metadata';

export * from './auth/index.js';
export type { RequestContext } from './context.js';
export {
  openDatabase,
  parseDatabaseUrl,
  StatementCounter,
  type Database,
  type DatabaseLocation,
  type Db,
  type Tx,
} from './db/database.js';
export { runMigrations, type Migration } from './db/migrate.js';
export {
  buildFederatedSchema,
  type ReferenceResolvers,
  type SubgraphSchema,
  type SubgraphSchemaOptions,
} from './federation/build-subgraph-schema.js';
export { FEDERATION_IMPORTS, FEDERATION_VERSION, schemaHeader, type SchemaLink } from './federation/link.js';
export { createHttpApp, type CorsOptions, type HttpApp, type HttpAppOptions, type Route } from './http/http-app.js';
export { listen, type Listening } from './http/listen.js';
export { groupLoader, referenceResolver, rowLoader } from './loaders.js';
export { createLogger, type Logger } from './logger.js';
export { runSubgraph } from './server/run-subgraph.js';
export { onShutdownSignal } from './server/shutdown.js';
export {
  createSubgraphApollo,
  startSubgraph,
  type RunningSubgraph,
  type StartSubgraphOptions,
} from './server/subgraph-server.js';
export { defineSubgraph, type SubgraphDefinition } from './subgraph.js';
export * from './indicators/index.js';
