import 'reflect-metadata';

export * from './auth/index.js';
export type { RequestContext } from './context.js';
export {
  DEFAULT_DB_CONNECT_TIMEOUT_MS,
  DEFAULT_DB_PING_TIMEOUT_MS,
  DEFAULT_DB_STATEMENT_TIMEOUT_MS,
  openDatabase,
  parseDatabaseUrl,
  StatementCounter,
  type Database,
  type DatabaseLocation,
  type DatabaseTimeouts,
  type Db,
  type OpenDatabaseOptions,
  type Tx,
} from './db/database.js';
export { runMigrations, type Migration } from './db/migrate.js';
export {
  buildFederatedSchema,
  type ReferenceResolvers,
  type SubgraphSchema,
  type SubgraphSchemaOptions,
} from './federation/build-subgraph-schema.js';
export {
  FEDERATION_DIRECTIVE_SINCE,
  FEDERATION_IMPORTS,
  FEDERATION_VERSION,
  FEDERATION_VERSIONS,
  federationImports,
  federationLink,
  schemaHeader,
  type FederationVersion,
  type SchemaLink,
} from './federation/link.js';
export * from './errors/index.js';
export {
  createHttpApp,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_READY_TIMEOUT_MS,
  type CorsOptions,
  type HttpApp,
  type HttpAppOptions,
  type Route,
} from './http/http-app.js';
export { DEFAULT_SERVER_KEEP_ALIVE_MS, listen, type Listening, type ListenOptions } from './http/listen.js';
export {
  groupLoader,
  referenceResolver,
  rowLoader,
  withReference,
  type KeyLoader,
  type ReferenceResolver,
} from './loaders.js';
export { createLogger, type Logger } from './logger.js';
export {
  databaseTimeoutsFromEnv,
  introspectionEnabled,
  keepAliveTimeoutFromEnv,
  maxBodyBytesFromEnv,
  readyTimeoutFromEnv,
  sampleDataEnabled,
} from './server/config.js';
export { finiteNumberLiterals } from './server/finite-numbers.js';
export { runSubgraph } from './server/run-subgraph.js';
export { onShutdownSignal } from './server/shutdown.js';
export {
  createSubgraphApollo,
  startSubgraph,
  type RunningSubgraph,
  type StartSubgraphOptions,
  type SubgraphApolloOptions,
} from './server/subgraph-server.js';
export { defineSubgraph, type SubgraphDefinition } from './subgraph.js';
export * from './indicators/index.js';
// The limits and audit helpers added with the hardening; indicators/index.ts exports the rest.
export { idempotencyKeyProblem, MAX_IDEMPOTENCY_KEY_LENGTH, MAX_NOTE_LENGTH } from './indicators/validate.js';
export {
  AUDIT_ROW_ERRORS,
  auditAggregationMigration,
  recordRefusedAttempt,
  type RefusedAttempt,
} from './indicators/publish.js';
